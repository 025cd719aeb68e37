// What the async queue and the event sources report: PlatformEvent variants that account for every
// event and message — delivered, waiting, retrying, moved to a dead-letter queue, or dropped.
import type { ServiceCaller } from '../services/service-calls';
import type { DestinationType, InvokeStatus } from '../types';

/** Why an async event waits for another attempt: how the last attempt failed, or a throttle. */
export type AsyncRetryReason = Exclude<InvokeStatus, 'ok'> | 'throttled';

/** Why an async event left the queue without succeeding. */
export type AsyncFailureReason =
  /** MaximumRetryAttempts function errors (timeouts included) after the first attempt. */
  | 'retries-exhausted'
  /** The next attempt would come after MaximumEventAgeInSeconds. */
  | 'event-age-exceeded'
  /** Reserved concurrency 0: sent on at once, without retries (AWS, since 16 Aug 2021). */
  | 'reserved-concurrency-zero'
  /** No function of that name: it was removed, or never existed when a source fired. */
  | 'function-not-found'
  /** The event's chain of requests had invoked the function 16 times (call-chains.ts). */
  | 'recursive-loop';

/** Where an async event, or its invocation record, was sent. */
export interface DestinationDelivery {
  /** The event itself to the DLQ; an invocation record to a destination. */
  kind: 'dead-letter-queue' | 'on-failure-destination' | 'on-success-destination';
  targetType: DestinationType;
  /** The queue, topic, function, event bus or bucket. */
  targetName: string;
  /**
   * What it became there: the SQS or SNS message id, the function's request id, the EventBridge
   * event id, the S3 object key. null when the target could not take it (`problem` says why).
   */
  messageId: string | null;
  problem?: string;
  /** S3 only: the object's content, which the app's bucket store writes (objects live there). */
  body?: string;
}

/** Where a failed async event was sent. */
export type FailedEventDelivery = DestinationDelivery;

export type ResourceKind =
  | 'queue'
  | 'event-source-mapping'
  | 'topic'
  | 'subscription'
  | 'bucket-notification'
  | 'schedule-rule'
  | 'event-bus'
  | 'event-rule';

/** What one target of a matching EventBridge rule made of an event. */
export interface EventRuleDelivery {
  ruleName: string;
  targetType: 'lambda' | 'sqs' | 'sns';
  targetName: string;
  /** The request id, SQS message id or SNS message id; null with `problem` when it failed. */
  messageId: string | null;
  problem?: string;
}

/** One async invoke an event source made (SNS subscription, S3 notification). */
export interface SourceDelivery {
  functionName: string;
  requestId: string;
}

export type SourceEvent =
  | {
      type: 'async-queued';
      time: number;
      functionName: string;
      /** Kept by every attempt of the event, as Lambda keeps it across retries. */
      requestId: string;
      /** `api` for invokeAsync, else the event source: `aws:sns`, `aws:s3`, `aws.events`. */
      source: string;
      eventJson: string;
    }
  | {
      type: 'async-attempt';
      time: number;
      functionName: string;
      requestId: string;
      attempt: number;
    }
  | {
      type: 'async-retry-scheduled';
      time: number;
      functionName: string;
      requestId: string;
      reason: AsyncRetryReason;
      /** Attempts made so far (throttles are not attempts). */
      attempts: number;
      dueAt: number;
    }
  | {
      type: 'async-succeeded';
      time: number;
      functionName: string;
      requestId: string;
      attempts: number;
      /** The on-success destination's record, when the function has one. */
      deliveries: DestinationDelivery[];
    }
  /**
   * Lambda stopped an invocation a handler's SDK call caused: its chain of requests had invoked the
   * function 16 times already. `source`: `lambda` (Invoke), `aws:sqs`, `aws:sns`, `aws:s3`, `api`.
   */
  | {
      type: 'recursion-stopped';
      time: number;
      functionName: string;
      source: string;
      /** The invocation whose SDK call would have caused it. */
      origin: ServiceCaller;
    }
  | {
      type: 'async-failed';
      time: number;
      functionName: string;
      requestId: string;
      reason: AsyncFailureReason;
      attempts: number;
      deliveries: FailedEventDelivery[];
      /** True when no queue kept the event: it is gone. */
      dropped: boolean;
    }
  | {
      type: 'sqs-sent';
      time: number;
      queueName: string;
      messageId: string;
      /** The handler whose SDK call sent it; absent when a person or AWS sent it. */
      origin?: ServiceCaller;
    }
  | {
      /** A poller received a batch and is invoking the function with it (once per attempt). */
      type: 'sqs-batch';
      time: number;
      mappingId: string;
      queueName: string;
      functionName: string;
      requestId: string;
      messageIds: string[];
    }
  | {
      type: 'sqs-batch-result';
      time: number;
      mappingId: string;
      queueName: string;
      functionName: string;
      requestId: string;
      status: InvokeStatus | 'throttled';
      deletedIds: string[];
      /** Left in flight: visible again when their visibility timeout ends. */
      failedIds: string[];
      /** Throttled: when the poller invokes again with the same batch; null if it lets it go. */
      retryAt: number | null;
    }
  | {
      type: 'sqs-moved';
      time: number;
      messageId: string;
      fromQueue: string;
      toQueue: string;
      /** `recursive-loop`: Lambda stopped the message's chain of requests (call-chains.ts). */
      reason: 'max-receive-count' | 'redrive' | 'recursive-loop';
      receiveCount: number;
    }
  | {
      type: 'sns-published';
      time: number;
      topicName: string;
      messageId: string;
      deliveries: Array<SourceDelivery & { subscriptionId: string }>;
      /** The handler whose SDK call published it; absent when a person published it. */
      origin?: ServiceCaller;
    }
  | {
      type: 's3-notified';
      time: number;
      bucket: string;
      eventName: string;
      key: string;
      deliveries: Array<SourceDelivery & { configurationId: string }>;
      /** The invocation whose SDK call made the change (absent for the learner's own uploads). */
      origin?: ServiceCaller;
    }
  | {
      type: 'schedule-fired';
      time: number;
      ruleName: string;
      functionName: string;
      requestId: string;
      nextFireAt: number | null;
    }
  | {
      /** An event went onto an EventBridge bus (PutEvents, or a destination's record). */
      type: 'eventbridge-put';
      time: number;
      busName: string;
      eventId: string;
      source: string;
      detailType: string;
      /** Each target of each matching rule, with what the event became there. */
      deliveries: EventRuleDelivery[];
    }
  | {
      type: 'resource';
      time: number;
      kind: ResourceKind;
      /** The queue, topic, bucket or rule name; the id of a subscription or mapping. */
      name: string;
      action: 'created' | 'updated' | 'deleted';
      /** e.g. how many messages went with a deleted queue. */
      note?: string;
    };
