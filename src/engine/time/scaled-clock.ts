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
   * Holds simulated time still until every returned release has been called (or, for a hold given
   * a limit, that many real ms have passed), whatever the learner's pause: the platform waits for
   * this computer (docs/aws-lambda.md#platform-time).
   */
  hold(limitRealMs?: number): () => void;
  /**
   * Real ms simulated time has stood still so far: paused, held, or while the page could not run
   * its timers (a long task, a busy computer). A run that sees it change had time stop under it.
   */
  stillMs(): number;
  /**
   * While paused: jumps to the next platform decision (the earliest timer: a reap, a retry, a
   * schedule, an arrival, a poll) and fires every timer due then. Returns the new time, or null
   * when running or when nothing is scheduled.
   */
  step(): number | null;
  /** Cancels the real timeout; the clock stops firing timers. */
  dispose(): void;
}

/**
 * A real timeout this late (ms) means the page could not run the platform: a long task or a busy
 * computer. Simulated time does not pass for the excess, so the arrivals due meanwhile are not
 * handled in one burst ahead of the answers that came in (docs/aws-lambda.md#platform-time).
 * Below it, lateness is timer jitter and browsers' 4 ms clamps.
 */
export const STALL_MS = 20;

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
  /** When, in real ms, the real timeout was asked to fire. */
  let armedRealAt = Infinity;
  /** The latest time read: a catch-up never takes time back past it. */
  let lastRead = -Infinity;
  let stillSoFar = 0;
  let frozenAtReal = 0;

  function unread(): number {
    return frozen ? simAnchor : simAnchor + (real.now() - realAnchor) * speed;
  }

  function now(): number {
    // Never past a timer that has not fired, beyond the jitter STALL_MS allows: a long task that
    // reads the clock (answers coming in) would otherwise turn the stall into time that passed,
    // and every arrival due meanwhile would then be handled in one burst at the stall's end.
    const time = Math.min(unread(), armedDue + STALL_MS * speed);
    if (time > lastRead) lastRead = time;
    return lastRead;
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
    const delayMs = Math.max(0, Math.ceil((due - now()) / speed));
    armedRealAt = real.now() + delayMs;
    cancelReal = real.schedule(fire, delayMs);
  }

  /**
   * The real timeout fired `lateMs` late: the page was busy. Simulated time stood still for the
   * excess over STALL_MS, as far as no one read it meanwhile (time never runs backwards).
   */
  function catchUp(lateMs: number): void {
    const unreadMs = (unread() - lastRead) / speed;
    const stillMs = Math.min(lateMs - STALL_MS, unreadMs);
    if (!(stillMs > 0)) return;
    realAnchor += stillMs;
    stillSoFar += stillMs;
  }

  /** Stops or restarts simulated time when pause or hold changed whether it should run. */
  function freezeOrThaw(): void {
    const shouldFreeze = paused || holds > 0;
    if (shouldFreeze === frozen) return;
    if (shouldFreeze) {
      reanchor();
      frozen = true;
      frozenAtReal = real.now();
      disarm();
    } else {
      stillSoFar += real.now() - frozenAtReal;
      realAnchor = real.now();
      frozen = false;
      arm();
    }
  }

  function fire(): void {
    cancelReal = null;
    const lateMs = real.now() - armedRealAt;
    if (lateMs > STALL_MS) catchUp(lateMs);
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
    stillMs: () => stillSoFar + (frozen ? real.now() - frozenAtReal : 0),
    hold(limitRealMs) {
      holds += 1;
      freezeOrThaw();
      let released = false;
      let cancelLimit: (() => void) | null = null;
      const release = () => {
        if (released) return;
        released = true;
        cancelLimit?.();
        holds -= 1;
        freezeOrThaw();
      };
      if (limitRealMs !== undefined) cancelLimit = real.schedule(release, limitRealMs);
      return release;
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
