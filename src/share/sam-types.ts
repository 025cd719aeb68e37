// The scenario a SAM export writes and an import reads back: plain data keyed by names, since
// names (not the playground's internal ids) are what a template and a folder of files carry.

/** An async destination: a queue, topic, function, event bus or bucket, by name. */
export interface SamDestination {
  type: 'sqs' | 'sns' | 'lambda' | 'eventbridge' | 's3';
  name: string;
}

export interface SamFunction {
  name: string;
  /** e.g. `nodejs22.x`; kept as text so a template from elsewhere reads back as written. */
  runtime: string;
  /** `<module>.<export path>`, e.g. `index.handler`. */
  handler: string;
  memoryMB: number;
  /** `x86_64` or `arm64`. */
  architecture: string;
  timeoutSec: number;
  /** The size of /tmp in MB; absent means Lambda's default, 512. */
  ephemeralStorageMB?: number;
  environment: Record<string, string>;
  reservedConcurrency: number | null;
  /** ProvisionedConcurrencyConfig's ProvisionedConcurrentExecutions; absent or 0: none. */
  provisionedConcurrency?: number;
  maximumRetryAttempts?: number;
  maximumEventAgeSec?: number;
  /** Name of a queue of the scenario that receives failed async events. */
  deadLetterQueue?: string | null;
  /** Name of a queue of the scenario that receives an invocation record per failed event. */
  onFailureDestination?: string | null;
  /** The template's LoggingConfig, as written (values are checked on import). */
  loggingConfig?: SamLoggingConfig;
  /** Destinations by kind and name; when present (null: none) they win over the queue fields. */
  onSuccess?: SamDestination | null;
  onFailure?: SamDestination | null;
  /** The DLQ: a queue or a topic of the scenario; wins over deadLetterQueue when present. */
  deadLetter?: { type: 'sqs' | 'sns'; name: string } | null;
  /** Source files by relative path, e.g. `index.ts`, `lib/math.ts`. */
  files: Record<string, string>;
  /** The test event as JSON text, written to `events/<name>.json`. */
  testEvent: string;
}

/** AWS::Serverless::Function LoggingConfig: LogFormat, ApplicationLogLevel, SystemLogLevel, LogGroup. */
export interface SamLoggingConfig {
  logFormat?: string;
  applicationLogLevel?: string;
  systemLogLevel?: string;
  logGroup?: string;
}

export type SamHttpFront = 'http-api' | 'rest-api' | 'function-url';

export interface SamHttp {
  front: SamHttpFront;
  /** Route keys (`$default`, `GET /items/{id}`) and the function behind each. */
  routes: Array<{ routeKey: string; functionName: string }>;
  /** The function with the function URL (front `function-url`). */
  urlFunctionName: string;
}

export interface SamSchedule {
  name: string;
  expression: string;
  functionName: string;
  enabled: boolean;
}

export interface SamNotification {
  events: string[];
  prefix: string;
  suffix: string;
  functionName: string;
}

export interface SamBucket {
  name: string;
  notifications: SamNotification[];
}

export interface SamTopic {
  name: string;
  subscriberNames: string[];
}

export interface SamQueueMapping {
  functionName: string;
  batchSize: number;
  maximumBatchingWindowSec: number;
  reportBatchItemFailures: boolean;
  maximumConcurrency?: number;
  enabled: boolean;
}

export interface SamQueue {
  name: string;
  fifo: boolean;
  visibilityTimeoutSec: number;
  redrive: { deadLetterQueueName: string; maxReceiveCount: number } | null;
  mapping: SamQueueMapping | null;
}

/** An event source mapping from a table's stream (SAM's `DynamoDB` event). */
export interface SamStreamMapping {
  functionName: string;
  /** `LATEST` or `TRIM_HORIZON`; kept as text so a template from elsewhere reads back as written. */
  startingPosition: string;
  batchSize: number;
  maximumBatchingWindowSec: number;
  maximumRetryAttempts: number;
  maximumRecordAgeSec: number;
  bisectBatchOnFunctionError: boolean;
  reportBatchItemFailures: boolean;
}

/** An AWS::DynamoDB::Table: its keys (types as text, checked on import) and stream. */
export interface SamTable {
  name: string;
  partitionKey: { name: string; type: string };
  sortKey: { name: string; type: string } | null;
  /** null: no StreamSpecification. */
  streamViewType: string | null;
  mappings: SamStreamMapping[];
}

export interface SamScenario {
  functions: SamFunction[];
  http: SamHttp;
  schedules: SamSchedule[];
  buckets: SamBucket[];
  topics: SamTopic[];
  queues: SamQueue[];
  /** Absent in scenarios read by versions before tables: none. */
  tables?: SamTable[];
}
