// Lambda recycles provisioned environments: "your function's initialization code runs during
// allocation and every few hours, as running instances of your function are recycled"
// (docs/aws-lambda.md#provisioned-concurrency). AWS publishes no figure for "a few hours".
import type { EngineContext } from '../context';
import type { FunctionRecord, Instance } from '../model';

/**
 * How long a provisioned environment serves before Lambda replaces it. The playground's
 * assumption, not AWS's figure (it publishes none): two hours, the low end of "every few hours",
 * so a class running simulated time at 100× sees one recycled in about 72 seconds.
 */
export const PROVISIONED_RECYCLE_AFTER_MS = 2 * 60 * 60 * 1000;

/** Calls `due` with the ready environment once it has served its time. */
export function scheduleRecycle(
  ctx: EngineContext,
  instance: Instance,
  due: (instance: Instance) => void,
): void {
  const timers = instance.fn.provisionedAllocation.recycleTimers;
  const timer = ctx.timers.set(PROVISIONED_RECYCLE_AFTER_MS, () => {
    timers.delete(instance);
    due(instance);
  });
  timers.set(instance, timer);
}

/** Clears the recycling of environments that are no longer the function's provisioned ones. */
export function forgetRecycling(ctx: EngineContext, fn: FunctionRecord): void {
  const timers = fn.provisionedAllocation.recycleTimers;
  for (const [instance, timer] of timers) {
    if (fn.removed || !fn.provisioned.has(instance)) {
      ctx.timers.clear(timer);
      timers.delete(instance);
    }
  }
}
