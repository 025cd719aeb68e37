// Platform decisions in platform time (docs/aws-lambda.md#platform-time). Lambda decides where a
// request goes from its environments' states: a free one takes it, else a new one starts. Ours
// are real workers, and on a slow or busy computer they start and answer later than the model
// says. Left alone, every request arriving while a worker lags would start yet another
// environment, and the count would measure the computer, not Lambda.
//
// So the engine keeps, for each environment that trails the model, when by the model it is free:
// its modeled start plus the function's last measured duration (and INIT, while it starts). A
// request that finds no environment free in reality takes one free by the model, if any: it is
// promised to it and runs there as soon as the real worker catches up. Otherwise a new
// environment starts at once, as on Lambda. Only before the function's first request has ended
// (no duration measured yet) may a request wait undecided, while an environment that started
// before it could by the model be free. With no lag (a fast computer, the engine's tests) nothing
// is promised or held, and routing is as before.
import type { EngineContext } from '../context';
import type { FunctionRecord, Instance } from '../model';
import type { InvokeResult } from '../types';
import type { Request } from './request-flow';

/** The least a request can take on Lambda (its billing granularity). */
const MIN_REQUEST_MS = 1;

/**
 * A lag this small is the page's own message and timer jitter, not a computer falling behind:
 * promising requests for it would only add waits.
 */
const NEGLIGIBLE_LAG_MS = 10;

export interface HeldRequest {
  readonly request: Request;
  /** When it arrived, on the platform's clock. */
  readonly arrivedAt: number;
  /** Answers the caller with what the request's run (on whichever environment) answers. */
  readonly resolve: (result: Promise<InvokeResult>) => void;
}

interface InstanceTimes {
  /** Modeled start of its current work: its cold start, then the request it serves. */
  modelStart: number;
  /** The modeled platform part of its cold start (AWS timing); 0 once it serves. */
  platformMs: number;
  /** How far its current request's real start trails the modeled one; null while it starts. */
  lagMs: number | null;
  /** Requests promised to it, run in turn as it frees. */
  readonly promised: HeldRequest[];
  /** The Duration of its current request once it has ended (it frees as this is set). */
  ranMs: number | null;
}

interface FunctionTimes {
  /** Environments that may be free by the model before they are in reality. */
  readonly behind: Set<Instance>;
  /** Requests waiting for the function's first duration, to be decided then. */
  readonly undecided: HeldRequest[];
  /** The INIT last measured. */
  lastInitMs: number;
  /** The Duration last measured; null until the first request of the function has ended. */
  lastDurationMs: number | null;
  /** Starts a new environment for a request no lagging one takes (invocation.ts). */
  startNew: ((held: HeldRequest) => void) | null;
}

export interface ModelTime {
  readonly functions: WeakMap<FunctionRecord, FunctionTimes>;
  readonly instances: WeakMap<Instance, InstanceTimes>;
}

export function createModelTime(): ModelTime {
  return { functions: new WeakMap(), instances: new WeakMap() };
}

function timesOf(ctx: EngineContext, fn: FunctionRecord): FunctionTimes {
  let times = ctx.modelTime.functions.get(fn);
  if (times === undefined) {
    times = {
      behind: new Set(),
      undecided: [],
      lastInitMs: 0,
      lastDurationMs: null,
      startNew: null,
    };
    ctx.modelTime.functions.set(fn, times);
  }
  return times;
}

const significant = (lagMs: number) => (lagMs > NEGLIGIBLE_LAG_MS ? lagMs : 0);

/** A new environment starts; by the model it started at `modelStart` (its request's arrival). */
export function noteStarting(
  ctx: EngineContext,
  instance: Instance,
  modelStart: number,
  platformMs: number,
): void {
  ctx.modelTime.instances.set(instance, {
    modelStart,
    platformMs,
    lagMs: null,
    promised: [],
    ranMs: null,
  });
  timesOf(ctx, instance.fn).behind.add(instance);
}

/** INIT is done: its request starts now, and by the model at the modeled end of INIT. */
export function noteReady(ctx: EngineContext, instance: Instance, initDurationMs: number): void {
  const fnTimes = timesOf(ctx, instance.fn);
  fnTimes.lastInitMs = initDurationMs;
  const times = ctx.modelTime.instances.get(instance);
  if (times === undefined) return;
  const modeledReady = times.modelStart + times.platformMs + initDurationMs;
  serving(ctx, fnTimes, instance, times, modeledReady);
}

/** `instance` begins a request whose modeled start is `modelStart`. */
function serving(
  ctx: EngineContext,
  fnTimes: FunctionTimes,
  instance: Instance,
  times: InstanceTimes,
  modelStart: number,
): void {
  times.modelStart = modelStart;
  times.platformMs = 0;
  times.ranMs = null;
  times.lagMs = significant(ctx.clock.now() - modelStart);
  if (times.lagMs > 0 || times.promised.length > 0) fnTimes.behind.add(instance);
  else fnTimes.behind.delete(instance);
}

/** An idle environment takes a request that waited since `arrivedAt`. */
export function noteServing(ctx: EngineContext, instance: Instance, arrivedAt: number): void {
  const times: InstanceTimes = {
    modelStart: arrivedAt,
    platformMs: 0,
    lagMs: 0,
    promised: [],
    ranMs: null,
  };
  ctx.modelTime.instances.set(instance, times);
  serving(ctx, timesOf(ctx, instance.fn), instance, times, arrivedAt);
}

/**
 * When `instance` is free by the model, after its current request and those promised to it;
 * null when that cannot be told yet (it starts, and no request of the function has ended).
 */
function modeledFreeAt(
  fnTimes: FunctionTimes,
  times: InstanceTimes,
  now: number,
  servingSince: (times: InstanceTimes) => number,
): number | null {
  const duration = fnTimes.lastDurationMs;
  let free: number;
  if (times.lagMs === null) {
    if (duration === null) return null;
    free = times.modelStart + times.platformMs + fnTimes.lastInitMs + duration;
  } else if (times.ranMs !== null) {
    free = times.modelStart + times.ranMs;
  } else {
    // Still running: at least as long as it has run so far.
    const ranMs = now - servingSince(times);
    free = times.modelStart + Math.max(duration ?? 0, ranMs);
  }
  for (const held of times.promised) free = Math.max(free, held.arrivedAt) + (duration ?? 0);
  return free;
}

const realStartOf = (times: InstanceTimes) => times.modelStart + (times.lagMs ?? 0);

type Decision = 'promised' | 'undecided' | 'new';

/** Where a request that found no free environment goes, by the model. */
function decide(ctx: EngineContext, fn: FunctionRecord, held: HeldRequest): Decision {
  const fnTimes = timesOf(ctx, fn);
  const now = ctx.clock.now();
  let best: InstanceTimes | null = null;
  let bestFree = -Infinity;
  let couldBeFree = false;
  for (const instance of fnTimes.behind) {
    if (instance.version !== fn.version) continue;
    const times = ctx.modelTime.instances.get(instance);
    if (times === undefined) continue;
    const free = modeledFreeAt(fnTimes, times, now, realStartOf);
    if (free === null) {
      const earliest = times.modelStart + times.platformMs + fnTimes.lastInitMs + MIN_REQUEST_MS;
      if (earliest <= held.arrivedAt) couldBeFree = true;
    } else if (free <= held.arrivedAt && free > bestFree) {
      // The most recently freed, as a free environment is picked (idle-list.ts).
      best = times;
      bestFree = free;
    }
  }
  if (best !== null) {
    best.promised.push(held);
    return 'promised';
  }
  if (couldBeFree) {
    fnTimes.undecided.push(held);
    return 'undecided';
  }
  return 'new';
}

/**
 * A request no free environment can take: promised to a lagging one free by the model (the
 * promise answers when it has run), or null, and a new environment starts for it now.
 */
export function waitForLagging(
  ctx: EngineContext,
  fn: FunctionRecord,
  request: Request,
  startNew: (held: HeldRequest) => void,
): Promise<InvokeResult> | null {
  const fnTimes = ctx.modelTime.functions.get(fn);
  if (fnTimes === undefined || fnTimes.behind.size === 0) return null;
  fnTimes.startNew = startNew;
  let resolve: HeldRequest['resolve'] = () => {};
  const answer = new Promise<InvokeResult>((settle) => (resolve = settle));
  const held: HeldRequest = { request, arrivedAt: ctx.clock.now(), resolve };
  return decide(ctx, fn, held) === 'new' ? null : answer;
}

/**
 * `instance` has answered a request that took `durationMs`: the next request promised to it, to
 * run on it now, or null (it goes idle). Requests waiting for a first duration are decided.
 */
export function nextPromised(
  ctx: EngineContext,
  instance: Instance,
  durationMs: number,
): HeldRequest | null {
  const fnTimes = ctx.modelTime.functions.get(instance.fn);
  if (fnTimes === undefined) return null;
  fnTimes.lastDurationMs = durationMs;
  const times = ctx.modelTime.instances.get(instance);
  if (times === undefined) {
    decideUndecided(ctx, instance.fn, fnTimes);
    return null;
  }
  // Free now, by the model since its request's modeled end: requests that waited for a first
  // Duration may turn out to be this environment's.
  times.ranMs = durationMs;
  decideUndecided(ctx, instance.fn, fnTimes);
  const next = times.promised.shift() ?? null;
  if (next === null) {
    ctx.modelTime.instances.delete(instance);
    fnTimes.behind.delete(instance);
  } else {
    serving(ctx, fnTimes, instance, times, Math.max(next.arrivedAt, times.modelStart + durationMs));
  }
  return next;
}

/** The environment is gone or reset: what was promised to it is decided again. */
export function noteGone(ctx: EngineContext, instance: Instance): void {
  const times = ctx.modelTime.instances.get(instance);
  ctx.modelTime.instances.delete(instance);
  const fnTimes = ctx.modelTime.functions.get(instance.fn);
  if (fnTimes === undefined) return;
  fnTimes.behind.delete(instance);
  for (const held of times?.promised ?? []) redecide(ctx, instance.fn, fnTimes, held);
  decideUndecided(ctx, instance.fn, fnTimes);
}

function decideUndecided(ctx: EngineContext, fn: FunctionRecord, fnTimes: FunctionTimes): void {
  if (fnTimes.undecided.length === 0) return;
  const waiting = fnTimes.undecided.splice(0);
  for (const held of waiting) redecide(ctx, fn, fnTimes, held);
}

function redecide(
  ctx: EngineContext,
  fn: FunctionRecord,
  fnTimes: FunctionTimes,
  held: HeldRequest,
): void {
  if (decide(ctx, fn, held) === 'new') fnTimes.startNew?.(held);
}

/**
 * Says how long a request waited for this computer: time Lambda would not have made it wait,
 * since by the model an environment was there for it.
 */
export function reportHostWait(ctx: EngineContext, fn: FunctionRecord, held: HeldRequest): void {
  const now = ctx.clock.now();
  const waitedMs = now - held.arrivedAt;
  if (waitedMs <= NEGLIGIBLE_LAG_MS || !ctx.bus.active()) return;
  const { requestId } = held.request;
  ctx.bus.emit({ type: 'host-wait', time: now, functionName: fn.name, requestId, waitedMs });
}
