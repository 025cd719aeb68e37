// Where a failed async event goes: the dead-letter queue gets the event as it was sent, the
// on-failure destination an invocation record; both are standard SQS queues of the platform.
import { asyncSettingsOf } from './async-settings';
import type { EngineContext } from '../context';
import type { MessageAttributes } from '../shapes';
import type { AsyncFailureReason, FailedEventDelivery } from '../sources/source-events';
import type { AsyncEvent } from '../sources/source-model';
import type { SendMessageInput } from '../sources/source-types';
import { pokeQueue } from '../sources/sqs-poller';
import { sendToQueue } from '../sources/sqs-queues';
import type { FunctionConfig } from '../types';

// The account and region the runtime's context ARNs use (runtime/worker/lambda-context.ts).
const FUNCTION_ARN = 'arn:aws:lambda:us-east-1:123456789012:function';
// invocation-async-retain-records: the DLQ's ErrorMessage attribute holds the first 1 KB.
const ERROR_MESSAGE_LIMIT = 1024;

export function deliverFailure(
  ctx: EngineContext,
  event: AsyncEvent,
  config: FunctionConfig,
  reason: AsyncFailureReason,
): FailedEventDelivery[] {
  const { deadLetterQueue, onFailureDestination } = asyncSettingsOf(config);
  const deliveries: FailedEventDelivery[] = [];
  // Lambda sends to a destination "in addition to or instead of" a DLQ (PutFunctionEventInvokeConfig).
  if (deadLetterQueue !== null) {
    const message = { body: event.eventJson, attributes: deadLetterAttributes(event) };
    deliveries.push(deliver(ctx, 'dead-letter-queue', deadLetterQueue, message));
  }
  if (onFailureDestination !== null) {
    const message = { body: invocationRecord(ctx.clock.now(), event, reason), attributes: {} };
    deliveries.push(deliver(ctx, 'on-failure-destination', onFailureDestination, message));
  }
  return deliveries;
}

function deliver(
  ctx: EngineContext,
  kind: FailedEventDelivery['kind'],
  queueName: string,
  message: SendMessageInput,
): FailedEventDelivery {
  // Only standard queues take them: a FIFO target is a DestinationDeliveryFailure on AWS.
  if (ctx.queues.get(queueName)?.fifo) {
    const problem = `Lambda sends failed events only to standard queues; ${queueName} is FIFO.`;
    return { kind, queueName, messageId: null, problem };
  }
  const sent = sendToQueue(ctx, queueName, message);
  if (!sent.ok) return { kind, queueName, messageId: null, problem: sent.problem };
  pokeQueue(ctx, queueName);
  return { kind, queueName, messageId: sent.messageId };
}

/** What Lambda's error handling knows of the last try: its HTTP status and error message. */
function lastProblem(event: AsyncEvent): { code: number; message: string } {
  if (event.lastError === null || event.lastThrottled)
    return { code: 429, message: 'Rate Exceeded.' };
  const payload = parseJson(event.lastError);
  const message =
    typeof payload === 'object' && payload !== null && 'errorMessage' in payload
      ? String(payload.errorMessage)
      : event.lastError;
  return { code: 200, message };
}

/** The DLQ message's attributes: RequestID, ErrorCode (the HTTP status), ErrorMessage. */
function deadLetterAttributes(event: AsyncEvent): MessageAttributes {
  const { code, message } = lastProblem(event);
  return {
    RequestID: { dataType: 'String', value: event.requestId },
    ErrorCode: { dataType: 'Number', value: String(code) },
    ErrorMessage: { dataType: 'String', value: message.slice(0, ERROR_MESSAGE_LIMIT) },
  };
}

/**
 * The JSON document an on-failure destination receives, as in the Lambda guide's example
 * (invocation-async-retain-records), with the last function response. When the function never
 * answered (only throttles, or reserved concurrency 0) the response fields are left out: what AWS
 * sends then is not documented.
 */
export function invocationRecord(
  time: number,
  event: AsyncEvent,
  reason: AsyncFailureReason,
): string {
  const record: Record<string, unknown> = {
    version: '1.0',
    timestamp: new Date(time).toISOString(),
    requestContext: {
      requestId: event.requestId,
      functionArn: `${FUNCTION_ARN}:${event.functionName}:$LATEST`,
      condition: reason === 'event-age-exceeded' ? 'EventAgeExceeded' : 'RetriesExhausted',
      approximateInvokeCount: event.attempts,
    },
    requestPayload: parseJson(event.eventJson),
  };
  if (event.lastError !== null) {
    record.responseContext = {
      statusCode: 200,
      executedVersion: '$LATEST',
      functionError: 'Unhandled',
    };
    record.responsePayload = parseJson(event.lastError);
  }
  return JSON.stringify(record);
}

/** Events and payloads are JSON as the engine passes them; anything else is kept as text. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
