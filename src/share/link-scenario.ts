// What a share link carries, as a schema: a workspace where every field left out means "the
// default", plus the simulation speed. Field names follow the workspace so the store maps 1:1.
import type { Infer } from './link-schema';
import {
  boolean,
  list,
  literal,
  nullable,
  number,
  object,
  optional,
  string,
  textRecord,
} from './link-schema';

/** An async destination: the target's kind and name (engine/types.ts AsyncDestination). */
const destination = object({
  type: literal('sqs', 'sns', 'lambda', 'eventbridge', 's3'),
  name: string,
});

const functionConfig = object({
  name: string,
  runtime: optional(string),
  handler: optional(string),
  memoryMB: optional(number),
  architecture: optional(string),
  timeoutSec: optional(number),
  ephemeralStorageMB: optional(number),
  environment: optional(textRecord),
  reservedConcurrency: optional(nullable(number)),
  provisionedConcurrency: optional(number),
  maximumRetryAttempts: optional(number),
  maximumEventAgeSec: optional(number),
  deadLetterQueue: optional(nullable(string)),
  onFailureDestination: optional(nullable(string)),
  loggingConfig: optional(
    object({
      logFormat: optional(literal('Text', 'JSON')),
      applicationLogLevel: optional(literal('TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL')),
      systemLogLevel: optional(literal('DEBUG', 'INFO', 'WARN')),
      logGroup: optional(string),
    }),
  ),
  onSuccess: optional(nullable(destination)),
  onFailure: optional(nullable(destination)),
  deadLetter: optional(nullable(object({ type: literal('sqs', 'sns'), name: string }))),
});

const linkFunction = object({
  id: string,
  config: functionConfig,
  files: optional(textRecord),
  activeFile: optional(string),
  testEvent: optional(string),
  savedEvents: optional(textRecord),
});

const http = object({
  front: optional(literal('http-api', 'rest-api', 'function-url')),
  routes: optional(list(object({ routeKey: string, functionId: string }))),
  urlFunctionId: optional(string),
  urlInvokeMode: optional(literal('BUFFERED', 'RESPONSE_STREAM')),
});

const schedule = object({
  id: string,
  name: string,
  expression: string,
  functionId: string,
  enabled: boolean,
});

const bucket = object({
  id: string,
  name: string,
  notifications: list(
    object({
      id: string,
      events: list(string),
      prefix: string,
      suffix: string,
      functionId: string,
    }),
  ),
});

const topic = object({ id: string, name: string, subscriberIds: list(string) });

const queue = object({
  id: string,
  name: string,
  fifo: boolean,
  visibilityTimeoutSec: number,
  redrive: nullable(object({ deadLetterQueueId: string, maxReceiveCount: number })),
  mapping: nullable(
    object({
      functionId: string,
      batchSize: number,
      maximumBatchingWindowSec: number,
      reportBatchItemFailures: boolean,
      maximumConcurrency: optional(number),
      enabled: boolean,
    }),
  ),
});

const eventBus = object({
  id: string,
  name: string,
  rules: list(
    object({
      id: string,
      name: string,
      pattern: string,
      enabled: boolean,
      targets: list(object({ type: literal('lambda', 'sqs', 'sns'), targetId: string })),
    }),
  ),
});

const keyAttribute = object({ name: string, type: literal('S', 'N', 'B') });

const table = object({
  id: string,
  name: string,
  partitionKey: keyAttribute,
  sortKey: nullable(keyAttribute),
  streamViewType: nullable(literal('KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES')),
  mappings: list(
    object({
      functionId: string,
      startingPosition: literal('LATEST', 'TRIM_HORIZON'),
      batchSize: number,
      maximumBatchingWindowSec: number,
      maximumRetryAttempts: number,
      maximumRecordAgeSec: number,
      bisectBatchOnFunctionError: boolean,
      reportBatchItemFailures: boolean,
    }),
  ),
});

/**
 * A web app (workspace/model.ts ServiceDraft), every field as saved; its Web Function settings are
 * optional, as links from before them lack them (read as the defaults).
 */
const service = object({
  id: string,
  name: string,
  files: textRecord,
  activeFile: string,
  runAs: literal('fargate', 'web-function'),
  cpu: number,
  memory: number,
  cpuArchitecture: literal('X86_64', 'ARM64'),
  containerPort: number,
  healthCheckPath: string,
  desiredCount: number,
  minCount: number,
  maxCount: number,
  maxConcurrencyPerEnvironment: optional(number),
  maxEnvironments: optional(number),
  timeoutSeconds: optional(number),
});

const load = object({
  pattern: optional(
    object({
      shape: optional(string),
      ratePerSec: optional(number),
      durationSec: optional(number),
      seed: optional(number),
    }),
  ),
  functionId: optional(string),
  target: optional(
    object({
      kind: optional(literal('invoke', 'http', 's3', 'sns', 'sqs')),
      method: optional(string),
      path: optional(string),
      bucketId: optional(string),
      keyPattern: optional(string),
      topicId: optional(string),
      queueId: optional(string),
      body: optional(string),
    }),
  ),
});

export const scenarioSchema = object({
  functions: list(linkFunction),
  selectedId: optional(string),
  http: optional(http),
  schedules: optional(list(schedule)),
  buckets: optional(list(bucket)),
  topics: optional(list(topic)),
  queues: optional(list(queue)),
  load: optional(load),
  eventBuses: optional(list(eventBus)),
  tables: optional(list(table)),
  /** Web apps (absent: none). */
  services: optional(list(service)),
  /** The web app open in the editor (absent: a function is). */
  selectedServiceId: optional(nullable(string)),
  /** The simulation's speed (1× when absent). */
  speed: optional(number),
  /**
   * The course lesson this workspace is the state of (format 2 on): the link opens it in the
   * Lessons panel. Only an id: the lesson's text and checks come from the app that opens it.
   */
  lesson: optional(number),
});

/** A scenario as a link carries it: only what differs from a new workspace's defaults. */
export type LinkScenario = Infer<typeof scenarioSchema>;
export type LinkFunction = Infer<typeof linkFunction>;
export type LinkFunctionConfig = Infer<typeof functionConfig>;
