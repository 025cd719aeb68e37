// Functions and their versions: what a deploy changes, and when it must reset the environments.
import type { EngineContext } from '../context';
import { createIdleList } from '../instances/idle-list';
import { createProvisionedAllocation } from '../instances/provisioned-allocation';
import { reapAllIdle } from '../instances/instances';
import { syncProvisioned } from '../instances/provisioned';
import type { FunctionRecord } from '../model';
import type { DeployResult } from '../platform-types';
import { changedSettings, needsNewEnvironment } from './setting-effects';
import { reservationProblem } from './unreserved-minimum';
import { invalidParameter } from '../errors';
import type { CodeBundle, FunctionConfig } from '../types';

function emitDeployed(ctx: EngineContext, fn: FunctionRecord): void {
  if (!ctx.bus.active()) return;
  const { name: functionName, version, config } = fn;
  ctx.bus.emit({ type: 'deployed', time: ctx.clock.now(), functionName, version, config });
}

export function deployFunction(
  ctx: EngineContext,
  config: FunctionConfig,
  bundle: CodeBundle,
): DeployResult {
  // Our own copy, so a caller editing its object later cannot change the deployed function.
  const ownConfig: FunctionConfig = { ...config, environment: { ...config.environment } };
  const fn = ctx.functions.get(config.name);
  refuseReservation(ctx, ownConfig, fn);
  if (fn === undefined) {
    const created: FunctionRecord = {
      name: config.name,
      config: ownConfig,
      bundle,
      version: 1,
      reserved: null,
      inUse: 0,
      idle: createIdleList(),
      provisionedIdle: createIdleList(),
      provisioned: new Set(),
      provisionedBilling: null,
      provisionedAllocation: createProvisionedAllocation(),
      removed: false,
      totals: ctx.billing.totalsFor(config.name),
    };
    ctx.functions.set(created.name, created);
    ctx.concurrency.setReservation(created, ownConfig.reservedConcurrency);
    emitDeployed(ctx, created);
    syncProvisioned(ctx, created);
    return { version: 1, changed: true };
  }
  // Every changed setting is stored; which ones need new environments is setting-effects.ts's call.
  const changed = changedSettings(fn.config, ownConfig);
  const reset = fn.bundle.hash !== bundle.hash || needsNewEnvironment(changed);
  if (!reset && changed.length === 0) return { version: fn.version, changed: false };
  const reservationChanged = changed.includes('reservedConcurrency');
  fn.config = ownConfig;
  fn.bundle = bundle;
  if (reservationChanged) ctx.concurrency.setReservation(fn, ownConfig.reservedConcurrency);
  if (reset) fn.version++;
  emitDeployed(ctx, fn);
  // New requests go to the new version only; busy environments of the old one finish first.
  if (reset) {
    reapAllIdle(ctx, fn, 'version-retired');
    // The old version's busy provisioned environments end with their request; new ones replace them.
    fn.provisioned.clear();
  }
  syncProvisioned(ctx, fn);
  return { version: fn.version, changed: true };
}

/** As PutFunctionConcurrency does: a new reservation must leave the account its unreserved minimum. */
function refuseReservation(
  ctx: EngineContext,
  config: FunctionConfig,
  fn: FunctionRecord | undefined,
): void {
  if (config.reservedConcurrency === (fn?.reserved ?? null)) return;
  const others = [...ctx.functions.values()].map((other) => ({
    name: other.name,
    reservedConcurrency: other.reserved,
  }));
  const problem = reservationProblem(config, others, ctx.settings.accountConcurrency);
  if (problem !== null) throw invalidParameter(problem);
}

export function removeFunction(ctx: EngineContext, fn: FunctionRecord): void {
  ctx.functions.delete(fn.name);
  fn.removed = true;
  // Its reservation is freed; requests still in flight count as unreserved until they end.
  ctx.concurrency.setReservation(fn, null);
  reapAllIdle(ctx, fn, 'function-removed');
  syncProvisioned(ctx, fn);
  if (ctx.bus.active()) {
    ctx.bus.emit({ type: 'removed', time: ctx.clock.now(), functionName: fn.name });
  }
}
