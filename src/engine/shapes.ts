// The EventShapes port: the AWS-shaped events (and schedule rules) the engine's sources need, built
// outside the engine. The app passes src/triggers' factories; tests pass testing/fake-shapes.
import type { StreamRecordInput } from './sources/dynamodb-stream-types';
import type { StreamViewType } from './sources/dynamodb-types';

/** One message attribute, as SQS and SNS both carry them; Binary values are base64 text. */
export interface MessageAttribute {
  /** `String`, `Number`, `Binary`, or a custom type such as `Number.float`. */
  dataType: string;
  value: string;
}

export type MessageAttributes = Record<string, MessageAttribute>;

/** What one record of an SQS event is built from. Times are engine clock ms. */
export interface SqsRecordInput {
  messageId: string;
  /** Opaque, and different on every receive, as SQS's are. */
  receiptHandle: string;
  body: string;
  attributes: MessageAttributes;
  sentAt: number;
  firstReceivedAt: number;
  /** ApproximateReceiveCount, this receive included. */
  receiveCount: number;
  /** FIFO queues only. */
  groupId?: string;
  sequenceNumber?: string;
  deduplicationId?: string;
}

/** What one SNS notification is built from. */
export interface SnsMessageInput {
  topicName: string;
  messageId: string;
  message: string;
  subject: string | null;
  attributes: MessageAttributes;
  publishedAt: number;
}

/** A change to an object, as the app's simulated buckets report it. */
export interface S3ObjectChange {
  /** Without the `s3:` prefix, e.g. `ObjectCreated:Put`, `ObjectRemoved:Delete`. */
  eventName: string;
  /** The key as stored (not URL-encoded: the event factory encodes it). */
  key: string;
  /** Creations only. */
  size?: number;
  eTag?: string;
  versionId?: string;
}

/** One entry of a bucket's notification configuration (a LambdaFunctionConfiguration). */
export interface S3NotificationConfig {
  /** Becomes `s3.configurationId` in the event. */
  id: string;
  functionName: string;
  /** e.g. `s3:ObjectCreated:*`, `s3:ObjectRemoved:Delete`. */
  events: string[];
  prefix?: string;
  suffix?: string;
}

/** Where an S3 event is being sent from. */
export interface S3NotificationInput {
  bucket: string;
  configurationId: string;
  /** Increases with every change to the bucket: the factory turns it into `sequencer`. */
  sequence: number;
  time: number;
}

/** The stream a DynamoDB Streams event comes from. */
export interface DynamoDBStreamSource {
  tableName: string;
  /** The stream's label (its creation time), the last part of its ARN. */
  streamLabel: string;
  streamViewType: StreamViewType;
}

export interface EventShapes {
  /** The SQS event (`{"Records":[…]}`) for one batch, as JSON text. */
  sqsEvent(queue: { name: string; fifo: boolean }, records: SqsRecordInput[]): string;
  /**
   * The messages a handler's response reports as failed (ReportBatchItemFailures): empty when the
   * batch succeeded, every id when the response fails the whole batch
   * (docs/aws-lambda.md#sqs-event-source-mapping).
   */
  parseBatchResponse(payloadJson: string, messageIds: readonly string[]): string[];
  /**
   * The DynamoDB Streams event (`{"Records":[…]}`) for one batch, as JSON text; the images it
   * carries follow the stream's view type.
   */
  dynamodbStreamEvent(stream: DynamoDBStreamSource, records: StreamRecordInput[]): string;
  /** The SNS event for one subscription, as JSON text. */
  snsEvent(message: SnsMessageInput, subscriptionId: string): string;
  /** The S3 event for one matching notification configuration, as JSON text. */
  s3Event(notification: S3NotificationInput, change: S3ObjectChange): string;
  /** Whether a change matches a configuration: event type pattern, prefix and suffix. */
  matchesNotification(config: S3NotificationConfig, change: S3ObjectChange): boolean;
  /** The EventBridge Scheduled Event for a rule firing at `time`, as JSON text. */
  scheduledEvent(ruleName: string, time: number): string;
  /** What is wrong with a `rate(…)` / `cron(…)` expression, or null when it is valid. */
  scheduleProblem(expression: string): string | null;
  /** The first time after `afterMs` that a valid expression fires; null if it never does again. */
  nextFireTime(expression: string, afterMs: number): number | null;
}
