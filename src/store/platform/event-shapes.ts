// The engine's EventShapes port served by src/triggers' factories, for one example account and region.
import type {
  DynamoDBStreamSource,
  EventShapes,
  StreamRecordInput,
  MessageAttributes,
  S3NotificationConfig,
  S3NotificationInput,
  S3ObjectChange,
  SnsMessageInput,
  SqsRecordInput,
} from '../../engine';
import type {
  S3EventName,
  S3EventPattern,
  S3RemovedEventName,
  SnsAttributeType,
  SqsAttributeInput,
  SqsRecordInput as TriggerSqsInput,
} from '../../triggers';
import {
  bytesToBase64,
  createSequencer,
  dynamodbStreamArn,
  dynamodbStreamEvent,
  dynamodbStreamRecord,
  matchesNotification,
  md5OfText,
  nextFireTime,
  objectFacts,
  parseBatchItemFailures,
  parseScheduleExpression,
  s3Event,
  scheduledEvent,
  snsEvent,
  sqsEvent,
  sqsRecord,
} from '../../triggers';

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';

function arn(service: string, resource: string): string {
  return `arn:aws:${service}:${REGION}:${ACCOUNT}:${resource}`;
}

/** The event names the S3 factory can build; a Record so a new name in the union must be added. */
const S3_EVENT_KINDS: Record<S3EventName, 'created' | 'removed'> = {
  'ObjectCreated:Put': 'created',
  'ObjectCreated:Post': 'created',
  'ObjectCreated:Copy': 'created',
  'ObjectCreated:CompleteMultipartUpload': 'created',
  'ObjectRemoved:Delete': 'removed',
  'ObjectRemoved:DeleteMarkerCreated': 'removed',
};

function isS3EventName(name: string): name is S3EventName {
  return Object.hasOwn(S3_EVENT_KINDS, name);
}

function isRemoval(name: S3EventName): name is S3RemovedEventName {
  return S3_EVENT_KINDS[name] === 'removed';
}

function isS3EventPattern(pattern: string): pattern is S3EventPattern {
  if (pattern === 's3:ObjectCreated:*' || pattern === 's3:ObjectRemoved:*') return true;
  return pattern.startsWith('s3:') && isS3EventName(pattern.slice(3));
}

/** An MD5 name-based UUID (RFC 4122 §4.3 layout): the same input always gives the same id. */
function nameUuid(name: string): string {
  const hex = md5OfText(name);
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  const tail = `${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-3${hex.slice(13, 16)}-${tail}`;
}

/** SQS sends `Binary…` types (custom labels included) as `binaryValue`, all others as strings. */
function sqsAttributes(attributes: MessageAttributes): Record<string, SqsAttributeInput> {
  return Object.fromEntries(
    Object.entries(attributes).map(([name, { dataType, value }]) => [
      name,
      dataType.startsWith('Binary')
        ? { dataType, binaryValue: value }
        : { dataType, stringValue: value },
    ]),
  );
}

function sqsInput(queue: { name: string; fifo: boolean }, record: SqsRecordInput): TriggerSqsInput {
  const { groupId, sequenceNumber } = record;
  const fifo =
    queue.fifo && groupId !== undefined && sequenceNumber !== undefined
      ? {
          sequenceNumber,
          messageGroupId: groupId,
          // The engine does not simulate deduplication; without the sender's id, the message's own.
          messageDeduplicationId: record.deduplicationId ?? record.messageId,
        }
      : undefined;
  return {
    messageId: record.messageId,
    receiptHandle: record.receiptHandle,
    body: record.body,
    queueArn: arn('sqs', queue.name),
    receiveCount: record.receiveCount,
    sentTimestampMs: record.sentAt,
    firstReceiveTimestampMs: record.firstReceivedAt,
    senderId: ACCOUNT,
    attributes: sqsAttributes(record.attributes),
    ...(fifo && { fifo }),
  };
}

/** SNS's logical types are String, String.Array, Number and Binary; a custom label keeps its base. */
function snsType(dataType: string): SnsAttributeType {
  if (dataType === 'String.Array') return dataType;
  const base = dataType.split('.')[0];
  return base === 'Number' || base === 'Binary' ? base : 'String';
}

function snsInput(message: SnsMessageInput, subscriptionId: string) {
  const topicArn = arn('sns', message.topicName);
  const attributes = Object.fromEntries(
    Object.entries(message.attributes).map(([name, { dataType, value }]) => [
      name,
      { type: snsType(dataType), value },
    ]),
  );
  return {
    topicArn,
    subscriptionArn: `${topicArn}:${subscriptionId}`,
    messageId: message.messageId,
    message: message.message,
    subject: message.subject,
    attributes,
    timeMs: message.publishedAt,
  };
}

function s3EventJson(notification: S3NotificationInput, change: S3ObjectChange): string {
  const { eventName } = change;
  if (!isS3EventName(eventName)) throw new Error(`No S3 event is built for ${eventName}.`);
  // One change is one S3 request: every configuration it notifies sees the same request ids.
  const digest = md5OfText(`${notification.bucket}:${notification.sequence}`);
  const common = {
    bucket: notification.bucket,
    key: change.key,
    sequencer: createSequencer(BigInt(notification.sequence)).next(),
    timeMs: notification.time,
    configurationId: notification.configurationId,
    region: REGION,
    requestId: digest.slice(0, 16).toUpperCase(),
    hostId: bytesToBase64(new TextEncoder().encode(digest)),
    ...(change.versionId !== undefined && { versionId: change.versionId }),
  };
  if (isRemoval(eventName)) return JSON.stringify(s3Event({ ...common, eventName }));
  // A creation reported without its bytes' facts is taken as an empty object.
  const empty = objectFacts(new Uint8Array());
  const size = change.size ?? empty.size;
  const eTag = change.eTag ?? empty.eTag;
  return JSON.stringify(s3Event({ ...common, eventName, size, eTag }));
}

function matches(config: S3NotificationConfig, change: S3ObjectChange): boolean {
  // Patterns and names the triggers cannot describe never match: no event could be built.
  if (!isS3EventName(change.eventName)) return false;
  const events = config.events.filter(isS3EventPattern);
  const filter = { events, prefix: config.prefix, suffix: config.suffix };
  return matchesNotification(filter, change.eventName, change.key);
}

/** One batch of a table's stream as Lambda's DynamoDB Streams event. */
function dynamodbEventJson(stream: DynamoDBStreamSource, records: StreamRecordInput[]): string {
  const streamArn = dynamodbStreamArn(REGION, ACCOUNT, stream.tableName, stream.streamLabel);
  return JSON.stringify(
    dynamodbStreamEvent(
      records.map((record) =>
        dynamodbStreamRecord({
          // 32 hex digits, as AWS's are; the same record always gets the same id.
          eventID: md5OfText(`${streamArn}:${record.sequenceNumber}`),
          change: record.change,
          sequenceNumber: record.sequenceNumber,
          createdAtMs: record.createdAt,
          streamViewType: stream.streamViewType,
          region: REGION,
          streamArn,
        }),
      ),
    ),
  );
}

export function createEventShapes(): EventShapes {
  return {
    dynamodbStreamEvent: dynamodbEventJson,
    sqsEvent: (queue, records) =>
      JSON.stringify(sqsEvent(records.map((record) => sqsRecord(sqsInput(queue, record))))),
    parseBatchResponse(payloadJson, messageIds) {
      const outcome = parseBatchItemFailures(payloadJson, messageIds);
      if (outcome.kind === 'all-succeeded') return [];
      return outcome.kind === 'partial' ? outcome.failedIds : [...messageIds];
    },
    snsEvent: (message, subscriptionId) =>
      JSON.stringify(snsEvent(snsInput(message, subscriptionId))),
    s3Event: s3EventJson,
    matchesNotification: matches,
    scheduledEvent: (ruleName, time) =>
      JSON.stringify(
        scheduledEvent({
          id: nameUuid(`${ruleName}@${time}`),
          timeMs: time,
          ruleArn: arn('events', `rule/${ruleName}`),
        }),
      ),
    scheduleProblem(expression) {
      const parsed = parseScheduleExpression(expression);
      return parsed.ok ? null : parsed.message;
    },
    nextFireTime(expression, afterMs) {
      const parsed = parseScheduleExpression(expression);
      return parsed.ok ? nextFireTime(parsed.schedule, afterMs) : null;
    },
  };
}
