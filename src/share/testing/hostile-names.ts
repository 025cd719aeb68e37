// fast-check arbitraries for tests: the names and ids a link or a SAM project carries, drawn from
// Object.prototype's member names (`__proto__` among them) and arbitrary text, and the scenarios
// that put them in every name and id field.
import fc from 'fast-check';
import type { LinkScenario } from '../link-scenario';
import { samDefaultSettings } from '../sam-defaults';
import type { SamScenario } from '../sam-types';

/** Every member of Object.prototype, `__proto__` among them. */
export const PROTOTYPE_NAMES = [
  ...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__']),
];

const anyName = fc.oneof(
  fc.constantFrom(...PROTOTYPE_NAMES),
  fc.string({ minLength: 1, maxLength: 12 }),
);
const names = (count: number, name: fc.Arbitrary<string> = anyName) =>
  fc.uniqueArray(name, { minLength: count, maxLength: count });
/** A record built from entries: `record[key] = …` would set the prototype for `__proto__`. */
const recordOf = (keys: string[], value: (key: string) => string) =>
  Object.fromEntries(keys.map((key) => [key, value(key)]));

export const linkNames = fc.record({
  functionIds: names(3),
  functionNames: names(3),
  paths: names(3),
  variables: names(3),
  savedEvents: names(2),
  ruleIds: names(2),
  ruleNames: names(2),
  bucketIds: names(2),
  bucketNames: names(2),
  notificationIds: names(2),
  topicIds: names(2),
  topicNames: names(2),
  queueIds: names(2),
  queueNames: names(2),
});

export type LinkNames = typeof linkNames extends fc.Arbitrary<infer T> ? T : never;

export function linkScenario(n: LinkNames): LinkScenario {
  const [f1, f2, f3] = n.functionIds as [string, string, string];
  return {
    functions: n.functionIds.map((id, i) => ({
      id,
      config: {
        name: n.functionNames[i]!,
        environment: recordOf(n.variables, (key) => `value of ${key}`),
      },
      files: recordOf(n.paths, (path) => `// ${path}`),
      activeFile: n.paths[i]!,
      savedEvents: recordOf(n.savedEvents, () => '{}'),
    })),
    selectedId: f2,
    http: { routes: [{ routeKey: 'GET /x', functionId: f3 }], urlFunctionId: f1 },
    schedules: n.ruleIds.map((id, i) => ({
      id,
      name: n.ruleNames[i]!,
      expression: 'rate(1 minute)',
      functionId: n.functionIds[i]!,
      enabled: i === 0,
    })),
    buckets: n.bucketIds.map((id, i) => ({
      id,
      name: n.bucketNames[i]!,
      notifications: [
        {
          id: n.notificationIds[i]!,
          events: ['s3:ObjectCreated:*'],
          prefix: '',
          suffix: '',
          functionId: f3,
        },
      ],
    })),
    topics: n.topicIds.map((id, i) => ({
      id,
      name: n.topicNames[i]!,
      subscriberIds: [n.functionIds[i]!],
    })),
    queues: n.queueIds.map((id, i) => ({
      id,
      name: n.queueNames[i]!,
      fifo: false,
      visibilityTimeoutSec: 30,
      redrive: i === 0 ? { deadLetterQueueId: n.queueIds[1]!, maxReceiveCount: 3 } : null,
      mapping: i === 0 ? mapping(f2) : null,
    })),
    load: {
      functionId: f1,
      target: { bucketId: n.bucketIds[0]!, topicId: n.topicIds[0]!, queueId: n.queueIds[1]! },
    },
  };
}

function mapping(functionId: string) {
  return {
    functionId,
    batchSize: 10,
    maximumBatchingWindowSec: 0,
    reportBatchItemFailures: false,
    enabled: true,
  };
}

/** Lambda's function names (letters, digits, - and _), which Object.prototype's names all are. */
const functionName = fc.oneof(
  fc.constantFrom(...PROTOTYPE_NAMES),
  fc.stringMatching(/^[A-Za-z0-9_-]{1,16}$/),
);
/** A path segment a SAM import keeps: no `.`/`..`, nothing it skips as installed or built. */
const segment = fc
  .oneof(fc.constantFrom(...PROTOTYPE_NAMES), fc.stringMatching(/^[A-Za-z0-9_-][\w.-]{0,8}$/))
  .filter((s) => !/^(?:node_modules|events|\.aws-sam|\.git|package(?:-lock)?\.json)$/.test(s));
const filePath = fc
  .array(segment, { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join('/'))
  .filter((path) => !/^(?:template\.ya?ml|samconfig\.toml|README\.md)$/.test(path));

export const samNames = fc.record({
  functions: names(3, functionName),
  paths: fc.uniqueArray(filePath, { minLength: 1, maxLength: 3 }),
  variables: names(3),
  rules: names(2),
  buckets: names(2),
  topics: names(2),
  queues: names(2),
});

export type SamNames = typeof samNames extends fc.Arbitrary<infer T> ? T : never;

export function samScenario(n: SamNames): SamScenario {
  const [first, second] = n.functions as [string, string, string];
  return {
    functions: n.functions.map((name) => ({
      name,
      ...samDefaultSettings(),
      environment: recordOf(n.variables, (key) => `value of ${key}`),
      files: recordOf(n.paths, (path) => `// ${path} of ${name}`),
      testEvent: `{"for": ${JSON.stringify(name)}}`,
    })),
    http: { front: 'http-api', routes: [], urlFunctionName: first },
    // In the order an import reads them back: function by function.
    schedules: n.rules.map((name, i) => ({
      name,
      expression: 'rate(5 minutes)',
      functionName: n.functions[i]!,
      enabled: i === 0,
    })),
    buckets: n.buckets.map((name) => ({
      name,
      notifications: [
        { events: ['s3:ObjectCreated:*'], prefix: '', suffix: '', functionName: second },
      ],
    })),
    topics: n.topics.map((name) => ({ name, subscriberNames: [first, second] })),
    queues: n.queues.map((name, i) => ({
      name,
      fifo: false,
      visibilityTimeoutSec: 30,
      redrive: i === 0 ? { deadLetterQueueName: n.queues[1]!, maxReceiveCount: 2 } : null,
      mapping:
        i === 0
          ? {
              functionName: first,
              batchSize: 10,
              maximumBatchingWindowSec: 0,
              reportBatchItemFailures: false,
              enabled: true,
            }
          : null,
    })),
  };
}
