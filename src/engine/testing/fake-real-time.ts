// Real time under a test's control, for the scaled clock: one pending real timeout at most, as the
// clock uses, run when the test moves real time past it.
import type { RealTime } from '../time/scaled-clock';

export function createFakeRealTime(start: number) {
  let now = start;
  let pending: { at: number; callback: () => void } | null = null;
  const realTime: RealTime = {
    now: () => now,
    schedule(callback, ms) {
      const entry = { at: now + ms, callback };
      pending = entry;
      return () => {
        if (pending === entry) pending = null;
      };
    },
  };
  return {
    realTime,
    pendingAt: () => pending?.at ?? null,
    /** Moves real time on, running the real timeout if it falls due. */
    advance(ms: number) {
      now += ms;
      while (pending !== null && pending.at <= now) {
        const { callback } = pending;
        pending = null;
        callback();
      }
    },
  };
}
