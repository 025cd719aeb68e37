// Platform time waits for this computer (docs/aws-lambda.md#platform-time). Lambda decides where a
// request goes from its environments' states, and a new environment is ready when the model says:
// modeled platform init plus the learner's measured INIT. Ours run on real workers, which a slow
// or busy computer starts seconds late; left alone, every request arriving meanwhile would find
// the environment still starting and start yet another, and the count would measure the
// computer, not Lambda. So when a new environment's worker has not booted a moment after its INIT
// should have begun, the platform's clock holds still until it has: arrivals, retries, polls and
// reaps wait with it, and every decision stays the one Lambda would make. INIT itself, and the
// handler's own time, are measured and not held: they are the learner's code.
import type { EngineContext } from '../context';
import type { Instance } from '../model';
import { elapse } from '../time/timer-set';

/**
 * How long past INIT's modeled start a worker may still be booting before platform time waits
 * for it: below this, the lag is the page's message and timer jitter, too small to move a
 * routing decision, and holding would only stall everything else.
 */
export const BOOT_GRACE_MS = 20;

export interface HostHolds {
  /** Holds in force now. */
  active: number;
  /** Holds begun so far; a run that sees the count change had platform time stand still under it. */
  begun: number;
}

export function createHostHolds(): HostHolds {
  return { active: 0, begun: 0 };
}

/**
 * Starts `instance`'s INIT on the executor: `start` passes `onBooted` into the instance spec. If
 * the worker has not booted BOOT_GRACE_MS after now (INIT's modeled start), platform time holds
 * still until it has, and a `host-wait` event says for how long.
 */
export async function initOnTime<T>(
  ctx: EngineContext,
  instance: Instance,
  start: (onBooted: () => void) => Promise<T>,
): Promise<T> {
  const { clock } = ctx;
  if (clock.hold === undefined) return start(() => {});
  let booted = false;
  let release: (() => void) | null = null;
  let heldAt = 0;
  const grace = ctx.timers.set(BOOT_GRACE_MS, () => {
    if (booted) return;
    release = clock.hold!();
    ctx.holds.active += 1;
    ctx.holds.begun += 1;
    heldAt = ctx.wallClock();
  });
  const onBooted = () => {
    if (booted) return;
    booted = true;
    ctx.timers.clear(grace);
    if (release === null) return;
    release();
    ctx.holds.active -= 1;
    reportWait(ctx, instance, ctx.wallClock() - heldAt);
  };
  try {
    return await start(onBooted);
  } finally {
    // An INIT that settled without the worker ever saying it booted (it failed to start, or was
    // stopped) releases its hold too.
    onBooted();
  }
}

function reportWait(ctx: EngineContext, instance: Instance, waitedMs: number): void {
  if (!ctx.bus.active()) return;
  ctx.bus.emit({
    type: 'host-wait',
    time: ctx.clock.now(),
    functionName: instance.fn.name,
    instanceId: instance.id,
    waitedMs,
  });
}

/** Where platform time stands as a run starts, for `untilModeledEnd` at its end. */
export function holdMark(ctx: EngineContext): number {
  return ctx.holds.active > 0 ? NaN : ctx.holds.begun;
}

/**
 * A run that started at `startedAt` (with `mark` from holdMark) has answered after `durationMs` of
 * its own time. If platform time stood still under it, the answer came early by the platform's
 * clock: the environment stays busy until the run's modeled end, as it would on Lambda. Null
 * when no hold came between (the answer is on time, or late by the page's own lag).
 */
export function untilModeledEnd(
  ctx: EngineContext,
  startedAt: number,
  mark: number,
  durationMs: number,
): Promise<void> | null {
  const held = Number.isNaN(mark) || ctx.holds.active > 0 || ctx.holds.begun !== mark;
  if (!held) return null;
  const waitMs = startedAt + durationMs - ctx.clock.now();
  return waitMs >= 1 ? elapse(ctx.timers, waitMs) : null;
}
