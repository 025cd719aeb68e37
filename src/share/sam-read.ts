// Reads a parsed SAM template (and the archive's files) back into a scenario: the inverse of
// `samTemplate`, tolerant of templates written by hand, which may leave SAM's defaults out.
import { samDefaultSettings } from './sam-defaults';
import type { SamObject } from './sam-function';
import { functionNameOfFolder } from './sam-names';
import { readVariable } from './sam-resource-refs';
import type { ResourceKind } from './sam-resource-use';
import { NAME_METADATA } from './sam-template';
import type {
  SamDestination,
  SamFunction,
  SamHttp,
  SamLoggingConfig,
  SamScenario,
} from './sam-types';
import type { ArchiveFiles } from './sam-files';
import { filesUnder, testEventOf, withoutGeneratedManifest } from './sam-files';
import {
  isObject,
  numberAt,
  objectAt,
  referencedId,
  stringAt,
  stringsAt,
  variablesAt,
} from './sam-values';

interface FunctionEntry {
  name: string;
  properties: SamObject;
  events: SamObject[];
}

const eventsOf = (properties: SamObject) =>
  Object.values(objectAt(properties.Events)).filter(isObject);
const ofType = (events: SamObject[], type: string) =>
  events.filter((e) => e.Type === type).map((e) => objectAt(e.Properties));

/** Resource names by logical id: the playground's name from Metadata, or the logical id itself. */
function resourceNames(resources: SamObject, type: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const [id, resource] of Object.entries(resources)) {
    if (isObject(resource) && resource.Type === type) {
      names.set(id, stringAt(objectAt(resource.Metadata)[NAME_METADATA], id));
    }
  }
  return names;
}

/** The template's resources of each kind a destination can name: logical id → name. */
interface TargetNames {
  queues: Map<string, string>;
  topics: Map<string, string>;
  buckets: Map<string, string>;
  functions: Map<string, string>;
  /** Every bucket, topic, queue, function and table by logical id, for variables naming them. */
  resources: ReadonlyMap<string, { kind: ResourceKind; name: string }>;
}

// SAM's destination `Type`s (sam-property-function-onfailure) and the scenario's kinds.
const DESTINATION_KINDS = new Map<string, SamDestination['type']>([
  ['SQS', 'sqs'],
  ['SNS', 'sns'],
  ['Lambda', 'lambda'],
  ['EventBridge', 'eventbridge'],
  ['S3', 's3'],
]);

/** The bus an EventBridge destination's ARN (plain or `Fn::Sub`) names. */
function busNameOf(value: unknown): string | null {
  const text = typeof value === 'string' ? value : objectAt(value)['Fn::Sub'];
  const match = typeof text === 'string' ? /:event-bus\/([^/]+)$/.exec(text) : null;
  return match?.[1] ?? null;
}

/** A destination or DLQ the scenario has, or null (a target outside the template is left out). */
function readTarget(
  value: unknown,
  arnKey: 'Destination' | 'TargetArn',
  names: TargetNames,
): SamDestination | null {
  const target = objectAt(value);
  const type = DESTINATION_KINDS.get(stringAt(target.Type, ''));
  if (type === undefined) return null;
  if (type === 'eventbridge') {
    const bus = busNameOf(arnKey === 'Destination' ? target.Destination : target.TargetArn);
    return bus === null ? null : { type, name: bus };
  }
  const byKind = new Map([
    ['sqs', names.queues],
    ['sns', names.topics],
    ['lambda', names.functions],
    ['s3', names.buckets],
  ]);
  const arn = arnKey === 'Destination' ? target.Destination : target.TargetArn;
  const name = byKind.get(type)?.get(referencedId(arn) ?? '');
  return name === undefined ? null : { type, name };
}

/** Variables as strings; one naming a resource of the template as the playground's address of it. */
function environmentOf(
  value: unknown,
  resources: TargetNames['resources'],
): Record<string, string> {
  // fromEntries keeps a variable named `__proto__` an own key.
  return Object.fromEntries(
    Object.entries(objectAt(value)).map(([key, raw]) => [
      key,
      readVariable(raw, resources) ?? Object.values(variablesAt({ [key]: raw }))[0]!,
    ]),
  );
}

function readFunction(entry: FunctionEntry, files: ArchiveFiles, names: TargetNames): SamFunction {
  const p = entry.properties;
  const defaults = samDefaultSettings();
  const invokeConfig = objectAt(p.EventInvokeConfig);
  const destinations = objectAt(invokeConfig.DestinationConfig);
  const onSuccess = readTarget(destinations.OnSuccess, 'Destination', names);
  const onFailure = readTarget(destinations.OnFailure, 'Destination', names);
  const dlq = readTarget(p.DeadLetterQueue, 'TargetArn', names);
  const reserved = p.ReservedConcurrentExecutions;
  const fn: SamFunction = withoutGeneratedManifest({
    name: entry.name,
    // SAM's defaults where a hand-written template leaves a setting out.
    runtime: stringAt(p.Runtime, defaults.runtime),
    handler: stringAt(p.Handler, defaults.handler),
    memoryMB: numberAt(p.MemorySize, defaults.memoryMB),
    architecture: stringsAt(p.Architectures)[0] ?? defaults.architecture,
    timeoutSec: numberAt(p.Timeout, defaults.timeoutSec),
    environment: environmentOf(objectAt(p.Environment).Variables, names.resources),
    reservedConcurrency: reserved === undefined ? null : numberAt(reserved, 0),
    files: filesUnder(files, stringAt(p.CodeUri, '')),
    testEvent: testEventOf(files, entry.name),
  });
  const storage = objectAt(p.EphemeralStorage).Size;
  if (storage !== undefined) fn.ephemeralStorageMB = numberAt(storage, 512);
  const provisioned = objectAt(p.ProvisionedConcurrencyConfig).ProvisionedConcurrentExecutions;
  if (provisioned !== undefined) fn.provisionedConcurrency = numberAt(provisioned, 0);
  if (invokeConfig.MaximumRetryAttempts !== undefined) {
    fn.maximumRetryAttempts = numberAt(invokeConfig.MaximumRetryAttempts, 2);
  }
  if (invokeConfig.MaximumEventAgeInSeconds !== undefined) {
    fn.maximumEventAgeSec = numberAt(invokeConfig.MaximumEventAgeInSeconds, 21_600);
  }
  const logging = objectAt(p.LoggingConfig);
  const loggingConfig: SamLoggingConfig = {};
  if (typeof logging.LogFormat === 'string') loggingConfig.logFormat = logging.LogFormat;
  if (typeof logging.ApplicationLogLevel === 'string')
    loggingConfig.applicationLogLevel = logging.ApplicationLogLevel;
  if (typeof logging.SystemLogLevel === 'string')
    loggingConfig.systemLogLevel = logging.SystemLogLevel;
  if (typeof logging.LogGroup === 'string') loggingConfig.logGroup = logging.LogGroup;
  if (Object.keys(loggingConfig).length > 0) fn.loggingConfig = loggingConfig;
  // A queue goes in the older queue fields, as before targets of other kinds existed.
  if (onSuccess) fn.onSuccess = onSuccess;
  if (onFailure?.type === 'sqs') fn.onFailureDestination = onFailure.name;
  else if (onFailure) fn.onFailure = onFailure;
  if (dlq?.type === 'sqs') fn.deadLetterQueue = dlq.name;
  else if (dlq?.type === 'sns') fn.deadLetter = { type: 'sns', name: dlq.name };
  return fn;
}

function readHttp(entries: FunctionEntry[]): SamHttp {
  const first = entries[0]?.name ?? '';
  const urlFunction = entries.find((e) => isObject(e.properties.FunctionUrlConfig));
  if (urlFunction) return { front: 'function-url', routes: [], urlFunctionName: urlFunction.name };
  const rest = entries.some((e) => ofType(e.events, 'Api').length > 0);
  const routes = entries.flatMap((e) =>
    ofType(e.events, rest ? 'Api' : 'HttpApi').map((p) => ({
      routeKey:
        p.Path === undefined && p.Method === undefined
          ? '$default'
          : `${stringAt(p.Method, 'ANY').toUpperCase()} ${stringAt(p.Path, '/')}`,
      functionName: e.name,
    })),
  );
  return { front: rest ? 'rest-api' : 'http-api', routes, urlFunctionName: first };
}

/**
 * Two functions under one name would be deployed over each other, so one would be lost: said, with
 * the resources involved, instead. (A name comes from a `functions/<name>/` CodeUri, else the
 * logical id, so two resources sharing such a folder collide.)
 */
function sameNameProblem(entries: Array<FunctionEntry & { id: string }>): string | null {
  const byName = new Map<string, string[]>();
  for (const { name, id } of entries) byName.set(name, [...(byName.get(name) ?? []), id]);
  const clashes = [...byName].filter(([, ids]) => ids.length > 1);
  if (clashes.length === 0) return null;
  const listed = clashes.map(([name, ids]) => `"${name}" (${ids.join(', ')})`).join('; ');
  return `More than one function would be named ${listed}: each would replace the other. Give each function its own CodeUri folder.`;
}

/** What the template describes, or a message saying why it describes nothing usable. */
export function scenarioFromTemplate(
  template: unknown,
  files: ArchiveFiles,
): { ok: true; scenario: SamScenario } | { ok: false; message: string } {
  const resources = objectAt(objectAt(template).Resources);
  const entries = Object.entries(resources)
    .filter(([, r]) => isObject(r) && r.Type === 'AWS::Serverless::Function')
    .map(([id, r]) => {
      const properties = objectAt(objectAt(r).Properties);
      const name = functionNameOfFolder(stringAt(properties.CodeUri, '')) ?? id;
      return { id, name, properties, events: eventsOf(properties) };
    });
  if (entries.length === 0) {
    return { ok: false, message: 'template.yaml declares no AWS::Serverless::Function.' };
  }
  const clash = sameNameProblem(entries);
  if (clash) return { ok: false, message: clash };
  const buckets = resourceNames(resources, 'AWS::S3::Bucket');
  const topics = resourceNames(resources, 'AWS::SNS::Topic');
  const queues = resourceNames(resources, 'AWS::SQS::Queue');
  const tables = resourceNames(resources, 'AWS::DynamoDB::Table');
  const eventsFor = (type: string) =>
    entries.flatMap((e) => ofType(e.events, type).map((p) => ({ fn: e.name, p })));
  const targetOf = (value: unknown) => referencedId(value) ?? '';
  const functions = new Map(entries.map(({ id, name }) => [id, name]));
  const byLogicalId = new Map<string, { kind: ResourceKind; name: string }>();
  const kinds: Array<[ResourceKind, Map<string, string>]> = [
    ['bucket', buckets],
    ['topic', topics],
    ['queue', queues],
    ['function', functions],
    ['table', tables],
  ];
  for (const [kind, byId] of kinds) {
    for (const [id, name] of byId) byLogicalId.set(id, { kind, name });
  }
  const scenario: SamScenario = {
    functions: entries.map((e) =>
      readFunction(e, files, { queues, topics, buckets, functions, resources: byLogicalId }),
    ),
    http: readHttp(entries),
    schedules: eventsFor('Schedule').map(({ fn, p }, i) => ({
      name: stringAt(p.Description, stringAt(p.Name, `schedule-${i + 1}`)),
      expression: stringAt(p.Schedule, 'rate(1 minute)'),
      functionName: fn,
      enabled: p.Enabled !== false && p.State !== 'DISABLED',
    })),
    buckets: [...buckets].map(([id, name]) => ({
      name,
      notifications: eventsFor('S3')
        .filter(({ p }) => targetOf(p.Bucket) === id)
        .map(({ fn, p }) => {
          const listed = objectAt(objectAt(p.Filter).S3Key).Rules;
          const rules = Array.isArray(listed) ? listed.filter(isObject) : [];
          // S3 accepts the rule names in either case (`prefix`, `Prefix`).
          const rule = (kind: string) =>
            stringAt(rules.find((r) => stringAt(r.Name, '').toLowerCase() === kind)?.Value, '');
          return {
            events: stringsAt(p.Events),
            prefix: rule('prefix'),
            suffix: rule('suffix'),
            functionName: fn,
          };
        }),
    })),
    topics: [...topics].map(([id, name]) => ({
      name,
      subscriberNames: eventsFor('SNS')
        .filter(({ p }) => targetOf(p.Topic) === id)
        .map(({ fn }) => fn),
    })),
    queues: [...queues].map(([id, name]) =>
      readQueue(id, name, resources, queues, eventsFor('SQS')),
    ),
  };
  // Only when there are some: a template without tables reads as before tables existed.
  if (tables.size > 0) {
    scenario.tables = [...tables].map(([id, name]) =>
      readTable(id, name, resources, eventsFor('DynamoDB')),
    );
  }
  return { ok: true, scenario };
}

function readQueue(
  id: string,
  name: string,
  resources: SamObject,
  queues: Map<string, string>,
  sqsEvents: Array<{ fn: string; p: SamObject }>,
): SamScenario['queues'][number] {
  const p = objectAt(objectAt(Object.hasOwn(resources, id) ? resources[id] : undefined).Properties);
  const redrive = objectAt(p.RedrivePolicy);
  const dlq = queues.get(referencedId(redrive.deadLetterTargetArn) ?? '');
  const event = sqsEvents.find(({ p: e }) => referencedId(e.Queue) === id);
  const scaling = objectAt(event?.p.ScalingConfig);
  return {
    name,
    fifo: p.FifoQueue === true || p.FifoQueue === 'true',
    // CloudFormation's default visibility timeout is 30 s.
    visibilityTimeoutSec: numberAt(p.VisibilityTimeout, 30),
    redrive: dlq
      ? { deadLetterQueueName: dlq, maxReceiveCount: numberAt(redrive.maxReceiveCount, 1) }
      : null,
    mapping: event
      ? {
          functionName: event.fn,
          batchSize: numberAt(event.p.BatchSize, 10),
          maximumBatchingWindowSec: numberAt(event.p.MaximumBatchingWindowInSeconds, 0),
          reportBatchItemFailures: stringsAt(event.p.FunctionResponseTypes).includes(
            'ReportBatchItemFailures',
          ),
          ...(scaling.MaximumConcurrency !== undefined
            ? { maximumConcurrency: numberAt(scaling.MaximumConcurrency, 2) }
            : {}),
          enabled: event.p.Enabled !== false,
        }
      : null,
  };
}

/** A key of KeySchema with its type from AttributeDefinitions (`S` when it has none). */
function keyOf(
  properties: SamObject,
  keyType: 'HASH' | 'RANGE',
): { name: string; type: string } | null {
  const schema = Array.isArray(properties.KeySchema) ? properties.KeySchema.filter(isObject) : [];
  const key = schema.find((k) => k.KeyType === keyType);
  if (key === undefined) return null;
  const name = stringAt(key.AttributeName, '');
  const definitions = Array.isArray(properties.AttributeDefinitions)
    ? properties.AttributeDefinitions.filter(isObject)
    : [];
  const definition = definitions.find((d) => d.AttributeName === name);
  return { name, type: stringAt(definition?.AttributeType, 'S') };
}

function readTable(
  id: string,
  name: string,
  resources: SamObject,
  streamEvents: Array<{ fn: string; p: SamObject }>,
): NonNullable<SamScenario['tables']>[number] {
  const p = objectAt(objectAt(Object.hasOwn(resources, id) ? resources[id] : undefined).Properties);
  const view = objectAt(p.StreamSpecification).StreamViewType;
  return {
    name,
    partitionKey: keyOf(p, 'HASH') ?? { name: 'id', type: 'S' },
    sortKey: keyOf(p, 'RANGE'),
    streamViewType: typeof view === 'string' ? view : null,
    mappings: streamEvents
      .filter(({ p: e }) => referencedId(e.Stream) === id)
      .map(({ fn, p: e }) => ({
        functionName: fn,
        // Lambda's defaults for a DynamoDB stream (services-ddb-params); the position is required.
        startingPosition: stringAt(e.StartingPosition, 'LATEST'),
        batchSize: numberAt(e.BatchSize, 100),
        maximumBatchingWindowSec: numberAt(e.MaximumBatchingWindowInSeconds, 0),
        maximumRetryAttempts: numberAt(e.MaximumRetryAttempts, -1),
        maximumRecordAgeSec: numberAt(e.MaximumRecordAgeInSeconds, -1),
        bisectBatchOnFunctionError: e.BisectBatchOnFunctionError === true,
        reportBatchItemFailures: stringsAt(e.FunctionResponseTypes).includes(
          'ReportBatchItemFailures',
        ),
      })),
  };
}
