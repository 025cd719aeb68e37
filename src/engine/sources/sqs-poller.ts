// An SQS event source mapping's poller: receives batches (batch size, batching window), invokes the
// function synchronously with each, deletes what succeeded, and backs off when throttled.
//
// Concurrency, after services-sqs-scaling: up to 5 batches at once; while messages keep waiting with
// every batch busy, 300 more per minute, up to 1,000, capped by MaximumConcurrency. FIFO batches are
// further bounded by message groups (sqs-receive.ts). Scaling back down is not modelled.
import type { EngineContext } from '../context';
import { isRecursiveLoop } from '../instances/call-chains';
import { dispatch } from '../instances/invocation';
import type { HeldMessage, Mapping, SqsQueue } from './source-model';
import { emitSource, requireShapes } from './source-support';
import {
  countReceivable,
  deleteSucceeded,
  nextVisibleAt,
  receive,
  recordInput,
} from './sqs-receive';
import { moveMessage } from './sqs-queues';
import type { InvokeResult } from '../types';

const INITIAL_BATCHES = 5;
const SCALE_STEP = 300;
const SCALE_PERIOD_MS = 60_000;
const MAX_BATCHES = 1000;
// Lambda does not document the poller's back-off; the async queue's (1 s doubling to 5 min) is used.
export const POLLER_BACKOFF = { firstMs: 1000, maxMs: 300_000 } as const;

/** Wakes every mapping that reads the queue: it polls once the current moment's work is done. */
export function pokeQueue(ctx: EngineContext, queueName: string): void {
  for (const mapping of ctx.mappings.values()) {
    if (mapping.queueName === queueName) schedulePoll(ctx, mapping, 0);
  }
}

export function pokeFunction(ctx: EngineContext, functionName: string): void {
  for (const mapping of ctx.mappings.values()) {
    if (mapping.functionName === functionName) schedulePoll(ctx, mapping, 0);
  }
}

// One pending poll per mapping, so many sends in one moment make a single poll.
export function schedulePoll(ctx: EngineContext, mapping: Mapping, delayMs: number): void {
  if (mapping.pollTimer !== null || mapping.deleted) return;
  mapping.pollTimer = ctx.timers.set(delayMs, () => {
    mapping.pollTimer = null;
    poll(ctx, mapping);
  });
}

function allowedBatches(mapping: Mapping, now: number): number {
  const minutes =
    mapping.backlogSince === null ? 0 : (now - mapping.backlogSince) / SCALE_PERIOD_MS;
  const scaled = Math.min(INITIAL_BATCHES + Math.floor(minutes) * SCALE_STEP, MAX_BATCHES);
  return Math.min(scaled, mapping.maximumConcurrency ?? MAX_BATCHES);
}

function poll(ctx: EngineContext, mapping: Mapping): void {
  const queue = ctx.queues.get(mapping.queueName);
  // Without its function (removed, not yet deployed) the mapping waits; messages stay queued.
  if (queue === undefined || !ctx.functions.has(mapping.functionName)) return;
  const now = ctx.clock.now();
  if (now < mapping.pausedUntil) return schedulePoll(ctx, mapping, mapping.pausedUntil - now);
  while (mapping.activeBatches < allowedBatches(mapping, now)) {
    const available = countReceivable(ctx, queue, mapping.batchSize);
    if (available > 0 && available < mapping.batchSize && mapping.windowMs > 0) {
      // Lambda waits for a full batch until the batching window closes (services-sqs-parameters).
      mapping.windowStart ??= now;
      const closesAt = mapping.windowStart + mapping.windowMs;
      if (now < closesAt) {
        if (mapping.windowTimer === null) {
          mapping.windowTimer = ctx.timers.set(closesAt - now, () => {
            mapping.windowTimer = null;
            poll(ctx, mapping);
          });
        }
        return;
      }
    }
    const { held, deadLetterQueues } = receive(ctx, queue, mapping.batchSize);
    for (const name of deadLetterQueues) pokeQueue(ctx, name);
    closeWindow(ctx, mapping);
    if (held.length === 0) {
      mapping.backlogSince = null;
      return;
    }
    wakeAt(ctx, queue, now + queue.visibilityTimeoutMs);
    mapping.activeBatches++;
    invokeBatch(ctx, mapping, queue, held);
  }
  if (countReceivable(ctx, queue, 1) > 0) mapping.backlogSince ??= now;
}

/** The messages waiting went into a batch: the next ones start a window of their own. */
function closeWindow(ctx: EngineContext, mapping: Mapping): void {
  mapping.windowStart = null;
  if (mapping.windowTimer !== null) ctx.timers.clear(mapping.windowTimer);
  mapping.windowTimer = null;
}

/** Arms the queue's one wake-up for when in-flight (or delayed) messages become visible. */
export function wakeAt(ctx: EngineContext, queue: SqsQueue, at: number): void {
  if (queue.wakeTimer !== null && queue.wakeAt <= at) return;
  if (queue.wakeTimer !== null) ctx.timers.clear(queue.wakeTimer);
  queue.wakeAt = at;
  queue.wakeTimer = ctx.timers.set(at - ctx.clock.now(), () => {
    queue.wakeTimer = null;
    queue.wakeAt = Infinity;
    pokeQueue(ctx, queue.name);
    const next = nextVisibleAt(queue, ctx.clock.now());
    if (next !== Infinity) wakeAt(ctx, queue, next);
  });
}

function invokeBatch(
  ctx: EngineContext,
  mapping: Mapping,
  queue: SqsQueue,
  received: HeldMessage[],
): void {
  let held = received;
  const fn = ctx.functions.get(mapping.functionName);
  if (fn === undefined || mapping.deleted || ctx.queues.get(queue.name) !== queue) {
    // The batch is let go: its messages become visible when their visibility timeout ends.
    mapping.activeBatches--;
    return;
  }
  held = stopRecursiveLoops(ctx, fn.name, queue, held);
  if (held.length === 0) {
    mapping.activeBatches--;
    schedulePoll(ctx, mapping, 0);
    return;
  }
  const eventJson = requireShapes(ctx).sqsEvent(
    { name: queue.name, fifo: queue.fifo },
    held.map(recordInput),
  );
  const requestId = ctx.ids.requestId();
  // The batch joins the chain of the first message a handler sent (call-chains.ts).
  const origin = held.find(({ message }) => message.origin !== null)?.message.origin ?? undefined;
  const messageIds = held.map(({ message }) => message.messageId);
  const { id: mappingId, queueName, functionName } = mapping;
  emitSource(ctx, { type: 'sqs-batch', mappingId, queueName, functionName, requestId, messageIds });
  void dispatch(ctx, fn, { requestId, eventJson, invocationType: 'RequestResponse', origin }).then(
    (result) => finishBatch(ctx, mapping, queue, held, requestId, result),
  );
}

/**
 * Messages whose chain of requests has invoked the function 16 times are not delivered: Lambda
 * stops the loop, and the message goes to the queue's dead-letter queue, or is dropped without one.
 * Returns the messages still to deliver.
 */
function stopRecursiveLoops(
  ctx: EngineContext,
  functionName: string,
  queue: SqsQueue,
  held: HeldMessage[],
): HeldMessage[] {
  const deliver: HeldMessage[] = [];
  for (const item of held) {
    const { origin } = item.message;
    if (origin === null || !isRecursiveLoop(ctx, functionName, origin)) {
      deliver.push(item);
      continue;
    }
    emitSource(ctx, { type: 'recursion-stopped', functionName, source: 'aws:sqs', origin });
    const deadLetter =
      queue.deadLetterQueue === null ? undefined : ctx.queues.get(queue.deadLetterQueue);
    if (deadLetter === undefined) queue.messages.delete(item.message.messageId);
    else moveMessage(ctx, item.message, queue, deadLetter, 'recursive-loop');
  }
  return deliver;
}

function resultOf(mapping: Mapping, requestId: string) {
  const { id: mappingId, queueName, functionName } = mapping;
  return { type: 'sqs-batch-result' as const, mappingId, queueName, functionName, requestId };
}

function finishBatch(
  ctx: EngineContext,
  mapping: Mapping,
  queue: SqsQueue,
  held: HeldMessage[],
  requestId: string,
  result: InvokeResult,
): void {
  if (result.status === 'throttled') return throttled(ctx, mapping, queue, held, requestId);
  mapping.throttleDelayMs = POLLER_BACKOFF.firstMs;
  const messageIds = held.map(({ message }) => message.messageId);
  let failed: readonly string[] = messageIds;
  if (result.status === 'ok') {
    // Without ReportBatchItemFailures a response is never read: success deletes the whole batch.
    failed = mapping.reportBatchItemFailures
      ? requireShapes(ctx).parseBatchResponse(result.payload, messageIds)
      : [];
  }
  const settled = deleteSucceeded(queue, held, new Set(failed));
  emitSource(ctx, {
    ...resultOf(mapping, requestId),
    status: result.status,
    ...settled,
    retryAt: null,
  });
  mapping.activeBatches--;
  schedulePoll(ctx, mapping, 0);
}

/**
 * A throttled batch is tried again after the back-off while its messages stay hidden, which is why
 * AWS asks for a visibility timeout of 6 × the function timeout (services-sqs-configure); if they
 * would be visible by then, the batch is let go. Either way the poller receives nothing new until then.
 */
function throttled(
  ctx: EngineContext,
  mapping: Mapping,
  queue: SqsQueue,
  held: HeldMessage[],
  requestId: string,
): void {
  const delayMs = mapping.throttleDelayMs;
  mapping.throttleDelayMs = Math.min(delayMs * 2, POLLER_BACKOFF.maxMs);
  const retryAt = ctx.clock.now() + delayMs;
  mapping.pausedUntil = Math.max(mapping.pausedUntil, retryAt);
  const stillHeld = held.every(
    ({ message, receipt }) => message.receipt === receipt && message.invisibleUntil > retryAt,
  );
  const failedIds = held.map(({ message }) => message.messageId);
  emitSource(ctx, {
    ...resultOf(mapping, requestId),
    status: 'throttled',
    deletedIds: [],
    failedIds,
    retryAt: stillHeld ? retryAt : null,
  });
  if (stillHeld) {
    ctx.timers.set(delayMs, () => invokeBatch(ctx, mapping, queue, held));
    return;
  }
  mapping.activeBatches--;
  schedulePoll(ctx, mapping, delayMs);
}
