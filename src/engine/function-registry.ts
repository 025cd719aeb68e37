// Functions and their versions: what a deploy changes, and when it must reset the environments.
import { sameAsyncSettings } from './async-settings';
import type { EngineContext } from './context';
import { createIdleList } from './idle-list';
import { reapAllIdle } from './instances';
import type { FunctionRecord } from './model';
import type { DeployResult } from './platform-types';
import type { CodeBundle, FunctionConfig } from './types';

function sameEnvironment(a: Record<string, string>, b: Record<string, string>): boolean {
  // Compared as maps: a variable may be called `constructor` or `__proto__`.
  const variables = new Map(Object.entries(b));
  const entries = Object.entries(a);
  return (
    entries.length === variables.size &&
    entries.every(([key, value]) => variables.get(key) === value)
  );
}

/**
 * Whether two configurations run the same environment. Reserved concurrency is left out: AWS sets
 * it with PutFunctionConcurrency, a separate API that neither publishes code nor resets the
 * function's environments, unlike UpdateFunctionCode / UpdateFunctionConfiguration.
 */
export function sameEnvironmentConfig(a: FunctionConfig, b: FunctionConfig): boolean {
  return (
    a.runtime === b.runtime &&
    a.handler === b.handler &&
    a.memoryMB === b.memoryMB &&
    a.architecture === b.architecture &&
    a.timeoutSec === b.timeoutSec &&
    sameEnvironment(a.environment, b.environment)
  );
}

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
  if (fn === undefined) {
    const created: FunctionRecord = {
      name: config.name,
      config: ownConfig,
      bundle,
      version: 1,
      reserved: null,
      inUse: 0,
      idle: createIdleList(),
      removed: false,
      totals: ctx.billing.totalsFor(config.name),
    };
    ctx.functions.set(created.name, created);
    ctx.concurrency.setReservation(created, ownConfig.reservedConcurrency);
    emitDeployed(ctx, created);
    return { version: 1, changed: true };
  }
  const reset = fn.bundle.hash !== bundle.hash || !sameEnvironmentConfig(fn.config, ownConfig);
  const reservationChanged = fn.config.reservedConcurrency !== ownConfig.reservedConcurrency;
  // Async settings are Lambda's separate event-invoke configuration: stored, no new version.
  const settingsChanged = !sameAsyncSettings(fn.config, ownConfig);
  if (!reset && !reservationChanged && !settingsChanged) {
    return { version: fn.version, changed: false };
  }
  fn.config = ownConfig;
  fn.bundle = bundle;
  if (reservationChanged) ctx.concurrency.setReservation(fn, ownConfig.reservedConcurrency);
  if (reset) fn.version++;
  emitDeployed(ctx, fn);
  // New requests go to the new version only; busy environments of the old one finish first.
  if (reset) reapAllIdle(ctx, fn, 'version-retired');
  return { version: fn.version, changed: true };
}

export function removeFunction(ctx: EngineContext, fn: FunctionRecord): void {
  ctx.functions.delete(fn.name);
  fn.removed = true;
  // Its reservation is freed; requests still in flight count as unreserved until they end.
  ctx.concurrency.setReservation(fn, null);
  reapAllIdle(ctx, fn, 'function-removed');
  if (ctx.bus.active()) {
    ctx.bus.emit({ type: 'removed', time: ctx.clock.now(), functionName: fn.name });
  }
}
