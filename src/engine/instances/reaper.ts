// One sweep timer that reaps idle instances at their deadlines, without a timer per invocation.
import type { Clock, PlatformSettings, TimerHandle } from '../types';

export interface Reaper {
  /** An instance just went idle. O(1): arms the sweep only if none is armed. */
  noteIdle(): void;
  /** The minimum idle lifetime changed: make sure the sweep still comes early enough. */
  rearm(): void;
  dispose(): void;
}

/** An idle deadline drawn uniformly from [min, max] whole ms. */
export function drawIdleLifetime(settings: PlatformSettings, random: () => number): number {
  const { min, max } = settings.idleLifetimeMs;
  return min + Math.floor(random() * (max - min + 1));
}

/**
 * Invariant: the sweep is armed no later than every live idle deadline. A deadline drawn at time t
 * is at least t + min, so a sweep armed at or before (arming time + min) is early enough for every
 * instance that goes idle later, and `noteIdle` never has to move it. Each sweep reaps what is due
 * and re-arms at min(earliest remaining deadline, now + min).
 *
 * `sweep(now)` reaps every idle instance whose deadline is ≤ now and returns the earliest deadline
 * left (Infinity when nothing is idle).
 */
export function createReaper(
  clock: Clock,
  minLifetime: () => number,
  sweep: (now: number) => number,
): Reaper {
  let handle: TimerHandle | null = null;
  let armedAt = Infinity;
  let disposed = false;

  // At least 1 ms, so a zero minimum cannot make the sweep re-arm at the same instant forever.
  const horizon = (now: number): number => now + Math.max(1, minLifetime());

  function arm(at: number): void {
    armedAt = at;
    handle = clock.setTimer(at - clock.now(), fire);
  }

  function fire(): void {
    handle = null;
    armedAt = Infinity;
    const now = clock.now();
    const earliest = sweep(now);
    if (earliest !== Infinity) arm(Math.min(earliest, horizon(now)));
  }

  return {
    noteIdle() {
      if (handle === null && !disposed) arm(horizon(clock.now()));
    },
    rearm() {
      if (handle === null) return;
      clock.clearTimer(handle);
      arm(Math.min(armedAt, horizon(clock.now())));
    },
    dispose() {
      disposed = true;
      if (handle !== null) clock.clearTimer(handle);
      handle = null;
    },
  };
}
