// The engine's internal records of async events, queues, mappings, topics, buckets and schedule
// rules (never handed out: snapshots are copies).
import type { ServiceCaller } from '../services/service-calls';
import type { MessageAttributes, S3NotificationConfig } from '../shapes';
import type { TimerHandle } from '../types';
import type { EventPattern } from './event-pattern';

export interface AsyncEvent {
  readonly requestId: string;
  readonly functionName: string;
  readonly eventJson: string;
  readonly source: string;
  /** The invocation that queued it through Lambda's Invoke API (a handler's SDK call), if any. */
  readonly origin?: ServiceCaller;
  readonly receivedAt: number;
  /** waiting: not attempted yet; retrying: due again after a failure or throttle. */
  state: 'waiting' | 'retrying' | 'running';
  attempts: number;
  /** The wait before the next throttled retry: 1 s, doubling, at most 5 min. */
  throttleDelayMs: number;
  /** The last attempt's error payload, for the DLQ and the invocation record; null if none ran. */
  lastError: string | null;
  /** Whether the last try was throttled (the DLQ's ErrorCode is then 429). */
  lastThrottled: boolean;
}

export interface SqsMessage {
  readonly messageId: string;
  readonly body: string;
  readonly attributes: MessageAttributes;
  readonly groupId: string | undefined;
  readonly deduplicationId: string | undefined;
  readonly sequenceNumber: string | undefined;
  readonly sentAt: number;
  receiveCount: number;
  firstReceivedAt: number | null;
  /** Visible when this is ≤ now; set to now + visibility timeout on each receive. */
  invisibleUntil: number;
  /** Counts receives, so a batch deletes only messages it still holds. */
  receipt: number;
  /** The queue it was moved from into this dead-letter queue, for redrive. */
  sourceQueue: string | null;
  /** The handler whose SDK call sent it (SendMessage); null when a person or AWS sent it. */
  readonly origin: ServiceCaller | null;
}

export interface SqsQueue {
  readonly name: string;
  readonly fifo: boolean;
  readonly visibilityTimeoutMs: number;
  readonly maxReceiveCount: number | null;
  readonly deadLetterQueue: string | null;
  /** By message id, in the order sent. */
  readonly messages: Map<string, SqsMessage>;
  sent: number;
  /** The one timer that wakes pollers when in-flight messages become visible again. */
  wakeTimer: TimerHandle | null;
  wakeAt: number;
}

/** A message a poller holds, with the receipt it got it under. */
export interface HeldMessage {
  message: SqsMessage;
  receipt: number;
}

export interface Mapping {
  readonly id: string;
  readonly queueName: string;
  readonly functionName: string;
  readonly batchSize: number;
  readonly windowMs: number;
  readonly reportBatchItemFailures: boolean;
  readonly maximumConcurrency: number | null;
  deleted: boolean;
  activeBatches: number;
  /** The deferred poll, so many sends in one moment make one poll. */
  pollTimer: TimerHandle | null;
  /** When the batching window for the messages waiting now began; null when none waits. */
  windowStart: number | null;
  windowTimer: TimerHandle | null;
  /** Since when messages have been left waiting with every batch slot busy (scale-up). */
  backlogSince: number | null;
  /** The poller's wait after its next throttle: 1 s, doubling, reset by any answer. */
  throttleDelayMs: number;
  /** After a throttle the poller receives nothing new before this time. */
  pausedUntil: number;
}

export interface Topic {
  readonly name: string;
  /** Subscription id → function name, in the order subscribed. */
  readonly subscriptions: Map<string, string>;
}

export interface Bucket {
  configs: S3NotificationConfig[];
  /** Changes seen so far, for increasing sequencers. */
  changes: number;
}

export interface ScheduleRule {
  readonly name: string;
  readonly expression: string;
  readonly functionName: string;
  readonly enabled: boolean;
  timer: TimerHandle | null;
  nextFireAt: number | null;
}

/** A target of an EventBridge rule. */
export interface EventRuleTarget {
  readonly type: 'lambda' | 'sqs' | 'sns';
  readonly name: string;
}

export interface EventRuleRecord {
  readonly name: string;
  /** The pattern as it was put, for snapshots. */
  readonly patternText: string;
  readonly pattern: EventPattern;
  readonly targets: readonly EventRuleTarget[];
  readonly enabled: boolean;
}

export interface EventBusRecord {
  readonly name: string;
  /** By rule name, in the order put. */
  readonly rules: Map<string, EventRuleRecord>;
}
