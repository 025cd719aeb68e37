// The instance state machine: start, go idle, get reaped or end, each step reported as it happens.
import type { EngineContext } from '../context';
import { forEachIdle, pushIdle, removeIdle } from './idle-list';
import { logStreamName } from '../ids';
import { platformLine, type PlatformRecord } from '../logs/platform-records';
import type { FunctionRecord, IdleList, Instance } from '../model';
import { drawIdleLifetime } from './reaper';
import type { LogRecord, PlatformEvent, ReapReason } from '../types';

type InstanceEvent = Extract<PlatformEvent, { type: 'instance' }>;

export function emitInstance(ctx: EngineContext, instance: Instance, reason?: ReapReason): void {
  if (!ctx.bus.active()) return;
  const event: InstanceEvent = {
    type: 'instance',
    time: ctx.clock.now(),
    functionName: instance.fn.name,
    instanceId: instance.id,
    version: instance.version,
    state: instance.state,
  };
  if (reason !== undefined) event.reason = reason;
  // A provisioned environment has no idle deadline: it is kept while provisioned concurrency is on.
  if (instance.state === 'idle' && Number.isFinite(instance.idleDeadline)) {
    event.idleDeadline = instance.idleDeadline;
  }
  if (instance.provisioned) event.provisioned = true;
  ctx.bus.emit(event);
}

/**
 * A platform line (START, END, REPORT, INIT_*) in the instance's log stream, in the function's log
 * format; none when its system log level keeps the record out. Callers check `ctx.bus.active()`
 * first, so nobody formats a line that no one will read.
 */
export function emitPlatformLine(
  ctx: EngineContext,
  instance: Instance,
  record: PlatformRecord,
): void {
  const text = platformLine(record, instance.config, ctx.wallClock());
  if (text === null) return;
  const time = ctx.clock.now();
  ctx.bus.emit({
    type: 'log',
    time,
    functionName: instance.fn.name,
    instanceId: instance.id,
    entry: { kind: 'platform', time, text },
  });
}

/** A line the instance's code (or its runtime) wrote. */
export function emitAppLine(ctx: EngineContext, instance: Instance, record: LogRecord): void {
  if (!ctx.bus.active()) return;
  const time = ctx.clock.now();
  const { id: instanceId, fn } = instance;
  const entry = { kind: 'app' as const, record };
  ctx.bus.emit({ type: 'log', time, functionName: fn.name, instanceId, entry });
}

/** Work an earlier invocation left running ran during `requestId`'s, on this instance. */
export function emitAfterReturn(ctx: EngineContext, instance: Instance, requestId: string): void {
  if (!ctx.bus.active()) return;
  const { id: instanceId, fn } = instance;
  ctx.bus.emit({
    type: 'after-return',
    time: ctx.clock.now(),
    functionName: fn.name,
    instanceId,
    requestId,
  });
}

/**
 * A new environment for the function's current version: `starting`, then the INIT_START line.
 * `provisioned`: started ahead as provisioned concurrency rather than for a request.
 */
export function createInstance(
  ctx: EngineContext,
  fn: FunctionRecord,
  provisioned = false,
): Instance {
  const count = (ctx.startedCounts.get(fn.name) ?? 0) + 1;
  ctx.startedCounts.set(fn.name, count);
  const now = ctx.clock.now();
  const instance: Instance = {
    id: `${fn.name}-${count}`,
    fn,
    version: fn.version,
    config: fn.config,
    logStreamName: logStreamName(now, ctx.ids.streamHex()),
    startedAt: now,
    provisioned,
    state: 'starting',
    lastUsed: now,
    idleDeadline: NaN,
    needsInit: false,
    callsInFlight: 0,
    stillInCalls: 0,
    releaseOverdue: null,
    newer: null,
    older: null,
  };
  ctx.instances.set(instance.id, instance);
  emitInstance(ctx, instance);
  if (ctx.bus.active()) emitPlatformLine(ctx, instance, { type: 'initStart', provisioned });
  return instance;
}

/** The idle list an instance waits in: provisioned environments have their own. */
function idleListOf(instance: Instance): IdleList {
  return instance.provisioned ? instance.fn.provisionedIdle : instance.fn.idle;
}

/**
 * Puts a waiting instance in its idle list. An on-demand one gets a freshly drawn deadline the
 * reaper's sweep will find; a provisioned one none (Infinity): it stays while provisioned.
 */
function waitIdle(ctx: EngineContext, instance: Instance, now: number): void {
  pushIdle(idleListOf(instance), instance);
  if (instance.provisioned) {
    instance.idleDeadline = Infinity;
    return;
  }
  instance.idleDeadline = now + drawIdleLifetime(ctx.settings, ctx.random);
  ctx.reaper.noteIdle();
}

/** Warm and waiting, until a request takes it or the reaper (on-demand ones only) ends it. */
export function makeIdle(ctx: EngineContext, instance: Instance): void {
  const now = ctx.clock.now();
  instance.state = 'idle';
  instance.lastUsed = now;
  waitIdle(ctx, instance, now);
  emitInstance(ctx, instance);
}

/**
 * A crash or a timeout resets the environment rather than removing it: Lambda shuts the runtime
 * down, and an environment it reuses runs INIT again inside the next invocation
 * (docs/aws-lambda.md#reset-after-a-crash-or-timeout). Until then it waits as an idle one does,
 * on the stage in the state it failed with, and is reaped when its idle lifetime runs out.
 */
export function resetInstance(
  ctx: EngineContext,
  instance: Instance,
  state: 'crashed' | 'timed-out',
): void {
  // The executor has usually ended the worker already; a runtime still alive ends here.
  ctx.executor.stopInstance(instance.id);
  const now = ctx.clock.now();
  instance.state = state;
  instance.needsInit = true;
  instance.lastUsed = now;
  waitIdle(ctx, instance, now);
  emitInstance(ctx, instance);
}

/** The environment is gone for good: reaped, crashed or timed out. */
export function endInstance(
  ctx: EngineContext,
  instance: Instance,
  state: 'reaped' | 'crashed' | 'timed-out',
  reason?: ReapReason,
): void {
  instance.state = state;
  instance.idleDeadline = NaN;
  ctx.instances.delete(instance.id);
  instance.fn.provisioned.delete(instance);
  ctx.executor.stopInstance(instance.id);
  emitInstance(ctx, instance, reason);
}

export function reapIdle(ctx: EngineContext, instance: Instance, reason: ReapReason): void {
  removeIdle(idleListOf(instance), instance);
  endInstance(ctx, instance, 'reaped', reason);
}

export function reapAllIdle(ctx: EngineContext, fn: FunctionRecord, reason: ReapReason): void {
  forEachIdle(fn.provisionedIdle, (instance) => reapIdle(ctx, instance, reason));
  forEachIdle(fn.idle, (instance) => reapIdle(ctx, instance, reason));
}

/** The reaper's sweep: reaps idle instances past their deadline, returns the earliest one left. */
export function sweepIdle(ctx: EngineContext, now: number): number {
  let earliest = Infinity;
  for (const fn of ctx.functions.values()) {
    forEachIdle(fn.idle, (instance) => {
      if (instance.idleDeadline <= now) reapIdle(ctx, instance, 'idle-timeout');
      else if (instance.idleDeadline < earliest) earliest = instance.idleDeadline;
    });
  }
  return earliest;
}
