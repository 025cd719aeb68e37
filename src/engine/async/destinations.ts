// Delivers what Lambda sends after an async event settles: the invocation record to an on-success
// or on-failure destination, the event itself to a dead-letter queue or topic. Each target takes it
// the way its service does (docs/aws-lambda.md#destinations-and-dead-letter-queues).
import type { EngineContext } from '../context';
import { ApiError } from '../errors';
import type { MessageAttributes } from '../shapes';
import { busArn, putEvent } from '../sources/event-buses';
import type { DestinationDelivery } from '../sources/source-events';
import { publish } from '../sources/sns-topics';
import { pokeQueue } from '../sources/sqs-poller';
import { sendToQueue } from '../sources/sqs-queues';
import type { AsyncDestination, DeadLetterTarget } from '../types';
import { enqueueAsync } from './async-invoke';
import { functionArn, type InvocationRecord } from './invocation-record';

type Kind = DestinationDelivery['kind'];
type Outcome = { messageId: string; body?: string } | { problem: string };

// The `detail-type` of the EventBridge event that carries a record, by outcome.
const DETAIL_TYPES = {
  'on-success-destination': 'Lambda Function Invocation Result - Success',
  'on-failure-destination': 'Lambda Function Invocation Result - Failure',
} as const;

/** Sends an invocation record to a destination of `functionName`. */
export function deliverRecord(
  ctx: EngineContext,
  kind: Exclude<Kind, 'dead-letter-queue'>,
  destination: AsyncDestination,
  functionName: string,
  record: InvocationRecord,
): DestinationDelivery {
  const text = JSON.stringify(record);
  const outcome = ((): Outcome => {
    switch (destination.type) {
      case 'sqs':
        return toQueue(ctx, destination.name, text, {});
      case 'sns':
        return toTopic(ctx, destination.name, text, {});
      case 'lambda':
        return toFunction(ctx, destination.name, text);
      case 'eventbridge':
        return putEvent(ctx, destination.name, {
          source: 'lambda',
          detailType: DETAIL_TYPES[kind],
          detail: record,
          resources: [busArn(destination.name), functionArn(functionName)],
        });
      case 's3':
        return toBucketKey(ctx, functionName, text);
    }
  })();
  return delivery(kind, destination, outcome);
}

/** Sends the event as it was sent, with Lambda's three attributes, to the DLQ queue or topic. */
export function deliverDeadLetter(
  ctx: EngineContext,
  target: DeadLetterTarget,
  eventJson: string,
  attributes: MessageAttributes,
): DestinationDelivery {
  const outcome =
    target.type === 'sqs'
      ? toQueue(ctx, target.name, eventJson, attributes)
      : toTopic(ctx, target.name, eventJson, attributes);
  return delivery('dead-letter-queue', target, outcome);
}

function delivery(
  kind: Kind,
  target: { type: DestinationDelivery['targetType']; name: string },
  outcome: Outcome,
): DestinationDelivery {
  const base = { kind, targetType: target.type, targetName: target.name };
  if ('problem' in outcome) return { ...base, messageId: null, problem: outcome.problem };
  return { ...base, messageId: outcome.messageId, ...(outcome.body && { body: outcome.body }) };
}

function toQueue(
  ctx: EngineContext,
  queueName: string,
  body: string,
  attributes: MessageAttributes,
): Outcome {
  // Only standard queues take them: a FIFO target is a DestinationDeliveryFailure on AWS.
  if (ctx.queues.get(queueName)?.fifo) {
    return { problem: `Lambda sends only to standard queues; ${queueName} is FIFO.` };
  }
  const sent = sendToQueue(ctx, queueName, { body, attributes });
  if (!sent.ok) return { problem: sent.problem };
  pokeQueue(ctx, queueName);
  return { messageId: sent.messageId };
}

/** A notification to every subscriber of the topic: the record (or event) is its Message. */
function toTopic(
  ctx: EngineContext,
  topicName: string,
  message: string,
  attributes: MessageAttributes,
): Outcome {
  try {
    return { messageId: publish(ctx, topicName, { message, attributes }) };
  } catch (error) {
    if (error instanceof ApiError) return { problem: error.message };
    throw error;
  }
}

/** An asynchronous invoke of the other function with the record as its event. */
function toFunction(ctx: EngineContext, functionName: string, record: string): Outcome {
  if (!ctx.functions.has(functionName)) {
    return { problem: `Function not found: ${functionArn(functionName)}` };
  }
  return { messageId: enqueueAsync(ctx, functionName, record, 'lambda') };
}

/** `aws/lambda/async/<function-name>/YYYY/MM/DD/YYYY-MM-DDTHH.MM.SS-<random UUID>`. */
export function failureObjectKey(functionName: string, time: number, uuid: string): string {
  const iso = new Date(time).toISOString();
  const day = iso.slice(0, 10).replaceAll('-', '/');
  const stamp = `${iso.slice(0, 10)}T${iso.slice(11, 19).replaceAll(':', '.')}`;
  return `aws/lambda/async/${functionName}/${day}/${stamp}-${uuid}`;
}

/**
 * The object's key; the app's bucket store writes it (simulated objects live there, not in the
 * engine), so a missing bucket is the store's to report.
 */
function toBucketKey(ctx: EngineContext, functionName: string, record: string): Outcome {
  return {
    messageId: failureObjectKey(functionName, ctx.clock.now(), ctx.ids.uuid()),
    body: record,
  };
}
