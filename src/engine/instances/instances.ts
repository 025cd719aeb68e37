// The instance state machine: start, go idle, get reaped or end, each step reported as it happens.
import type { EngineContext } from '../context';
import { forEachIdle, pushIdle, removeIdle } from './idle-list';
import { logStreamName } from '../ids';
import { platformLine, type PlatformRecord } from '../logs/platform-records';
import type { FunctionRecord, Instance } from '../model';
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
  if (instance.state === 'idle') event.idleDeadline = instance.idleDeadline;
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

/** A new environment for the function's current version: `starting`, then the INIT_START line. */
export function createInstance(ctx: EngineContext, fn: FunctionRecord): Instance {
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
    state: 'starting',
    lastUsed: now,
    idleDeadline: NaN,
    needsInit: false,
    newer: null,
    older: null,
  };
  ctx.instances.set(instance.id, instance);
  emitInstance(ctx, instance);
  if (ctx.bus.active()) emitPlatformLine(ctx, instance, { type: 'initStart' });
  return instance;
}

/** Warm and waiting, with a freshly drawn deadline; the reaper's sweep will find it. */
export function makeIdle(ctx: EngineContext, instance: Instance): void {
  const now = ctx.clock.now();
  instance.state = 'idle';
  instance.lastUsed = now;
  instance.idleDeadline = now + drawIdleLifetime(ctx.settings, ctx.random);
  pushIdle(instance.fn.idle, instance);
  ctx.reaper.noteIdle();
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
  instance.idleDeadline = now + drawIdleLifetime(ctx.settings, ctx.random);
  pushIdle(instance.fn.idle, instance);
  ctx.reaper.noteIdle();
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
  ctx.executor.stopInstance(instance.id);
  emitInstance(ctx, instance, reason);
}

export function reapIdle(ctx: EngineContext, instance: Instance, reason: ReapReason): void {
  removeIdle(instance.fn.idle, instance);
  endInstance(ctx, instance, 'reaped', reason);
}

export function reapAllIdle(ctx: EngineContext, fn: FunctionRecord, reason: ReapReason): void {
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
