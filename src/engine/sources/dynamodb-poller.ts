// A DynamoDB stream's event source mapping: reads the shard in order, batches up to BatchSize
// (waiting out a batching window), invokes the function synchronously with one batch at a time,
// and on failure retries that batch, holding the shard back, until it succeeds, its retries run
// out, or its records grow too old; BisectBatchOnFunctionError splits a failing batch, and a
// partial batch response checkpoints before the first reported record
// (docs/aws-services.md#dynamodb-streams).
import type { EngineContext } from '../context';
import { ApiError, invalidParameter, ResourceNotFoundError } from '../errors';
import { dispatch } from '../instances/invocation';
import type { InvokeResult } from '../types';
import { requireShapes } from './source-support';
import type { StreamBatch, StreamMapping, StreamRecord } from './dynamodb-stream-model';
import type {
  StreamDiscardReason,
  StreamMappingConfig,
  StreamMappingSnapshot,
} from './dynamodb-stream-types';
import { emitStream } from './dynamodb-stream-support';
import {
  STREAM_BATCH_SIZE,
  STREAM_BATCHING_WINDOW,
  STREAM_RECORD_AGE,
  STREAM_RETRY_ATTEMPTS,
  streamMappingProblem,
} from './dynamodb-rules';
import { STREAM_RETENTION_MS, trimStream, unread } from './dynamodb-streams';

/** "Lambda polls shards in your DynamoDB stream for records at a base rate of 4 times per second." */
export const STREAM_POLL_INTERVAL_MS = 250;
// Lambda does not document the wait between a stream batch's retries; the SQS poller's back-off
// (1 s, doubling, at most 5 min) is used, so an always-failing batch does not spin.
export const STREAM_RETRY_BACKOFF = { firstMs: 1000, maxMs: 300_000 } as const;

export function createStreamMapping(ctx: EngineContext, config: StreamMappingConfig): string {
  requireShapes(ctx);
  const problem = streamMappingProblem(config);
  if (problem !== null) throw invalidParameter(problem);
  const table = ctx.ddbTables.get(config.tableName);
  if (table?.stream === null || table?.stream === undefined) {
    // The table, or its stream, does not exist: Lambda cannot find the stream ARN.
    throw invalidParameter(`Stream not found for table ${config.tableName}`);
  }
  const fn = ctx.functions.get(config.functionName);
  if (fn === undefined) throw new ResourceNotFoundError(config.functionName);
  const stream = table.stream;
  for (const other of ctx.streamMappings.values()) {
    if (other.stream === stream && other.functionName === fn.name) {
      const message = `The event source arn and function provided mapping already exists. Please update or delete the existing mapping with UUID ${other.id}`;
      throw new ApiError('ResourceConflictException', 409, message);
    }
  }
  const now = ctx.clock.now();
  trimStream(stream, now);
  // LATEST: what is written from now on; TRIM_HORIZON: the oldest record the stream still keeps.
  const position =
    config.startingPosition === 'LATEST' ? table.written + 1 : (stream.records[0]?.index ?? 1);
  const mapping: StreamMapping = {
    id: ctx.ids.uuid(),
    tableName: config.tableName,
    stream,
    functionName: fn.name,
    startingPosition: config.startingPosition,
    batchSize: config.batchSize ?? STREAM_BATCH_SIZE.default,
    windowMs: (config.maximumBatchingWindowSec ?? STREAM_BATCHING_WINDOW.default) * 1000,
    maximumRetryAttempts: config.maximumRetryAttempts ?? STREAM_RETRY_ATTEMPTS.default,
    maximumRecordAgeSec: config.maximumRecordAgeSec ?? STREAM_RECORD_AGE.default,
    bisect: config.bisectBatchOnFunctionError === true,
    reportBatchItemFailures: config.reportBatchItemFailures === true,
    createdAt: now,
    deleted: false,
    position,
    retries: [],
    inFlight: null,
    pollTimer: null,
    retryTimer: null,
    retryAt: null,
    windowStart: null,
    windowTimer: null,
    retryDelayMs: STREAM_RETRY_BACKOFF.firstMs,
  };
  ctx.streamMappings.set(mapping.id, mapping);
  schedulePoll(ctx, mapping, 0);
  return mapping.id;
}

/** A batch in flight still finishes; nothing more is read or retried. */
export function deleteStreamMapping(ctx: EngineContext, id: string): void {
  const mapping = ctx.streamMappings.get(id);
  if (mapping === undefined) {
    throw new ApiError('ResourceNotFoundException', 404, `Event source mapping not found: ${id}`);
  }
  mapping.deleted = true;
  for (const timer of [mapping.pollTimer, mapping.windowTimer, mapping.retryTimer]) {
    if (timer !== null) ctx.timers.clear(timer);
  }
  ctx.streamMappings.delete(id);
}

export function streamMappingSnapshots(ctx: EngineContext): StreamMappingSnapshot[] {
  return [...ctx.streamMappings.values()].map((mapping) => {
    const held = [...mapping.retries, ...(mapping.inFlight ? [mapping.inFlight] : [])];
    return {
      id: mapping.id,
      tableName: mapping.tableName,
      functionName: mapping.functionName,
      startingPosition: mapping.startingPosition,
      batchSize: mapping.batchSize,
      maximumBatchingWindowSec: mapping.windowMs / 1000,
      maximumRetryAttempts: mapping.maximumRetryAttempts,
      maximumRecordAgeSec: mapping.maximumRecordAgeSec,
      bisectBatchOnFunctionError: mapping.bisect,
      reportBatchItemFailures: mapping.reportBatchItemFailures,
      waiting:
        held.reduce((sum, batch) => sum + batch.records.length, 0) +
        unread(mapping.stream, mapping).length,
      busy: held.length > 0,
    };
  });
}

/** New records: each mapping of the table reads them at its next quarter-second poll. */
export function pokeTable(ctx: EngineContext, tableName: string): void {
  const now = ctx.clock.now();
  for (const mapping of ctx.streamMappings.values()) {
    if (mapping.tableName !== tableName) continue;
    const sinceTick = (now - mapping.createdAt) % STREAM_POLL_INTERVAL_MS;
    schedulePoll(ctx, mapping, sinceTick === 0 ? 0 : STREAM_POLL_INTERVAL_MS - sinceTick);
  }
}

/** A function deployed (or replaced): its mappings that waited for it can read now. */
export function pokeStreamFunction(ctx: EngineContext, functionName: string): void {
  for (const mapping of ctx.streamMappings.values()) {
    if (mapping.functionName === functionName) schedulePoll(ctx, mapping, 0);
  }
}

function schedulePoll(ctx: EngineContext, mapping: StreamMapping, delayMs: number): void {
  if (mapping.pollTimer !== null || mapping.deleted) return;
  mapping.pollTimer = ctx.timers.set(delayMs, () => {
    mapping.pollTimer = null;
    poll(ctx, mapping);
  });
}

function poll(ctx: EngineContext, mapping: StreamMapping): void {
  if (mapping.deleted || mapping.inFlight !== null || mapping.retryTimer !== null) return;
  // Without its function (removed, not yet deployed) the mapping waits; the shard keeps its place.
  if (!ctx.functions.has(mapping.functionName)) return;
  const retry = mapping.retries.shift();
  if (retry !== undefined) return invokeBatch(ctx, mapping, retry);
  const now = ctx.clock.now();
  trimStream(mapping.stream, now);
  const available = unread(mapping.stream, mapping);
  if (available.length === 0) return;
  if (available.length < mapping.batchSize && mapping.windowMs > 0) {
    // Lambda gathers records until the batch is full or the batching window closes.
    mapping.windowStart ??= now;
    const closesAt = mapping.windowStart + mapping.windowMs;
    if (now < closesAt) {
      mapping.windowTimer ??= ctx.timers.set(closesAt - now, () => {
        mapping.windowTimer = null;
        poll(ctx, mapping);
      });
      return;
    }
  }
  mapping.windowStart = null;
  if (mapping.windowTimer !== null) ctx.timers.clear(mapping.windowTimer);
  mapping.windowTimer = null;
  const records = available.slice(0, mapping.batchSize);
  mapping.position = records.at(-1)!.index + 1;
  invokeBatch(ctx, mapping, { records, retries: 0 });
}

/** The distinct invocations whose writes made these records. */
function originsOf(records: readonly StreamRecord[]) {
  const origins = new Map<string, { functionName: string; requestId: string }>();
  for (const { change } of records) {
    if (change.origin !== null) origins.set(change.origin.requestId, { ...change.origin });
  }
  return [...origins.values()];
}

function invokeBatch(ctx: EngineContext, mapping: StreamMapping, batch: StreamBatch): void {
  const fn = ctx.functions.get(mapping.functionName);
  if (fn === undefined) {
    mapping.retries.unshift(batch);
    return;
  }
  mapping.inFlight = batch;
  const eventJson = requireShapes(ctx).dynamodbStreamEvent(
    {
      tableName: mapping.tableName,
      streamLabel: mapping.stream.label,
      streamViewType: mapping.stream.viewType,
    },
    batch.records.map(({ sequenceNumber, createdAt, change }) => ({
      sequenceNumber,
      createdAt,
      change,
    })),
  );
  const requestId = ctx.ids.requestId();
  emitStream(ctx, {
    type: 'ddb-stream-batch',
    mappingId: mapping.id,
    tableName: mapping.tableName,
    functionName: mapping.functionName,
    requestId,
    sequenceNumbers: batch.records.map((record) => record.sequenceNumber),
    attempt: batch.retries + 1,
    origins: originsOf(batch.records),
  });
  void dispatch(ctx, fn, { requestId, eventJson, invocationType: 'RequestResponse' }).then(
    (result) => finishBatch(ctx, mapping, batch, requestId, result),
  );
}

const sequenceNumbersOf = (records: readonly StreamRecord[]) =>
  records.map((record) => record.sequenceNumber);

/** What happened to a batch, for its result event. */
interface Settled {
  processed: readonly StreamRecord[];
  /** Batches to try again, in shard order. */
  again: StreamBatch[];
  discarded: readonly StreamRecord[];
  discardReason: StreamDiscardReason | null;
  bisected: boolean;
}

function finishBatch(
  ctx: EngineContext,
  mapping: StreamMapping,
  batch: StreamBatch,
  requestId: string,
  result: InvokeResult,
): void {
  mapping.inFlight = null;
  const settled = settle(ctx, mapping, batch, result);
  const retrying = settled.again.length > 0;
  const waitMs = retrying ? mapping.retryDelayMs : 0;
  mapping.retryDelayMs = retrying
    ? Math.min(waitMs * 2, STREAM_RETRY_BACKOFF.maxMs)
    : STREAM_RETRY_BACKOFF.firstMs;
  emitStream(ctx, {
    type: 'ddb-stream-batch-result',
    mappingId: mapping.id,
    tableName: mapping.tableName,
    functionName: mapping.functionName,
    requestId,
    status: result.status,
    processed: sequenceNumbersOf(settled.processed),
    retrying: settled.again.flatMap((again) => sequenceNumbersOf(again.records)),
    discarded: sequenceNumbersOf(settled.discarded),
    discardReason: settled.discardReason,
    bisected: settled.bisected,
    retryAt: retrying ? ctx.clock.now() + waitMs : null,
  });
  if (mapping.deleted) return;
  if (settled.again.length === 0) return schedulePoll(ctx, mapping, 0);
  mapping.retries.unshift(...settled.again);
  mapping.retryAt = ctx.clock.now() + waitMs;
  mapping.retryTimer = ctx.timers.set(waitMs, () => {
    mapping.retryTimer = null;
    mapping.retryAt = null;
    poll(ctx, mapping);
  });
}

/** How long a record may wait: MaximumRecordAgeInSeconds, or until the stream drops it. */
function maxAgeMs(mapping: StreamMapping): number {
  const ageMs = mapping.maximumRecordAgeSec === -1 ? Infinity : mapping.maximumRecordAgeSec * 1000;
  return Math.min(ageMs, STREAM_RETENTION_MS);
}

function settle(
  ctx: EngineContext,
  mapping: StreamMapping,
  batch: StreamBatch,
  result: InvokeResult,
): Settled {
  const { records } = batch;
  const none = { processed: [], discarded: [], discardReason: null, bisected: false };
  // A throttle is no attempt: the same batch is tried again after the back-off.
  if (result.status === 'throttled') return { ...none, again: [batch] };
  let processed: readonly StreamRecord[] = [];
  let failing = records;
  if (result.status === 'ok') {
    if (!mapping.reportBatchItemFailures) return { ...none, processed: records, again: [] };
    const failed = requireShapes(ctx).parseBatchResponse(
      result.payload,
      sequenceNumbersOf(records),
    );
    if (failed.length === 0) return { ...none, processed: records, again: [] };
    // The lowest reported sequence number is the checkpoint: the records before it are done.
    const failedSet = new Set(failed);
    const checkpoint = records.findIndex((record) => failedSet.has(record.sequenceNumber));
    processed = records.slice(0, checkpoint);
    failing = records.slice(checkpoint);
  } else if (mapping.bisect && records.length > 1) {
    // Splitting a batch does not count towards the retry quota.
    const half = Math.ceil(records.length / 2);
    const halves = [records.slice(0, half), records.slice(half)].map((part) => ({
      records: part,
      retries: batch.retries,
    }));
    return { ...none, again: halves, bisected: true };
  }
  const retries = batch.retries + 1;
  if (mapping.maximumRetryAttempts !== -1 && retries > mapping.maximumRetryAttempts) {
    return {
      ...none,
      processed,
      again: [],
      discarded: failing,
      discardReason: 'retries-exhausted',
    };
  }
  // Records that would be too old by the next attempt are given up on; the rest wait for it.
  const nextAttemptAt = ctx.clock.now() + mapping.retryDelayMs;
  const limit = maxAgeMs(mapping);
  const tooOld = failing.filter((record) => record.createdAt + limit <= nextAttemptAt);
  const kept = failing.filter((record) => record.createdAt + limit > nextAttemptAt);
  return {
    processed,
    again: kept.length > 0 ? [{ records: kept, retries }] : [],
    discarded: tooOld,
    discardReason: tooOld.length > 0 ? 'record-age-exceeded' : null,
    bisected: false,
  };
}
