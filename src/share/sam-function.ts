// One AWS::Serverless::Function of the template: its settings, its esbuild build, and the events
// (HTTP routes, S3 notifications, SNS subscriptions, SQS mappings, schedules) that invoke it.
import type { LogicalIds } from './sam-names';
import { environmentVariables, functionPolicies } from './sam-resource-refs';
import { functionFolder, handlerEntryFile, moduleFormat, pascalCase, uniqueId } from './sam-names';
import { isPythonRuntime } from './sam-python';
import type { SamDestination, SamFunction, SamScenario, SamStreamMapping } from './sam-types';

export type SamObject = Record<string, unknown>;

export interface SamResource {
  Type: string;
  Metadata?: SamObject;
  Properties?: SamObject;
}

/** Intrinsic functions in their long form, so the template parses back as plain YAML. */
export const ref = (logicalId: string): SamObject => ({ Ref: logicalId });
export const arnOf = (logicalId: string): SamObject => ({ 'Fn::GetAtt': [logicalId, 'Arn'] });

/**
 * `sam build` bundles with esbuild when the function's Metadata says so; EntryPoints names the
 * source file, as TypeScript handlers need. ESM output gets `.mjs` so Lambda loads it as a module.
 * Source: AWS SAM Developer Guide, "Building Node.js Lambda functions with esbuild in AWS SAM"
 * (docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-sam-cli-using-build-typescript.html).
 */
export function esbuildMetadata(fn: SamFunction): SamObject {
  const entry = handlerEntryFile(fn.handler, fn.files);
  const source = entry !== null && Object.hasOwn(fn.files, entry) ? fn.files[entry]! : '';
  const format = moduleFormat(source);
  const properties: SamObject = { Format: format, Target: 'es2022', Minify: false };
  if (format === 'esm') properties.OutExtension = ['.js=.mjs'];
  if (entry !== null) properties.EntryPoints = [entry];
  return { BuildMethod: 'esbuild', BuildProperties: properties };
}

/** An HTTP API route key as SAM's HttpApi event: `$default` is an event without Path or Method. */
function httpEvent(routeKey: string, rest: boolean): SamObject {
  const [method = 'ANY', path = '/'] = routeKey.split(' ');
  if (routeKey === '$default') {
    // REST APIs have no `$default` route; a greedy proxy path is their catch-all.
    return rest
      ? { Type: 'Api', Properties: { Path: '/{proxy+}', Method: 'ANY' } }
      : { Type: 'HttpApi' };
  }
  return { Type: rest ? 'Api' : 'HttpApi', Properties: { Path: path, Method: method } };
}

/** The `Events` of one function, each under a key unique within the function. */
export function functionEvents(fn: SamFunction, scenario: SamScenario, ids: LogicalIds): SamObject {
  const events = new Map<string, SamObject>();
  const taken = new Set<string>();
  const add = (label: string, event: SamObject) => {
    events.set(uniqueId(pascalCase(label) || 'Event', taken), event);
  };
  const { http } = scenario;
  if (http.front !== 'function-url') {
    for (const route of http.routes.filter((r) => r.functionName === fn.name)) {
      add(`Http ${route.routeKey}`, httpEvent(route.routeKey, http.front === 'rest-api'));
    }
  }
  for (const bucket of scenario.buckets) {
    for (const rule of bucket.notifications.filter((n) => n.functionName === fn.name)) {
      const rules = [
        ...(rule.prefix ? [{ Name: 'prefix', Value: rule.prefix }] : []),
        ...(rule.suffix ? [{ Name: 'suffix', Value: rule.suffix }] : []),
      ];
      const properties: SamObject = {
        Bucket: ref(ids.buckets.get(bucket.name)!),
        Events: rule.events,
      };
      if (rules.length > 0) properties.Filter = { S3Key: { Rules: rules } };
      add(`S3 ${bucket.name}`, { Type: 'S3', Properties: properties });
    }
  }
  for (const topic of scenario.topics.filter((t) => t.subscriberNames.includes(fn.name))) {
    // Ref of an AWS::SNS::Topic is its ARN, which is what the SNS event wants.
    add(`Sns ${topic.name}`, {
      Type: 'SNS',
      Properties: { Topic: ref(ids.topics.get(topic.name)!) },
    });
  }
  for (const queue of scenario.queues.filter((q) => q.mapping?.functionName === fn.name)) {
    add(`Sqs ${queue.name}`, { Type: 'SQS', Properties: sqsProperties(queue, ids) });
  }
  for (const table of scenario.tables ?? []) {
    const mapping = table.mappings.find((m) => m.functionName === fn.name);
    if (mapping && table.streamViewType !== null) {
      const stream = { 'Fn::GetAtt': [ids.tables.get(table.name)!, 'StreamArn'] };
      add(`DynamoDb ${table.name}`, {
        Type: 'DynamoDB',
        Properties: streamProperties(stream, mapping),
      });
    }
  }
  for (const schedule of scenario.schedules.filter((s) => s.functionName === fn.name)) {
    const properties = {
      Schedule: schedule.expression,
      Description: schedule.name,
      Enabled: schedule.enabled,
    };
    add(`Schedule ${schedule.name}`, { Type: 'Schedule', Properties: properties });
  }
  return Object.fromEntries(events);
}

function sqsProperties(queue: SamScenario['queues'][number], ids: LogicalIds): SamObject {
  const mapping = queue.mapping!;
  const properties: SamObject = {
    Queue: arnOf(ids.queues.get(queue.name)!),
    BatchSize: mapping.batchSize,
  };
  // FIFO queues take no batching window (docs/aws-lambda.md#sqs-event-source-mapping).
  if (!queue.fifo) properties.MaximumBatchingWindowInSeconds = mapping.maximumBatchingWindowSec;
  if (mapping.reportBatchItemFailures)
    properties.FunctionResponseTypes = ['ReportBatchItemFailures'];
  if (mapping.maximumConcurrency !== undefined) {
    properties.ScalingConfig = { MaximumConcurrency: mapping.maximumConcurrency };
  }
  if (!mapping.enabled) properties.Enabled = false;
  return properties;
}

/** A `DynamoDB` event's properties; Lambda's defaults are left out, as a hand-written one would. */
function streamProperties(stream: SamObject, mapping: SamStreamMapping): SamObject {
  const properties: SamObject = {
    Stream: stream,
    StartingPosition: mapping.startingPosition,
    BatchSize: mapping.batchSize,
  };
  if (mapping.maximumBatchingWindowSec !== 0) {
    properties.MaximumBatchingWindowInSeconds = mapping.maximumBatchingWindowSec;
  }
  if (mapping.maximumRetryAttempts !== -1) {
    properties.MaximumRetryAttempts = mapping.maximumRetryAttempts;
  }
  if (mapping.maximumRecordAgeSec !== -1) {
    properties.MaximumRecordAgeInSeconds = mapping.maximumRecordAgeSec;
  }
  if (mapping.bisectBatchOnFunctionError) properties.BisectBatchOnFunctionError = true;
  if (mapping.reportBatchItemFailures) {
    properties.FunctionResponseTypes = ['ReportBatchItemFailures'];
  }
  return properties;
}

/** SAM's `Type` for each kind of destination (sam-property-function-onfailure). */
const DESTINATION_TYPES: Record<SamDestination['type'], string> = {
  sqs: 'SQS',
  sns: 'SNS',
  lambda: 'Lambda',
  eventbridge: 'EventBridge',
  s3: 'S3',
};

/**
 * The target's ARN in the template: a resource of the scenario (a topic's Ref is its ARN), or an
 * event bus by name, built with the stack's own partition, region and account; null when the
 * scenario has no such resource.
 */
function targetArn(target: SamDestination, ids: LogicalIds): SamObject | null {
  const logicalId = (map: Map<string, string>) => map.get(target.name);
  switch (target.type) {
    case 'sqs':
      return ifFound(logicalId(ids.queues), arnOf);
    case 'sns':
      return ifFound(logicalId(ids.topics), ref);
    case 'lambda':
      return ifFound(logicalId(ids.functions), arnOf);
    case 's3':
      return ifFound(logicalId(ids.buckets), arnOf);
    case 'eventbridge':
      return {
        'Fn::Sub': `arn:\${AWS::Partition}:events:\${AWS::Region}:\${AWS::AccountId}:event-bus/${target.name}`,
      };
  }
}

function ifFound(logicalId: string | undefined, make: (id: string) => SamObject): SamObject | null {
  return logicalId === undefined ? null : make(logicalId);
}

/** A destination as written, or the older queue-only field when the newer one is absent. */
function effective<T extends { type: string; name: string }>(
  target: T | null | undefined,
  queueName: string | null | undefined,
): T | { type: 'sqs'; name: string } | null {
  if (target !== undefined) return target;
  return queueName ? { type: 'sqs', name: queueName } : null;
}

/** `{Type, Destination}` for EventInvokeConfig's DestinationConfig, or none. */
function destinationOf(target: SamDestination | null, ids: LogicalIds): SamObject | null {
  const arn = target && targetArn(target, ids);
  return target && arn ? { Type: DESTINATION_TYPES[target.type], Destination: arn } : null;
}

/** The function's async settings: retries, event age, destinations and the dead-letter queue. */
function asyncProperties(fn: SamFunction, ids: LogicalIds): SamObject {
  const properties: SamObject = {};
  const invokeConfig: SamObject = {};
  if (fn.maximumRetryAttempts !== undefined)
    invokeConfig.MaximumRetryAttempts = fn.maximumRetryAttempts;
  if (fn.maximumEventAgeSec !== undefined)
    invokeConfig.MaximumEventAgeInSeconds = fn.maximumEventAgeSec;
  const destinations: SamObject = {};
  const onSuccess = destinationOf(fn.onSuccess ?? null, ids);
  const onFailure = destinationOf(effective(fn.onFailure, fn.onFailureDestination), ids);
  if (onSuccess) destinations.OnSuccess = onSuccess;
  if (onFailure) destinations.OnFailure = onFailure;
  if (Object.keys(destinations).length > 0) invokeConfig.DestinationConfig = destinations;
  if (Object.keys(invokeConfig).length > 0) properties.EventInvokeConfig = invokeConfig;
  const dlq = effective(fn.deadLetter, fn.deadLetterQueue);
  const dlqArn = dlq && targetArn(dlq, ids);
  // SAM's DeadLetterQueue: {Type: SQS|SNS, TargetArn} (sam-property-function-deadletterqueue).
  if (dlq && dlqArn)
    properties.DeadLetterQueue = { Type: DESTINATION_TYPES[dlq.type], TargetArn: dlqArn };
  return properties;
}

/** LoggingConfig with the fields the function sets; none when it keeps Lambda's defaults. */
function loggingProperties(fn: SamFunction): SamObject | null {
  const logging = fn.loggingConfig;
  if (!logging) return null;
  const properties: SamObject = {};
  if (logging.logFormat !== undefined) properties.LogFormat = logging.logFormat;
  if (logging.applicationLogLevel !== undefined)
    properties.ApplicationLogLevel = logging.applicationLogLevel;
  if (logging.systemLogLevel !== undefined) properties.SystemLogLevel = logging.systemLogLevel;
  if (logging.logGroup !== undefined) properties.LogGroup = logging.logGroup;
  return Object.keys(properties).length > 0 ? properties : null;
}

/** The alias an exported function with provisioned concurrency publishes its versions under. */
const PROVISIONED_ALIAS = 'live';

export function functionResource(
  fn: SamFunction,
  scenario: SamScenario,
  ids: LogicalIds,
): SamResource {
  const properties: SamObject = {
    CodeUri: functionFolder(fn.name),
    Handler: fn.handler,
    Runtime: fn.runtime,
    MemorySize: fn.memoryMB,
    Timeout: fn.timeoutSec,
    Architectures: [fn.architecture],
  };
  // AWS::Serverless::Function's EphemeralStorage, written only when it is not the default 512 MB.
  if (fn.ephemeralStorageMB !== undefined && fn.ephemeralStorageMB !== 512) {
    properties.EphemeralStorage = { Size: fn.ephemeralStorageMB };
  }
  if (Object.keys(fn.environment).length > 0)
    properties.Environment = { Variables: environmentVariables(fn, scenario, ids) };
  // What the code reaches through the AWS SDK (src/share/sam-resource-refs.ts).
  const policies = functionPolicies(fn, scenario, ids);
  if (policies.length > 0) properties.Policies = policies;
  if (fn.reservedConcurrency !== null)
    properties.ReservedConcurrentExecutions = fn.reservedConcurrency;
  // SAM sets provisioned concurrency on the alias AutoPublishAlias publishes, and requires one
  // (AWS::Serverless::Function's ProvisionedConcurrencyConfig): AWS refuses it on $LATEST.
  if (fn.provisionedConcurrency !== undefined && fn.provisionedConcurrency > 0) {
    properties.AutoPublishAlias = PROVISIONED_ALIAS;
    properties.ProvisionedConcurrencyConfig = {
      ProvisionedConcurrentExecutions: fn.provisionedConcurrency,
    };
  }
  const logging = loggingProperties(fn);
  if (logging) properties.LoggingConfig = logging;
  if (scenario.http.front === 'function-url' && scenario.http.urlFunctionName === fn.name) {
    properties.FunctionUrlConfig = { AuthType: 'NONE' };
  }
  Object.assign(properties, asyncProperties(fn, ids));
  const events = functionEvents(fn, scenario, ids);
  if (Object.keys(events).length > 0) properties.Events = events;
  // A Python function's files are deployed as written: `sam build` needs no Metadata for them.
  if (isPythonRuntime(fn.runtime))
    return { Type: 'AWS::Serverless::Function', Properties: properties };
  return {
    Type: 'AWS::Serverless::Function',
    Metadata: esbuildMetadata(fn),
    Properties: properties,
  };
}
