// A small EventShapes for engine tests: events that carry what the tests check, `rate(n unit)`
// schedules, and Lambda's partial-batch-response rules
// (docs/aws-lambda.md#sqs-event-source-mapping). The app uses src/triggers'.
import type { EventShapes, S3NotificationConfig, S3ObjectChange } from '../shapes';

const RATE = /^rate\((\d+) (minutes?|hours?|days?)\)$/;
const UNIT_MS: Record<string, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };

function rateMs(expression: string): number | null {
  const match = RATE.exec(expression);
  if (match === null) return null;
  const [, count = '0', unit = ''] = match;
  return Number(count) * (UNIT_MS[unit.replace(/s$/, '')] ?? 0);
}

/** `s3:ObjectCreated:*` matches every creation; otherwise the type must be exact. */
function matchesType(pattern: string, eventName: string): boolean {
  const type = `s3:${eventName}`;
  return pattern.endsWith(':*') ? type.startsWith(pattern.slice(0, -1)) : type === pattern;
}

function failedItems(payloadJson: string, messageIds: readonly string[]): string[] {
  const response: unknown = JSON.parse(payloadJson);
  if (typeof response !== 'object' || response === null) return [];
  const failures = (response as { batchItemFailures?: unknown }).batchItemFailures;
  if (!Array.isArray(failures)) return [];
  const ids = failures.map((item) => (item as { itemIdentifier?: unknown })?.itemIdentifier);
  // An empty, missing or unknown identifier fails the whole batch.
  const valid = ids.every((id) => typeof id === 'string' && messageIds.includes(id));
  return valid ? (ids as string[]) : [...messageIds];
}

export function createFakeShapes(): EventShapes {
  return {
    sqsEvent: (queue, records) =>
      JSON.stringify({
        Records: records.map((record) => ({
          messageId: record.messageId,
          body: record.body,
          receiveCount: record.receiveCount,
          ...(record.groupId !== undefined && { groupId: record.groupId }),
          queue: queue.name,
        })),
      }),
    parseBatchResponse: failedItems,
    // The fields the stream tests read; the view type decides the images, as in the real event.
    dynamodbStreamEvent: (stream, records) =>
      JSON.stringify({
        Records: records.map(({ sequenceNumber, change }) => ({
          table: stream.tableName,
          eventName: change.eventName,
          SequenceNumber: sequenceNumber,
          Keys: change.keys,
          ...(/NEW/.test(stream.streamViewType) &&
            change.newImage && { NewImage: change.newImage }),
          ...(/OLD/.test(stream.streamViewType) &&
            change.oldImage && { OldImage: change.oldImage }),
        })),
      }),
    snsEvent: (message, subscriptionId) =>
      JSON.stringify({
        Records: [
          {
            subscriptionId,
            messageId: message.messageId,
            message: message.message,
            // Only when there are some, so events without attributes read as before.
            ...(Object.keys(message.attributes).length > 0 && { attributes: message.attributes }),
          },
        ],
      }),
    s3Event: (notification, change) =>
      JSON.stringify({
        Records: [{ ...notification, eventName: change.eventName, key: change.key }],
      }),
    matchesNotification: (config: S3NotificationConfig, change: S3ObjectChange) =>
      config.events.some((pattern) => matchesType(pattern, change.eventName)) &&
      change.key.startsWith(config.prefix ?? '') &&
      change.key.endsWith(config.suffix ?? ''),
    scheduledEvent: (ruleName, time) =>
      JSON.stringify({
        'detail-type': 'Scheduled Event',
        rule: ruleName,
        time: new Date(time).toISOString(),
      }),
    scheduleProblem: (expression) =>
      rateMs(expression) ? null : `Parameter ScheduleExpression is not valid: ${expression}`,
    nextFireTime: (expression, afterMs) => afterMs + (rateMs(expression) ?? NaN),
  };
}
