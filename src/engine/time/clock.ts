// The hand-driven clock for tests and benchmarks: time moves only when advance/advanceTo is called.
import { createTimerQueue } from './timer-queue';
import type { Clock } from '../types';

export interface ManualClock extends Clock {
  /** Moves time forward by `ms`, firing every timer that falls due on the way, in order. */
  advance(ms: number): void;
  /** Moves time forward to `time` (never backwards), firing due timers in order. */
  advanceTo(time: number): void;
  /** How many timers are set and not yet fired or cleared. */
  pendingTimers(): number;
}

export function createManualClock(startMs = 0): ManualClock {
  const queue = createTimerQueue();
  let now = startMs;

  function advanceTo(time: number): void {
    // A callback may set a timer that is already due; the loop picks it up in this same advance.
    for (let due = queue.takeDue(time); due !== undefined; due = queue.takeDue(time)) {
      if (due.due > now) now = due.due;
      due.callback();
    }
    if (time > now) now = time;
  }

  return {
    now: () => now,
    setTimer: (delayMs, callback) => queue.add(now + Math.max(0, delayMs), callback),
    clearTimer: (handle) => queue.cancel(handle),
    advance: (ms) => advanceTo(now + ms),
    advanceTo,
    pendingTimers: () => queue.size(),
  };
}
