// Event source mappings from SQS queues to functions: created after Lambda's checks, deleted, listed.
import type { EngineContext } from '../context';
import { ApiError, invalidParameter, ResourceNotFoundError } from '../errors';
import type { Mapping } from './source-model';
import { emitResource, requireShapes } from './source-support';
import type { EventSourceMappingConfig, MappingSnapshot } from './source-types';
import { POLLER_BACKOFF, schedulePoll } from './sqs-poller';
import { requireQueue } from './sqs-queues';
import { BATCH_SIZE, mappingProblem } from './validate-sources';

export function createMapping(ctx: EngineContext, config: EventSourceMappingConfig): string {
  requireShapes(ctx);
  const queue = requireQueue(ctx, config.queue);
  const fn = ctx.functions.get(config.functionName);
  if (fn === undefined) throw new ResourceNotFoundError(config.functionName);
  const visibilityTimeoutSec = queue.visibilityTimeoutMs / 1000;
  const problem = mappingProblem(config, { fifo: queue.fifo, visibilityTimeoutSec }, fn.config);
  if (problem !== null) throw invalidParameter(problem);
  for (const other of ctx.mappings.values()) {
    if (other.queueName === queue.name && other.functionName === fn.name) {
      const message = `An event source mapping from ${queue.name} to ${fn.name} already exists: ${other.id}`;
      throw new ApiError('ResourceConflictException', 409, message);
    }
  }
  const mapping: Mapping = {
    id: ctx.ids.uuid(),
    queueName: queue.name,
    functionName: fn.name,
    batchSize: config.batchSize ?? BATCH_SIZE.default,
    windowMs: (config.maximumBatchingWindowSec ?? 0) * 1000,
    reportBatchItemFailures: config.reportBatchItemFailures === true,
    maximumConcurrency: config.maximumConcurrency ?? null,
    deleted: false,
    activeBatches: 0,
    pollTimer: null,
    windowStart: null,
    windowTimer: null,
    backlogSince: null,
    throttleDelayMs: POLLER_BACKOFF.firstMs,
    pausedUntil: -Infinity,
  };
  ctx.mappings.set(mapping.id, mapping);
  emitResource(ctx, 'event-source-mapping', mapping.id, 'created', `${queue.name} → ${fn.name}`);
  schedulePoll(ctx, mapping, 0);
  return mapping.id;
}

/** Batches in flight still finish: their successes are deleted, their failures come back. */
export function deleteMapping(ctx: EngineContext, id: string): void {
  const mapping = ctx.mappings.get(id);
  if (mapping === undefined) {
    throw new ApiError('ResourceNotFoundException', 404, `Event source mapping not found: ${id}`);
  }
  mapping.deleted = true;
  for (const timer of [mapping.pollTimer, mapping.windowTimer]) {
    if (timer !== null) ctx.timers.clear(timer);
  }
  ctx.mappings.delete(id);
  emitResource(ctx, 'event-source-mapping', id, 'deleted');
}

export function mappingSnapshots(ctx: EngineContext): MappingSnapshot[] {
  return [...ctx.mappings.values()].map((mapping) => ({
    id: mapping.id,
    queue: mapping.queueName,
    functionName: mapping.functionName,
    batchSize: mapping.batchSize,
    maximumBatchingWindowSec: mapping.windowMs / 1000,
    reportBatchItemFailures: mapping.reportBatchItemFailures,
    maximumConcurrency: mapping.maximumConcurrency,
    activeBatches: mapping.activeBatches,
  }));
}
