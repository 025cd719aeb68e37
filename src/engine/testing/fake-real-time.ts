// Real time under a test's control, for the scaled clock: its real timeouts run when the test
// moves real time past them, earliest first.
import type { RealTime } from '../time/scaled-clock';

interface Pending {
  at: number;
  callback: () => void;
}

export function createFakeRealTime(start: number) {
  let now = start;
  const pending: Pending[] = [];
  const earliest = () =>
    pending.reduce<Pending | null>(
      (first, p) => (first === null || p.at < first.at ? p : first),
      null,
    );
  const realTime: RealTime = {
    now: () => now,
    schedule(callback, ms) {
      const entry = { at: now + ms, callback };
      pending.push(entry);
      return () => {
        const index = pending.indexOf(entry);
        if (index >= 0) pending.splice(index, 1);
      };
    },
  };
  return {
    realTime,
    /** When the earliest real timeout is due, or null when none is pending. */
    pendingAt: () => earliest()?.at ?? null,
    /** Moves real time on without running any timeout: a long task on the page. */
    stall(ms: number) {
      now += ms;
    },
    /** Moves real time on, running each real timeout that falls due, earliest first. */
    advance(ms: number) {
      now += ms;
      for (let next = earliest(); next !== null && next.at <= now; next = earliest()) {
        pending.splice(pending.indexOf(next), 1);
        next.callback();
      }
    },
  };
}
