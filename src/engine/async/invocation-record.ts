// The invocation record Lambda sends to a destination: the request, the condition it ended in, and
// the function's last response (docs/aws-lambda.md#destinations-and-dead-letter-queues).
import type { AsyncFailureReason } from '../sources/source-events';
import type { AsyncEvent } from '../sources/source-model';

// The account and region the runtime's context ARNs use (runtime/worker/lambda-context.ts).
export const ACCOUNT_ID = '123456789012';
export const REGION = 'us-east-1';
const FUNCTION_ARN = `arn:aws:lambda:${REGION}:${ACCOUNT_ID}:function`;

/** `requestContext.condition`: how the event's processing ended. */
export type RecordCondition = 'Success' | 'RetriesExhausted' | 'EventAgeExceeded';

/** The record as a value, so an EventBridge event can carry it as its `detail`. */
export type InvocationRecord = Record<string, unknown>;

export function functionArn(functionName: string): string {
  return `${FUNCTION_ARN}:${functionName}:$LATEST`;
}

/** Events and payloads are JSON as the engine passes them; anything else is kept as text. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function recordOf(time: number, event: AsyncEvent, condition: RecordCondition): InvocationRecord {
  return {
    version: '1.0',
    timestamp: new Date(time).toISOString(),
    requestContext: {
      requestId: event.requestId,
      functionArn: functionArn(event.functionName),
      condition,
      approximateInvokeCount: event.attempts,
    },
    requestPayload: parseJson(event.eventJson),
  };
}

/** The record of an event the function processed: its response, without `functionError`. */
export function successRecord(time: number, event: AsyncEvent, payload: string): InvocationRecord {
  return {
    ...recordOf(time, event, 'Success'),
    responseContext: { statusCode: 200, executedVersion: '$LATEST' },
    responsePayload: parseJson(payload),
  };
}

/**
 * The record of an event that failed, as in the Lambda guide's example, with the last function
 * response. When the function never answered (only throttles, or reserved concurrency 0) the
 * response fields are left out: what AWS sends then is not documented.
 */
export function failureRecord(
  time: number,
  event: AsyncEvent,
  reason: AsyncFailureReason,
): InvocationRecord {
  const condition = reason === 'event-age-exceeded' ? 'EventAgeExceeded' : 'RetriesExhausted';
  const record = recordOf(time, event, condition);
  if (event.lastError === null) return record;
  return {
    ...record,
    responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
    responsePayload: parseJson(event.lastError),
  };
}
