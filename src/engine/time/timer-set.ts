// Timers the platform's queues, pollers and schedules set, so dispose can clear them all at once.
import type { Clock, TimerHandle } from '../types';

export interface TimerSet {
  /** Like Clock.setTimer; after dispose it sets nothing and returns -1. */
  set(delayMs: number, callback: () => void): TimerHandle;
  clear(handle: TimerHandle): void;
  /** Clears every pending timer; later `set` calls are ignored. */
  dispose(): void;
  /** Timers set and not yet fired or cleared. */
  size(): number;
}

export function createTimerSet(clock: Clock): TimerSet {
  const live = new Set<TimerHandle>();
  let disposed = false;

  return {
    set(delayMs, callback) {
      if (disposed) return -1;
      const handle = clock.setTimer(delayMs, () => {
        live.delete(handle);
        callback();
      });
      live.add(handle);
      return handle;
    },
    clear(handle) {
      if (live.delete(handle)) clock.clearTimer(handle);
    },
    dispose() {
      disposed = true;
      for (const handle of live) clock.clearTimer(handle);
      live.clear();
    },
    size: () => live.size,
  };
}

/**
 * Simulated time passing on the platform's clock: resolves after `ms`, or never once the set is
 * disposed (the platform is gone, and nothing may run on after it).
 */
export function elapse(timers: TimerSet, ms: number): Promise<void> {
  return new Promise((resolve) => timers.set(ms, resolve));
}
