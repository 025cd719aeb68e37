// How Lambda allocates provisioned concurrency (docs/aws-lambda.md#provisioned-concurrency): it
// starts the environments at the function's scaling rate, "up to 6,000 execution environments every
// minute", the same as the concurrency scaling rate, and lets requests use none of them until it
// has finished allocating all of them. GetProvisionedConcurrencyConfig reports the progress as
// `AllocatedProvisionedConcurrentExecutions` and a `Status` of IN_PROGRESS, READY or FAILED.
import type { EngineContext } from '../context';
import type { FunctionRecord, ProvisionedAllocation } from '../model';
import type { ProvisionedAllocationStatus } from '../types';
import { scalingRateOf } from './scaling-rate';
import { provisionedTarget } from './provisioned-target';

export function createProvisionedAllocation(): ProvisionedAllocation {
  return {
    pending: 0,
    paceTimer: null,
    starting: new Set(),
    held: new Set(),
    recycleTimers: new Map(),
  };
}

/**
 * Starts `fn`'s pending environments as the scaling rate allows, one `start` each, and sets a
 * timer for the rest: the function's own allowance, kept apart from its on-demand scaling's.
 */
export function paceAllocation(ctx: EngineContext, fn: FunctionRecord, start: () => void): void {
  const allocation = fn.provisionedAllocation;
  if (allocation.paceTimer !== null) return;
  const rate = scalingRateOf(ctx.settings);
  while (allocation.pending > 0) {
    const now = ctx.clock.now();
    const waitMs = ctx.provisionedScaling.msUntilNewEnvironment(fn, rate, now);
    if (waitMs > 0) {
      allocation.paceTimer = ctx.timers.set(waitMs, () => {
        allocation.paceTimer = null;
        paceAllocation(ctx, fn, start);
      });
      return;
    }
    ctx.provisionedScaling.admitNewEnvironment(fn, rate, now);
    allocation.pending--;
    start();
  }
}

/** Stops allocating what was asked for beyond `room` more environments. */
export function trimPending(ctx: EngineContext, fn: FunctionRecord, room: number): void {
  const allocation = fn.provisionedAllocation;
  allocation.pending = Math.max(0, Math.min(allocation.pending, room));
  if (allocation.pending === 0 && allocation.paceTimer !== null) {
    ctx.timers.clear(allocation.paceTimer);
    allocation.paceTimer = null;
  }
}

/** Whether environments of the allocation are still to start or still running their INIT. */
export function allocating(fn: FunctionRecord): boolean {
  const { pending, starting } = fn.provisionedAllocation;
  return pending > 0 || starting.size > 0;
}

/** What GetProvisionedConcurrencyConfig would say of `fn`; null when none is set. */
export function allocationStatus(fn: FunctionRecord): ProvisionedAllocationStatus | null {
  const requested = provisionedTarget(fn);
  if (requested === 0) return null;
  const allocated = Math.min(
    requested,
    fn.provisioned.size - fn.provisionedAllocation.starting.size,
  );
  let status: ProvisionedAllocationStatus['status'] = 'READY';
  if (allocating(fn)) status = 'IN_PROGRESS';
  else if (allocated < requested) status = 'FAILED';
  return { requested, allocated, status };
}
