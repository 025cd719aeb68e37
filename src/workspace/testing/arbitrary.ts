// fast-check arbitraries for tests: any workspace the app can hold (every kind of trigger, settings
// and files), with every reference pointing at a function or queue that exists.
import fc from 'fast-check';
import { defaultFunctionConfig, RUNTIMES } from '../../engine';
import { SPEEDS } from '../speeds';
import type { FunctionDraft, Workspace } from '../model';

const text = fc.string({ maxLength: 30 });
const json = fc.constantFrom('{}', '{"left": 1, "right": 2}', '{"items": [1, 2]}', 'not json');
const path = fc.constantFrom(
  'index.ts',
  'index.mjs',
  'lib/math.ts',
  'util.js',
  'a/b/c.cjs',
  'lambda_function.py',
  'shop/__init__.py',
);

const keyAttribute = fc.record({
  name: fc.constantFrom('id', 'pk', 'créé'),
  type: fc.constantFrom('S' as const, 'N' as const, 'B' as const),
});

const destination = fc.record({
  type: fc.constantFrom(
    'sqs' as const,
    'sns' as const,
    'lambda' as const,
    'eventbridge' as const,
    's3' as const,
  ),
  name: text,
});

function functionDraft(id: string, name: string): fc.Arbitrary<FunctionDraft> {
  return fc
    .record({
      files: fc.dictionary(path, text, { minKeys: 1, maxKeys: 3 }),
      testEvent: json,
      savedEvents: fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), json, { maxKeys: 2 }),
      runtime: fc.constantFrom(...RUNTIMES.map((info) => info.id)),
      architecture: fc.constantFrom('x86_64' as const, 'arm64' as const),
      memoryMB: fc.oneof(fc.constant(128), fc.integer({ min: 128, max: 10_240 })),
      timeoutSec: fc.oneof(fc.constant(3), fc.integer({ min: 1, max: 900 })),
      environment: fc.dictionary(fc.stringMatching(/^[A-Z_]{1,6}$/), text, { maxKeys: 2 }),
      reservedConcurrency: fc.option(fc.nat(100), { nil: null }),
      handler: fc.constantFrom('index.handler', 'index.run', 'lambda_function.lambda_handler'),
      onSuccess: fc.option(destination, { nil: undefined }),
      onFailure: fc.option(fc.option(destination, { nil: null }), { nil: undefined }),
      deadLetter: fc.option(
        fc.record({ type: fc.constantFrom('sqs' as const, 'sns' as const), name: text }),
        { nil: undefined },
      ),
    })
    .map(({ files, testEvent, savedEvents, ...settings }) => ({
      id,
      config: defaultFunctionConfig(name, settings),
      files,
      activeFile: Object.keys(files)[0]!,
      testEvent,
      savedEvents,
    }));
}

function triggers(ids: string[]) {
  const fnId = fc.constantFrom(...ids);
  const queueCount = fc.nat(2);
  return queueCount.chain((queues) => {
    const queueIds = Array.from({ length: queues }, (_, i) => `queue-${i + 1}`);
    return fc.record({
      selectedId: fnId,
      http: fc.record({
        front: fc.constantFrom('http-api' as const, 'rest-api' as const, 'function-url' as const),
        routes: fc.array(
          fc.record({ routeKey: fc.constantFrom('$default', 'GET /x/{id}'), functionId: fnId }),
          {
            minLength: 1,
            maxLength: 2,
          },
        ),
        urlFunctionId: fnId,
      }),
      schedules: fc.uniqueArray(
        fc.record({
          id: fc.constantFrom('r1', 'r2'),
          name: text,
          expression: fc.constantFrom('rate(1 minute)', 'cron(0 3 * * ? *)'),
          functionId: fnId,
          enabled: fc.boolean(),
        }),
        { selector: (rule) => rule.id, maxLength: 2 },
      ),
      buckets: fc
        .uniqueArray(
          fc.record({
            id: fc.constantFrom('b1', 'b2'),
            name: fc.constantFrom('uploads', 'images', 'logs'),
            notifications: fc.array(
              fc.record({
                id: fc.constantFrom('n1', 'n2'),
                events: fc.array(fc.constantFrom('s3:ObjectCreated:*', 's3:ObjectRemoved:Delete'), {
                  maxLength: 2,
                }),
                prefix: text,
                suffix: text,
                functionId: fnId,
              }),
              { maxLength: 2 },
            ),
          }),
          { selector: (bucket) => bucket.id, maxLength: 2 },
        )
        .filter((buckets) => new Set(buckets.map((b) => b.name)).size === buckets.length),
      topics: fc.uniqueArray(
        fc.record({
          id: fc.constantFrom('t1', 't2'),
          name: text,
          subscriberIds: fc.uniqueArray(fnId),
        }),
        {
          selector: (topic) => topic.id,
          maxLength: 2,
        },
      ),
      queues: fc.tuple(
        ...queueIds.map((id) =>
          fc.record({
            id: fc.constant(id),
            name: fc.constant(`q-${id}`),
            fifo: fc.boolean(),
            visibilityTimeoutSec: fc.nat(43_200),
            redrive: fc.option(
              fc.record({
                deadLetterQueueId: fc.constantFrom(...queueIds),
                maxReceiveCount: fc.integer({ min: 1, max: 1000 }),
              }),
              { nil: null },
            ),
            mapping: fc.option(
              fc.record(
                {
                  functionId: fnId,
                  batchSize: fc.integer({ min: 1, max: 10_000 }),
                  maximumBatchingWindowSec: fc.nat(300),
                  reportBatchItemFailures: fc.boolean(),
                  maximumConcurrency: fc.integer({ min: 2, max: 1000 }),
                  enabled: fc.boolean(),
                },
                {
                  requiredKeys: [
                    'functionId',
                    'batchSize',
                    'maximumBatchingWindowSec',
                    'reportBatchItemFailures',
                    'enabled',
                  ],
                },
              ),
              { nil: null },
            ),
          }),
        ),
      ),
      eventBuses: fc
        .uniqueArray(
          fc.record({
            id: fc.constantFrom('bus-1', 'bus-2'),
            name: fc.constantFrom('default', 'orders'),
            rules: fc.uniqueArray(
              fc.record({
                id: fc.constantFrom('rule-1', 'rule-2'),
                name: text,
                pattern: fc.constantFrom('{"source":["lambda"]}', 'not json'),
                enabled: fc.boolean(),
                targets: fc.array(
                  fc.oneof(
                    fc.record({ type: fc.constant('lambda' as const), targetId: fnId }),
                    ...(queueIds.length > 0
                      ? [
                          fc.record({
                            type: fc.constant('sqs' as const),
                            targetId: fc.constantFrom(...queueIds),
                          }),
                        ]
                      : []),
                  ),
                  { maxLength: 2 },
                ),
              }),
              { selector: (rule) => rule.id, maxLength: 2 },
            ),
          }),
          { selector: (bus) => bus.name, maxLength: 2 },
        )
        .filter((buses) => new Set(buses.map((b) => b.id)).size === buses.length),
      tables: fc
        .uniqueArray(
          fc.record({
            id: fc.constantFrom('table-1', 'table-2'),
            name: fc.constantFrom('orders', 'audit.log'),
            partitionKey: keyAttribute,
            sortKey: fc.option(keyAttribute, { nil: null }),
            streamViewType: fc.constantFrom(
              null,
              'KEYS_ONLY' as const,
              'NEW_IMAGE' as const,
              'OLD_IMAGE' as const,
              'NEW_AND_OLD_IMAGES' as const,
            ),
            mappings: fc.uniqueArray(
              fc.record({
                functionId: fnId,
                startingPosition: fc.constantFrom('LATEST' as const, 'TRIM_HORIZON' as const),
                batchSize: fc.integer({ min: 1, max: 10_000 }),
                maximumBatchingWindowSec: fc.integer({ min: 0, max: 300 }),
                maximumRetryAttempts: fc.integer({ min: -1, max: 10_000 }),
                maximumRecordAgeSec: fc.constantFrom(-1, 60, 604_800),
                bisectBatchOnFunctionError: fc.boolean(),
                reportBatchItemFailures: fc.boolean(),
              }),
              { selector: (mapping) => mapping.functionId, maxLength: 2 },
            ),
          }),
          { selector: (table) => table.name, maxLength: 2 },
        )
        .filter((tables) => new Set(tables.map((t) => t.id)).size === tables.length),
      services: fc
        .uniqueArray(
          fc.record({
            id: fc.constantFrom('svc-1', 'svc-2'),
            name: fc.constantFrom('web-app-1', 'shop'),
            files: fc.constant({ 'server.js': 'require("node:http")' }),
            activeFile: fc.constant('server.js'),
            runAs: fc.constantFrom('fargate' as const, 'web-function' as const),
            cpu: fc.constantFrom(256, 1024),
            memory: fc.constantFrom(512, 3072),
            cpuArchitecture: fc.constantFrom('X86_64' as const, 'ARM64' as const),
            containerPort: fc.integer({ min: 1, max: 65535 }),
            healthCheckPath: fc.constantFrom('/', '/health'),
            desiredCount: fc.integer({ min: 0, max: 10 }),
            minCount: fc.integer({ min: 0, max: 10 }),
            maxCount: fc.integer({ min: 0, max: 10 }),
            maxConcurrencyPerEnvironment: fc.integer({ min: 1, max: 128 }),
            maxEnvironments: fc.integer({ min: 2, max: 10 }),
            timeoutSeconds: fc.integer({ min: 3, max: 900 }),
          }),
          { selector: (app) => app.name, maxLength: 2 },
        )
        .filter((apps) => new Set(apps.map((a) => a.id)).size === apps.length),
      load: fc.record({
        functionId: fnId,
        pattern: fc.record({
          shape: fc.constantFrom(
            'constant' as const,
            'ramp' as const,
            'burst' as const,
            'spiky' as const,
          ),
          ratePerSec: fc.oneof(fc.constant(20), fc.integer({ min: 1, max: 5000 })),
          durationSec: fc.oneof(fc.constant(10), fc.integer({ min: 1, max: 600 })),
          seed: fc.oneof(fc.constant(1), fc.nat()),
        }),
      }),
    });
  });
}

/** A workspace of one to three functions, with any triggers between them. */
export const workspaceArbitrary: fc.Arbitrary<Workspace> = fc
  .integer({ min: 1, max: 3 })
  .chain((count) => {
    const ids = Array.from({ length: count }, (_, i) => `fn-${i + 1}`);
    const functions = fc.tuple(...ids.map((id, i) => functionDraft(id, `function-${i + 1}`)));
    return fc.tuple(functions, triggers(ids));
  })
  .map(([functions, rest]) => ({
    functions,
    ...rest,
    // The open web app, if any: the first one, or none.
    selectedServiceId: rest.services[0]?.id ?? null,
  }));

export const speedArbitrary = fc.constantFrom(...SPEEDS);
