// Provisioned concurrency: environments Lambda initializes ahead of requests and keeps while it is
// set, taken before on-demand ones, and billed for the time it is on
// (docs/aws-lambda.md#provisioned-concurrency).
import { elapse } from '../time/timer-set';
import { initOnTime } from './host-holds';
import { PRICING, provisionedCost } from '../billing/pricing';
import type { EngineContext } from '../context';
import type { FunctionRecord, Instance } from '../model';
import type { FunctionConfig, ReapReason } from '../types';
import { platformInitMs } from './cold-start-model';
import { forEachIdle, takeIdle } from './idle-list';
import { logInitFailure, runInit } from './init-phase';
import {
  createInstance,
  emitInstance,
  emitPlatformLine,
  endInstance,
  makeIdle,
  reapIdle,
} from './instances';
import { allocating, paceAllocation, trimPending } from './provisioned-allocation';
import { forgetRecycling, scheduleRecycle } from './provisioned-recycling';
import { provisionedSurplus, provisionedTarget } from './provisioned-target';

/**
 * A provisioned environment's INIT may run longer than an on-demand one's 10 s: up to the larger of
 * 130 s and the function's timeout (docs/aws-lambda.md#provisioned-concurrency).
 */
const PROVISIONED_INIT_FLOOR_MS = 130_000;

/** A warm environment for a request: a provisioned one first, then the freshest on-demand one. */
export function takeWarm(fn: FunctionRecord): Instance | null {
  return takeIdle(fn.provisionedIdle) ?? takeIdle(fn.idle);
}

/** Warm environments waiting for a request, provisioned or not. */
export function warmCount(fn: FunctionRecord): number {
  return fn.provisionedIdle.size + fn.idle.size;
}

/**
 * Brings the function's provisioned environments and their bill to its setting: called after every
 * deploy (a new version's environments replace the old ones) and on removal. What is still to start
 * is cut first, then ready ones held for the allocation, then idle ones; busy ones end when their
 * request ends (request-flow.ts), starting ones when their INIT does. New ones start at the
 * function's scaling rate (provisioned-allocation.ts).
 */
export function syncProvisioned(ctx: EngineContext, fn: FunctionRecord): void {
  const target = provisionedTarget(fn);
  const allocation = fn.provisionedAllocation;
  for (const instance of allocation.starting) {
    if (instance.version !== fn.version) allocation.starting.delete(instance);
  }
  trimPending(ctx, fn, target - fn.provisioned.size);
  for (const instance of allocation.held) {
    const reason = heldEndReason(fn, instance, target);
    if (reason === null) continue;
    allocation.held.delete(instance);
    endInstance(ctx, instance, 'reaped', reason);
  }
  forEachIdle(fn.provisionedIdle, (instance) => {
    if (fn.provisioned.size > target) reapIdle(ctx, instance, 'provisioned-concurrency-lowered');
  });
  const missing = target - fn.provisioned.size - allocation.pending;
  if (missing > 0) {
    allocation.pending += missing;
    paceAllocation(ctx, fn, () => void startProvisioned(ctx, fn, null));
  }
  releaseWhenAllocated(ctx, fn);
  forgetRecycling(ctx, fn);
  ctx.concurrency.setProvisioned(fn, target);
  billProvisioned(ctx, fn, target);
}

/** Why a ready environment held for the allocation ends now; null when it stays. */
function heldEndReason(fn: FunctionRecord, instance: Instance, target: number): ReapReason | null {
  if (fn.removed) return 'function-removed';
  if (instance.version !== fn.version) return 'version-retired';
  return fn.provisioned.size > target ? 'provisioned-concurrency-lowered' : null;
}

/** Once nothing of the allocation is still to come, its ready environments take requests. */
function releaseWhenAllocated(ctx: EngineContext, fn: FunctionRecord): void {
  const { held } = fn.provisionedAllocation;
  if (held.size === 0 || allocating(fn)) return;
  for (const instance of held) makeReady(ctx, instance);
  held.clear();
}

/** Takes requests from now on, until it is recycled. */
function makeReady(ctx: EngineContext, instance: Instance): void {
  makeIdle(ctx, instance);
  scheduleRecycle(ctx, instance, (due) => recycle(ctx, due));
}

/** Its time is up: a replacement starts, and it serves on until that one is ready. */
function recycle(ctx: EngineContext, instance: Instance): void {
  const { fn } = instance;
  if (fn.removed || !fn.provisioned.has(instance)) return;
  void startProvisioned(ctx, fn, instance);
}

/**
 * One provisioned environment: INIT_START, INIT with no request, then its INIT_REPORT. One of an
 * allocation waits, held, until the whole allocation is ready; a replacement (`replaces`, when
 * recycling) takes the old one's place as soon as it is ready, and the old one ends then, or after
 * its request if busy, so the ready count never drops. An INIT that fails ends the environment:
 * an allocation's is tried again on the next sync (a deploy), a replacement's at the next recycle.
 */
async function startProvisioned(
  ctx: EngineContext,
  fn: FunctionRecord,
  replaces: Instance | null,
): Promise<void> {
  const instance = createInstance(ctx, fn, true);
  const { starting } = fn.provisionedAllocation;
  if (replaces === null) {
    fn.provisioned.add(instance);
    starting.add(instance);
  }
  const { bundle } = fn;
  const platformMs = ctx.settings.awsTiming ? platformInitMs(instance.config, ctx.timingRandom) : 0;
  if (platformMs > 0) await elapse(ctx.timers, platformMs);
  const limitMs = Math.max(PROVISIONED_INIT_FLOOR_MS, instance.config.timeoutSec * 1000);
  const init = await initOnTime(ctx, instance, (onBooted) =>
    runInit(ctx, instance, bundle, { limitMs, onBooted }),
  );
  const initDurationMs = platformMs + init.initDurationMs;
  starting.delete(instance);
  if (ctx.bus.active()) {
    ctx.bus.emit({
      type: 'init',
      time: ctx.clock.now(),
      functionName: fn.name,
      instanceId: instance.id,
      outcome: init,
      ...(platformMs > 0 && { platformInitMs: platformMs }),
    });
  }
  if (!init.ok) {
    logInitFailure(ctx, instance, init.error, initDurationMs, 'init');
    endInstance(ctx, instance, 'reaped', 'init-failed');
    if (replaces !== null) scheduleRecycle(ctx, replaces, (due) => recycle(ctx, due));
    else releaseWhenAllocated(ctx, fn);
    return;
  }
  if (ctx.bus.active()) {
    emitPlatformLine(ctx, instance, { type: 'provisionedInitReport', initDurationMs });
  }
  if (fn.removed) endInstance(ctx, instance, 'reaped', 'function-removed');
  else if (instance.version !== fn.version) endInstance(ctx, instance, 'reaped', 'version-retired');
  else if (replaces !== null) takePlaceOf(ctx, replaces, instance);
  else if (provisionedSurplus(instance)) {
    endInstance(ctx, instance, 'reaped', 'provisioned-concurrency-lowered');
    releaseWhenAllocated(ctx, fn);
  } else holdForAllocation(ctx, instance);
}

/** Ready, but no request may use it until the rest of its allocation is. */
function holdForAllocation(ctx: EngineContext, instance: Instance): void {
  const { fn } = instance;
  instance.state = 'idle';
  instance.idleDeadline = Infinity;
  emitInstance(ctx, instance);
  fn.provisionedAllocation.held.add(instance);
  releaseWhenAllocated(ctx, fn);
}

/** A ready replacement takes a recycled environment's place; the old one ends now or after its request. */
function takePlaceOf(ctx: EngineContext, old: Instance, fresh: Instance): void {
  const { fn } = old;
  // Lowered, or retired, while its replacement ran INIT: the replacement is not needed.
  if (!fn.provisioned.has(old)) {
    endInstance(ctx, fresh, 'reaped', 'provisioned-concurrency-lowered');
    return;
  }
  fn.provisioned.delete(old);
  fn.provisioned.add(fresh);
  makeReady(ctx, fresh);
  // A busy one is no longer among the function's provisioned ones: its request ends it.
  if (old.state !== 'busy') reapIdle(ctx, old, 'provisioned-recycled');
}

/** Whether the bill running for provisioned concurrency is still the one the setting asks for. */
function sameBill(
  billing: FunctionRecord['provisionedBilling'],
  count: number,
  config: FunctionConfig,
) {
  return (
    billing !== null &&
    billing.count === count &&
    billing.config.memoryMB === config.memoryMB &&
    billing.config.architecture === config.architecture
  );
}

/**
 * Billed from when it is set until it is changed or turned off, rounded up to 5 minutes: each
 * period is charged as it begins, so a setting kept 7 minutes pays two. A changed amount (or
 * memory) ends the running bill and starts a new one.
 */
function billProvisioned(ctx: EngineContext, fn: FunctionRecord, count: number): void {
  if (sameBill(fn.provisionedBilling, count, fn.config)) return;
  if (fn.provisionedBilling !== null) ctx.timers.clear(fn.provisionedBilling.timer);
  fn.provisionedBilling = null;
  if (count > 0) chargePeriod(ctx, fn, count, fn.config);
}

function chargePeriod(
  ctx: EngineContext,
  fn: FunctionRecord,
  count: number,
  config: FunctionConfig,
): void {
  const { periodMs } = PRICING.provisioned;
  const { gbSeconds, usd } = provisionedCost(config, count, periodMs);
  ctx.billing.chargeProvisioned(fn.totals, gbSeconds, usd);
  if (ctx.bus.active()) {
    ctx.bus.emit({
      type: 'provisioned-charge',
      time: ctx.clock.now(),
      functionName: fn.name,
      provisionedConcurrency: count,
      memoryMB: config.memoryMB,
      architecture: config.architecture,
      periodMs,
      gbSeconds,
      usd,
    });
  }
  const timer = ctx.timers.set(periodMs, () => chargePeriod(ctx, fn, count, config));
  fn.provisionedBilling = { count, config, timer };
}
