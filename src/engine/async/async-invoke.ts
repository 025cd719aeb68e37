// The asynchronous invocation queue: 202 at once, then attempts with Lambda's retry timing, until
// each event succeeds, or fails on to its dead-letter queue / destination, or is dropped.
import { deliverFailure } from './async-failure';
import { asyncSettingsOf } from './async-settings';
import { deliverRecord } from './destinations';
import { successRecord } from './invocation-record';
import type { EngineContext } from '../context';
import { ApiError, ResourceNotFoundError } from '../errors';
import { dispatch, throttle } from '../instances/invocation';
import { payloadTooLarge } from '../instances/payload-limits';
import type {
  AsyncFailureReason,
  AsyncRetryReason,
  DestinationDelivery,
} from '../sources/source-events';
import { isRecursiveLoop } from '../instances/call-chains';
import { emitSource } from '../sources/source-support';
import type { AsyncEvent } from '../sources/source-model';
import type { ServiceCaller } from '../services/service-calls';
import type { AsyncInvokeResult, AsyncQueueSnapshot } from '../sources/source-types';
import type { FunctionConfig, InvokeResult } from '../types';

// After a function error Lambda waits 1 min before the 2nd attempt, 2 min before the 3rd
// (docs/aws-lambda.md#asynchronous-invocation).
const RETRY_STEP_MS = 60_000;
// Throttles wait 1 s after the first, doubling up to 5 min (invocation-async-error-handling).
const THROTTLE_FIRST_MS = 1000;
const THROTTLE_MAX_MS = 300_000;

/** The API's `InvocationType: Event`: checked like Lambda's Invoke, then queued. */
export function invokeAsync(
  ctx: EngineContext,
  functionName: string,
  eventJson: string,
  source = 'api',
  origin?: ServiceCaller,
): AsyncInvokeResult {
  if (!ctx.functions.has(functionName)) throw new ResourceNotFoundError(functionName);
  const tooLarge = payloadTooLarge(eventJson, 'Event');
  if (tooLarge) throw tooLarge;
  try {
    JSON.parse(eventJson);
  } catch (error) {
    const message = `Could not parse request body into json: ${(error as Error).message}`;
    throw new ApiError('InvalidRequestContentException', 400, message);
  }
  const requestId = enqueueAsync(ctx, functionName, eventJson, source, undefined, origin);
  return { statusCode: 202, requestId };
}

/** Accepts an event into the function's async queue; returns the request id every attempt keeps. */
export function enqueueAsync(
  ctx: EngineContext,
  functionName: string,
  eventJson: string,
  source: string,
  requestId = ctx.ids.requestId(),
  origin?: ServiceCaller,
): string {
  const event: AsyncEvent = {
    requestId,
    functionName,
    eventJson,
    source,
    ...(origin && { origin }),
    receivedAt: ctx.clock.now(),
    state: 'waiting',
    attempts: 0,
    throttleDelayMs: THROTTLE_FIRST_MS,
    lastError: null,
    lastThrottled: false,
  };
  emitSource(ctx, { type: 'async-queued', functionName, requestId, source, eventJson });
  if (!ctx.functions.has(functionName)) {
    fail(ctx, event, 'function-not-found');
    return requestId;
  }
  // Stopped before it runs: sent to the DLQ or on-failure destination, else dropped.
  if (origin && isRecursiveLoop(ctx, functionName, origin)) {
    emitSource(ctx, { type: 'recursion-stopped', functionName, source, origin });
    fail(ctx, event, 'recursive-loop');
    return requestId;
  }
  let queue = ctx.asyncEvents.get(functionName);
  if (queue === undefined) ctx.asyncEvents.set(functionName, (queue = new Set()));
  queue.add(event);
  // A separate process reads the queue: the caller has its 202 before the first attempt begins.
  ctx.timers.set(0, () => attempt(ctx, event));
  return requestId;
}

function attempt(ctx: EngineContext, event: AsyncEvent): void {
  const fn = ctx.functions.get(event.functionName);
  if (fn === undefined) return fail(ctx, event, 'function-not-found');
  if (fn.reserved === 0) return fail(ctx, event, 'reserved-concurrency-zero');
  if (!ctx.concurrency.canRun(fn)) {
    throttle(ctx, fn, event.requestId);
    return throttled(ctx, event, fn.config);
  }
  event.state = 'running';
  event.attempts++;
  const { functionName, requestId, eventJson, origin } = event;
  emitSource(ctx, { type: 'async-attempt', functionName, requestId, attempt: event.attempts });
  const request = { requestId, eventJson, invocationType: 'Event' as const, origin };
  void dispatch(ctx, fn, request).then((result) => settle(ctx, event, result));
}

function settle(ctx: EngineContext, event: AsyncEvent, result: InvokeResult): void {
  const { functionName, requestId, attempts } = event;
  if (result.status === 'ok') {
    forget(ctx, event);
    const deliveries = deliverSuccess(ctx, event, result.payload);
    emitSource(ctx, { type: 'async-succeeded', functionName, requestId, attempts, deliveries });
    return;
  }
  const fn = ctx.functions.get(functionName);
  if (fn === undefined) return fail(ctx, event, 'function-not-found');
  if (result.status === 'throttled') return throttled(ctx, event, fn.config);
  event.lastError = result.payload;
  event.lastThrottled = false;
  // Timeouts and crashes are function errors too (invocation-async-error-handling).
  if (attempts > asyncSettingsOf(fn.config).maximumRetryAttempts) {
    return fail(ctx, event, 'retries-exhausted');
  }
  retryLater(ctx, event, fn.config, RETRY_STEP_MS * attempts, result.status);
}

/** The on-success destination's invocation record, when the function has one. */
function deliverSuccess(
  ctx: EngineContext,
  event: AsyncEvent,
  payload: string,
): DestinationDelivery[] {
  const fn = ctx.functions.get(event.functionName);
  const onSuccess = fn && asyncSettingsOf(fn.config).onSuccess;
  if (!onSuccess) return [];
  const record = successRecord(ctx.clock.now(), event, payload);
  return [deliverRecord(ctx, 'on-success-destination', onSuccess, event.functionName, record)];
}

function throttled(ctx: EngineContext, event: AsyncEvent, config: FunctionConfig): void {
  event.lastThrottled = true;
  const delayMs = event.throttleDelayMs;
  event.throttleDelayMs = Math.min(delayMs * 2, THROTTLE_MAX_MS);
  retryLater(ctx, event, config, delayMs, 'throttled');
}

/** An event that could only be retried after its maximum age fails now rather than wait for it. */
function retryLater(
  ctx: EngineContext,
  event: AsyncEvent,
  config: FunctionConfig,
  delayMs: number,
  reason: AsyncRetryReason,
): void {
  const dueAt = ctx.clock.now() + delayMs;
  if (dueAt - event.receivedAt > asyncSettingsOf(config).maximumEventAgeSec * 1000) {
    return fail(ctx, event, 'event-age-exceeded');
  }
  event.state = 'retrying';
  const { functionName, requestId, attempts } = event;
  emitSource(ctx, {
    type: 'async-retry-scheduled',
    functionName,
    requestId,
    reason,
    attempts,
    dueAt,
  });
  ctx.timers.set(delayMs, () => attempt(ctx, event));
}

function fail(ctx: EngineContext, event: AsyncEvent, reason: AsyncFailureReason): void {
  forget(ctx, event);
  const fn = ctx.functions.get(event.functionName);
  const deliveries = fn === undefined ? [] : deliverFailure(ctx, event, fn.config, reason);
  const { functionName, requestId, attempts } = event;
  const dropped = deliveries.every((delivery) => delivery.messageId === null);
  emitSource(ctx, {
    type: 'async-failed',
    functionName,
    requestId,
    reason,
    attempts,
    deliveries,
    dropped,
  });
}

function forget(ctx: EngineContext, event: AsyncEvent): void {
  const queue = ctx.asyncEvents.get(event.functionName);
  if (queue === undefined) return;
  queue.delete(event);
  if (queue.size === 0) ctx.asyncEvents.delete(event.functionName);
}

export function asyncQueueSnapshots(ctx: EngineContext): ReadonlyMap<string, AsyncQueueSnapshot> {
  const snapshots = new Map<string, AsyncQueueSnapshot>();
  for (const [functionName, queue] of ctx.asyncEvents) {
    const counts = { waiting: 0, retrying: 0, inFlight: 0 };
    for (const event of queue) {
      if (event.state === 'running') counts.inFlight++;
      else counts[event.state]++;
    }
    snapshots.set(functionName, counts);
  }
  return snapshots;
}
