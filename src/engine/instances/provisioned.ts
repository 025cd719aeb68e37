// Provisioned concurrency: environments Lambda initializes ahead of requests and keeps while it is
// set, taken before on-demand ones, and billed for the time it is on
// (docs/aws-lambda.md#provisioned-concurrency).
import { elapse } from '../time/timer-set';
import { initOnTime } from './host-holds';
import { PRICING, provisionedCost } from '../billing/pricing';
import type { EngineContext } from '../context';
import type { FunctionRecord, Instance } from '../model';
import type { FunctionConfig } from '../types';
import { platformInitMs } from './cold-start-model';
import { forEachIdle, takeIdle } from './idle-list';
import { logInitFailure, runInit } from './init-phase';
import { createInstance, emitPlatformLine, endInstance, makeIdle, reapIdle } from './instances';
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
 * deploy (a new version's environments replace the old ones) and on removal. Idle extras end at
 * once; busy ones when their request ends (request-flow.ts), starting ones when their INIT does.
 */
export function syncProvisioned(ctx: EngineContext, fn: FunctionRecord): void {
  const target = provisionedTarget(fn);
  forEachIdle(fn.provisionedIdle, (instance) => {
    if (fn.provisioned.size > target) reapIdle(ctx, instance, 'provisioned-concurrency-lowered');
  });
  for (let count = fn.provisioned.size; count < target; count++) {
    void startProvisioned(ctx, fn);
  }
  ctx.concurrency.setProvisioned(fn, target);
  billProvisioned(ctx, fn, target);
}

/**
 * One provisioned environment: INIT_START, INIT with no request, then its INIT_REPORT, and it waits
 * idle. An INIT that fails ends the environment; the next sync (a deploy) tries again.
 */
async function startProvisioned(ctx: EngineContext, fn: FunctionRecord): Promise<void> {
  const instance = createInstance(ctx, fn, true);
  fn.provisioned.add(instance);
  const { bundle } = fn;
  const platformMs = ctx.settings.awsTiming ? platformInitMs(instance.config, ctx.timingRandom) : 0;
  if (platformMs > 0) await elapse(ctx.timers, platformMs);
  const limitMs = Math.max(PROVISIONED_INIT_FLOOR_MS, instance.config.timeoutSec * 1000);
  const init = await initOnTime(ctx, instance, (onBooted) =>
    runInit(ctx, instance, bundle, { limitMs, onBooted }),
  );
  const initDurationMs = platformMs + init.initDurationMs;
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
    return;
  }
  if (ctx.bus.active()) {
    emitPlatformLine(ctx, instance, { type: 'provisionedInitReport', initDurationMs });
  }
  if (fn.removed) endInstance(ctx, instance, 'reaped', 'function-removed');
  else if (instance.version !== fn.version) endInstance(ctx, instance, 'reaped', 'version-retired');
  else if (provisionedSurplus(instance)) {
    endInstance(ctx, instance, 'reaped', 'provisioned-concurrency-lowered');
  } else makeIdle(ctx, instance);
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
