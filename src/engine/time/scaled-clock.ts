// The browser's clock: simulated time runs `speed`× real time and can pause, driven by one real timeout.
import { createTimerQueue } from './timer-queue';
import type { Clock } from '../types';

/** Where real time comes from; injectable so the clock can be tested without waiting. */
export interface RealTime {
  /** Real epoch ms. */
  now(): number;
  /** Calls `callback` after `ms` real ms; returns a function that cancels it. */
  schedule(callback: () => void, ms: number): () => void;
}

export interface ScaledClock extends Clock {
  /** 1–100: simulated ms per real ms. Pending timers keep their simulated due times. */
  setSpeed(speed: number): void;
  getSpeed(): number;
  /** Freezes simulated time; no timer fires until resume(). */
  pause(): void;
  resume(): void;
  isPaused(): boolean;
  /**
   * Holds simulated time still until every returned release has been called, whatever the
   * learner's pause: the platform waits for this computer (docs/aws-lambda.md#platform-time).
   */
  hold(): () => void;
  /**
   * While paused: jumps to the next platform decision (the earliest timer: a reap, a retry, a
   * schedule, an arrival, a poll) and fires every timer due then. Returns the new time, or null
   * when running or when nothing is scheduled.
   */
  step(): number | null;
  /** Cancels the real timeout; the clock stops firing timers. */
  dispose(): void;
}

export const MIN_SPEED = 1;
export const MAX_SPEED = 100;

function browserRealTime(): RealTime {
  // Read once: the engine reads the clock about ten times per invocation, and the getter is a
  // call into the browser each time, for a value fixed for the page's life.
  const origin = performance.timeOrigin;
  return {
    now: () => origin + performance.now(),
    schedule(callback, ms) {
      const handle = globalThis.setTimeout(callback, ms);
      return () => globalThis.clearTimeout(handle);
    },
  };
}

function checkSpeed(speed: number): number {
  if (!(speed >= MIN_SPEED && speed <= MAX_SPEED)) {
    throw new RangeError(`speed must be between ${MIN_SPEED} and ${MAX_SPEED}, got ${speed}`);
  }
  return speed;
}

export function createScaledClock(options: { speed: number; realTime?: RealTime }): ScaledClock {
  const real = options.realTime ?? browserRealTime();
  const queue = createTimerQueue();
  let speed = checkSpeed(options.speed);
  let paused = false;
  let holds = 0;
  /** Paused by the learner or held by the platform: simulated time stands still. */
  let frozen = false;
  // Simulated time starts at the real epoch time, so it can be shown as a date.
  let simAnchor = real.now();
  let realAnchor = simAnchor;
  let cancelReal: (() => void) | null = null;
  let armedDue = Infinity;

  function now(): number {
    return frozen ? simAnchor : simAnchor + (real.now() - realAnchor) * speed;
  }

  function reanchor(): void {
    simAnchor = now();
    realAnchor = real.now();
  }

  function disarm(): void {
    cancelReal?.();
    cancelReal = null;
    armedDue = Infinity;
  }

  /** Points the one real timeout at the earliest pending timer, converted to real ms. */
  function arm(): void {
    disarm();
    const due = queue.nextDue();
    if (frozen || due === undefined) return;
    armedDue = due;
    // Rounded up: setTimeout takes whole ms (its delay is a WebIDL long, so 19.6 becomes 19). A
    // timeout that fired early would find nothing due and re-arm from inside its own callback,
    // and browsers hold such nested timeouts to at least 4 ms: every engine timer came late.
    cancelReal = real.schedule(fire, Math.max(0, Math.ceil((due - now()) / speed)));
  }

  /** Stops or restarts simulated time when pause or hold changed whether it should run. */
  function freezeOrThaw(): void {
    const shouldFreeze = paused || holds > 0;
    if (shouldFreeze === frozen) return;
    if (shouldFreeze) {
      reanchor();
      frozen = true;
      disarm();
    } else {
      realAnchor = real.now();
      frozen = false;
      arm();
    }
  }

  function fire(): void {
    cancelReal = null;
    armedDue = Infinity;
    for (let due = queue.takeDue(now()); due !== undefined; due = queue.takeDue(now())) {
      due.callback();
    }
    arm();
  }

  return {
    now,
    setTimer(delayMs, callback) {
      const due = now() + Math.max(0, delayMs);
      const handle = queue.add(due, callback);
      // Cleared timers are skipped lazily when the real timeout fires; only an earlier one re-arms.
      if (due < armedDue) arm();
      return handle;
    },
    clearTimer: (handle) => queue.cancel(handle),
    setSpeed(next) {
      checkSpeed(next);
      reanchor();
      speed = next;
      arm();
    },
    getSpeed: () => speed,
    pause() {
      paused = true;
      freezeOrThaw();
    },
    resume() {
      paused = false;
      freezeOrThaw();
    },
    isPaused: () => paused,
    hold() {
      holds += 1;
      freezeOrThaw();
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holds -= 1;
        freezeOrThaw();
      };
    },
    step() {
      const due = queue.nextDue();
      // Stepping is the learner's, while paused; a platform hold keeps time still even then.
      if (!paused || holds > 0 || due === undefined) return null;
      simAnchor = Math.max(simAnchor, due);
      for (
        let next = queue.takeDue(simAnchor);
        next !== undefined;
        next = queue.takeDue(simAnchor)
      ) {
        next.callback();
      }
      return simAnchor;
    },
    dispose() {
      disarm();
      queue.clear();
    },
  };
}
