// Where a failed async event goes: the dead-letter queue or topic gets the event as it was sent,
// the on-failure destination an invocation record (destinations.ts delivers both).
import { asyncSettingsOf } from './async-settings';
import { deliverDeadLetter, deliverRecord } from './destinations';
import { failureRecord } from './invocation-record';
import type { EngineContext } from '../context';
import type { MessageAttributes } from '../shapes';
import type { AsyncFailureReason, FailedEventDelivery } from '../sources/source-events';
import type { AsyncEvent } from '../sources/source-model';
import type { FunctionConfig } from '../types';

// invocation-async-retain-records: the DLQ's ErrorMessage attribute holds the first 1 KB.
const ERROR_MESSAGE_LIMIT = 1024;

export function deliverFailure(
  ctx: EngineContext,
  event: AsyncEvent,
  config: FunctionConfig,
  reason: AsyncFailureReason,
): FailedEventDelivery[] {
  const { deadLetter, onFailure } = asyncSettingsOf(config);
  const deliveries: FailedEventDelivery[] = [];
  // Lambda sends to a destination "in addition to or instead of" a DLQ (PutFunctionEventInvokeConfig).
  if (deadLetter !== null) {
    deliveries.push(
      deliverDeadLetter(ctx, deadLetter, event.eventJson, deadLetterAttributes(event)),
    );
  }
  if (onFailure !== null) {
    const record = failureRecord(ctx.clock.now(), event, reason);
    deliveries.push(
      deliverRecord(ctx, 'on-failure-destination', onFailure, event.functionName, record),
    );
  }
  return deliveries;
}

/** What Lambda's error handling knows of the last try: its HTTP status and error message. */
function lastProblem(event: AsyncEvent): { code: number; message: string } {
  if (event.lastError === null || event.lastThrottled)
    return { code: 429, message: 'Rate Exceeded.' };
  const payload = parseObject(event.lastError);
  const message =
    payload !== null && 'errorMessage' in payload ? String(payload.errorMessage) : event.lastError;
  return { code: 200, message };
}

function parseObject(text: string): object | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? value : null;
  } catch {
    return null;
  }
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
