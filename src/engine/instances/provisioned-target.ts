// How many provisioned environments a function should have, and whether one is too many: read by
// the request flow as a request ends, and by provisioned.ts as it starts and ends them.
import type { FunctionRecord, Instance } from '../model';

/** How many provisioned environments the function should have now: none once it is removed. */
export function provisionedTarget(fn: FunctionRecord): number {
  return fn.removed ? 0 : (fn.config.provisionedConcurrency ?? 0);
}

/** Whether a provisioned environment is one too many since provisioned concurrency was lowered. */
export function provisionedSurplus(instance: Instance): boolean {
  const { fn } = instance;
  return instance.provisioned && fn.provisioned.size > provisionedTarget(fn);
}

/**
 * Whether a provisioned environment was recycled: a ready replacement took its place among the
 * function's provisioned ones while it served a request, which ends it.
 */
export function provisionedReplaced(instance: Instance): boolean {
  return instance.provisioned && !instance.fn.provisioned.has(instance);
}
