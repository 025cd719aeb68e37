// The public face of the async queue and the event sources: their settings, snapshots and API.
import type { ServiceCaller } from '../services/service-calls';
import type {
  MessageAttributes,
  S3NotificationConfig,
  S3ObjectChange,
  SqsRecordInput,
} from '../shapes';

/** What an `InvocationType: Event` invoke answers: accepted, and the id every attempt will carry. */
export interface AsyncInvokeResult {
  statusCode: 202;
  requestId: string;
}

export interface QueueConfig {
  /** 1–80 of [A-Za-z0-9_-]; a FIFO queue's name ends in `.fifo`. */
  name: string;
  fifo?: boolean;
  /** 0–43,200 s; default 30. */
  visibilityTimeoutSec?: number;
  /** Redrive policy: after this many receives (1–1,000) a message moves to `deadLetterQueue`. */
  maxReceiveCount?: number;
  /** An existing queue of the same type; required with maxReceiveCount. */
  deadLetterQueue?: string;
}

export interface SendMessageInput {
  body: string;
  attributes?: MessageAttributes;
  /** Required on FIFO queues, refused on standard ones. */
  groupId?: string;
  /** FIFO only; passed to the event as MessageDeduplicationId (deduplication is not simulated). */
  deduplicationId?: string;
  /** DelaySeconds, 0–900: hidden from every consumer until then. */
  delaySeconds?: number;
}

/** ReceiveMessage by a handler's SDK call (not an event source mapping). */
export interface ReceiveOptions {
  /** 1–10. */
  max: number;
  /** Overrides the queue's visibility timeout for these messages. */
  visibilityTimeoutSec?: number;
}

/**
 * What DeleteMessage did with a receipt handle: deleted the message; nothing, since it is gone or
 * was received again since (SQS then succeeds without deleting); or refused it.
 */
export type DeleteOutcome = 'deleted' | 'not-current' | 'expired' | 'invalid';

export interface MessageSnapshot {
  messageId: string;
  body: string;
  attributes: MessageAttributes;
  groupId?: string;
  sentAt: number;
  receiveCount: number;
  firstReceivedAt: number | null;
  state: 'visible' | 'in-flight';
  /** When an in-flight message becomes visible again. */
  visibleAt: number;
  /** On a dead-letter queue: the queue the message came from (where redrive returns it). */
  sourceQueue?: string;
}

export interface QueueSnapshot {
  name: string;
  fifo: boolean;
  visibilityTimeoutSec: number;
  maxReceiveCount: number | null;
  deadLetterQueue: string | null;
  visible: number;
  inFlight: number;
}

export interface EventSourceMappingConfig {
  queue: string;
  functionName: string;
  /** Default 10; at most 10 for FIFO, 10,000 for standard (above 10 needs a window ≥ 1 s). */
  batchSize?: number;
  /** 0–300 s, default 0; FIFO queues take none. */
  maximumBatchingWindowSec?: number;
  /** FunctionResponseTypes ["ReportBatchItemFailures"]: only reported messages are retried. */
  reportBatchItemFailures?: boolean;
  /** ScalingConfig.MaximumConcurrency, 2–1,000: most batches in flight at once. */
  maximumConcurrency?: number;
}

export interface MappingSnapshot {
  id: string;
  queue: string;
  functionName: string;
  batchSize: number;
  maximumBatchingWindowSec: number;
  reportBatchItemFailures: boolean;
  maximumConcurrency: number | null;
  /** Batches received and not yet settled. */
  activeBatches: number;
}

export interface PublishInput {
  /** Always a string in the event, even when it holds JSON. */
  message: string;
  subject?: string;
  attributes?: MessageAttributes;
}

export interface TopicSnapshot {
  name: string;
  subscriptions: Array<{ id: string; functionName: string }>;
}

export interface ScheduleRuleConfig {
  /** 1–64 of [A-Za-z0-9._-]. Putting an existing name replaces that rule, as PutRule does. */
  name: string;
  /** `rate(…)` or `cron(…)`, checked by the EventShapes port. */
  expression: string;
  functionName: string;
  /** Default true. */
  enabled?: boolean;
}

export interface ScheduleRuleSnapshot {
  name: string;
  expression: string;
  functionName: string;
  enabled: boolean;
  nextFireAt: number | null;
}

/** One function's async queue. */
export interface AsyncQueueSnapshot {
  /** Accepted, first attempt not yet made. */
  waiting: number;
  /** Waiting for a retry after a function error or a throttle. */
  retrying: number;
  /** Being attempted now. */
  inFlight: number;
}

/** PutRule with its targets: an event pattern and where matching events go. */
export interface EventRuleConfig {
  /** 1–64 of [.\-_A-Za-z0-9]; putting an existing name on the bus replaces that rule. */
  name: string;
  /** The event pattern as JSON text, checked as PutRule does. */
  pattern: string;
  targets: Array<{ type: 'lambda' | 'sqs' | 'sns'; name: string }>;
  /** Default true. */
  enabled?: boolean;
}

export interface EventRuleSnapshot {
  name: string;
  pattern: string;
  targets: Array<{ type: 'lambda' | 'sqs' | 'sns'; name: string }>;
  enabled: boolean;
}

export interface EventBusSnapshot {
  name: string;
  rules: EventRuleSnapshot[];
}

/** One PutEvents entry. */
export interface PutEventInput {
  source: string;
  detailType: string;
  /** A JSON object: the event's `detail`. */
  detail: unknown;
  resources?: string[];
}

export interface SourcesSnapshot {
  /** By function name; functions with an empty queue are left out. */
  asyncQueues: ReadonlyMap<string, AsyncQueueSnapshot>;
  queues: QueueSnapshot[];
  eventSourceMappings: MappingSnapshot[];
  topics: TopicSnapshot[];
  bucketNotifications: ReadonlyMap<string, S3NotificationConfig[]>;
  scheduleRules: ScheduleRuleSnapshot[];
  /** The `default` bus first, then the custom ones in the order created. */
  eventBuses: EventBusSnapshot[];
}

/**
 * Refusals throw ApiError (InvalidParameterValueException and the like) or ResourceNotFoundError,
 * with the message the UI shows. SQS, SNS, S3 and schedules need `shapes` in PlatformOptions.
 */
export interface EventSourcesApi {
  /** Queues the event (valid JSON, ≤ 1 MB) for the function's async queue. */
  invokeAsync(
    functionName: string,
    eventJson: string,
    /** `origin`: the invocation that queued it through Lambda's Invoke API (a handler's SDK call). */
    options?: { source?: string; origin?: ServiceCaller },
  ): AsyncInvokeResult;
  createQueue(config: QueueConfig): void;
  /** Its messages go with it, and so do the event source mappings that read it. */
  deleteQueue(name: string): void;
  /** Returns the message id; `origin` is the handler whose SDK call sent it. */
  sendMessage(queue: string, message: SendMessageInput, origin?: ServiceCaller): string;
  /**
   * Receives for a handler's SDK call: hidden from the queue's mappings (and other receivers) for
   * the visibility timeout, each with a fresh receipt handle.
   */
  receiveMessages(queue: string, options: ReceiveOptions): SqsRecordInput[];
  /** DeleteMessage by receipt handle (a mapping's event's handles work too). */
  deleteMessage(queue: string, receiptHandle: string): DeleteOutcome;
  listMessages(queue: string): MessageSnapshot[];
  /** Moves a dead-letter queue's visible messages back to their source queues; returns how many. */
  redriveMessages(deadLetterQueue: string): number;
  /** Returns the mapping's id. */
  createEventSourceMapping(config: EventSourceMappingConfig): string;
  deleteEventSourceMapping(id: string): void;
  /** Creating an existing topic does nothing, as CreateTopic does. */
  createTopic(name: string): void;
  deleteTopic(name: string): void;
  /** Subscribes a function; returns the subscription id (the last part of its ARN). */
  subscribeToTopic(topic: string, functionName: string): string;
  unsubscribeFromTopic(subscriptionId: string): void;
  /** One async invoke per subscription; returns the message id. `origin`: the publishing handler. */
  publish(topic: string, message: PublishInput, origin?: ServiceCaller): string;
  /** Replaces the bucket's notification configuration; an empty list removes it. */
  putBucketNotification(bucket: string, configs: S3NotificationConfig[]): void;
  /**
   * Async-invokes each matching configuration's function; returns their request ids. `origin` is
   * the invocation whose SDK call made the change, when one did.
   */
  notifyS3Change(bucket: string, change: S3ObjectChange, origin?: ServiceCaller): string[];
  createScheduleRule(rule: ScheduleRuleConfig): void;
  deleteScheduleRule(name: string): void;
  /** A custom bus; `default` always exists. */
  createEventBus(name: string): void;
  /** Its rules go with it; `default` cannot be deleted. */
  deleteEventBus(name: string): void;
  putEventRule(busName: string, rule: EventRuleConfig): void;
  deleteEventRule(busName: string, ruleName: string): void;
  /** Puts one event on the bus; returns its id. */
  putEvents(busName: string, entry: PutEventInput): string;
}
