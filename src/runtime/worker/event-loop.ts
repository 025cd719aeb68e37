// A model of Node's event loop on top of the browser's: counts the work that would keep a Node
// process alive (referenced timers, immediates, fetches, body reads, Web Crypto calls) and calls
// the runtime's 'beforeExit' listener once none is left after a macrotask turn. Callbacks that
// throw are reported as uncaught exceptions, as Node reports them.
//
// It also freezes as Lambda freezes an environment once the response is sent
// (docs/aws-lambda.md#frozen-between-invocations): nothing runs until the next invoke thaws it.
// Timers keep their due times on the host's clock, which runs on meanwhile, so one that fell due
// while frozen fires as soon as the loop thaws; immediates and the results of tracked promises
// wait for the thaw too. Work begun in one invocation that runs in a later one is reported as
// having run after return.
import type { TimerFunctions } from './node/timers';

export interface HostTimers {
  setTimeout(callback: () => void, ms?: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(callback: () => void, ms?: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface EventLoopHost {
  timers: HostTimers;
  /** Runs `callback` in a later task, after pending microtasks (a MessageChannel hop). */
  macrotask(callback: () => void): void;
  onUncaught(error: unknown): void;
  /**
   * Called as the function's code gets control back from a wait: a timer or immediate fires, or
   * tracked work (a fetch, a body read) settles. The CPU meter opens a slice there (cpu-meter.ts).
   * A timer passes the host time it was due at, so the meter can tell how late it fired.
   */
  resumed?(dueAt?: number): void;
  /** The host's monotonic clock in ms (performance.now()), against which timers fall due. */
  now(): number;
  /** Work begun in an earlier invocation, frozen when it answered, runs now (after its return). */
  onLeftover?(): void;
}

export interface EventLoop {
  /** Node-style timers for the handler's code: they return Timeout objects with ref/unref. */
  timers: TimerFunctions;
  nextTick(callback: (...args: unknown[]) => void, ...args: unknown[]): void;
  queueMicrotask(callback: () => void): void;
  /** Counts `promise` as pending work until it settles. */
  track<T>(promise: Promise<T>): Promise<T>;
  /** The one listener called when the loop drains (Node's beforeExit); null removes it. */
  setBeforeExit(listener: (() => void) | null): void;
  /** Runs `callback`, reporting what it throws as an uncaught exception. */
  guard(callback: () => void): void;
  /**
   * The response (or INIT's answer) is sent: no timer fires, and immediates and the results of
   * tracked promises are held, until the thaw.
   */
  freeze(): void;
  /**
   * The host time the soonest of the running timers is due at (a past one fires late); null while
   * frozen or when no timer runs. Asked rarely: it looks at every timer.
   */
  earliestDue(): number | null;
  /**
   * An invocation begins: frozen work resumes, and what it runs counts as after return. Returns
   * whether work was due (timers that fell due while frozen, held immediates): it has been queued
   * as tasks, so a handler started in a later task runs after it.
   */
  thaw(): boolean;
}

type Kind = 'timeout' | 'interval' | 'immediate';

/**
 * Enough for `async () => value`, a handler awaiting a few settled promises, and the runtime's
 * `.then` on the result; a handler still running after them gets its check a task later.
 */
const CHECK_AFTER_TURNS = 4;

/** One settled promise to hang each microtask turn on, instead of a new one per turn. */
const settled = Promise.resolve();

/** Node turns a delay outside 1 ms – 2^31-1 ms (or not a number) into 1 ms. */
function toDelay(ms: unknown): number {
  const delay = Number(ms);
  return delay >= 1 && delay <= 2 ** 31 - 1 ? delay : 1;
}

/** What Node's setTimeout/setInterval/setImmediate return; `unref` lets the loop end without it. */
class Timer {
  #referenced = true;
  constructor(
    readonly id: number,
    private readonly loop: Loop,
  ) {}
  ref(): this {
    if (!this.#referenced && this.loop.isActive(this)) this.loop.adjust(+1);
    this.#referenced = true;
    return this;
  }
  unref(): this {
    if (this.#referenced && this.loop.isActive(this)) this.loop.adjust(-1);
    this.#referenced = false;
    return this;
  }
  hasRef(): boolean {
    return this.#referenced;
  }
  refresh(): this {
    this.loop.restart(this);
    return this;
  }
  [Symbol.toPrimitive](): number {
    return this.id;
  }
}

interface Active {
  timer: Timer;
  kind: Kind;
  run: () => void;
  ms: number;
  hostHandle: unknown;
  cancelled: boolean;
  /** The invocation it was started in (0: INIT). */
  epoch: number;
  /** The host time a timer is due at. */
  dueAt: number;
  /** Waiting for the thaw: a timer the freeze took from the host, or an immediate it caught. */
  held: boolean;
}

class Loop {
  readonly active = new Map<number, Active>();
  #nextId = 1;
  #pending = 0;
  #listener: (() => void) | null = null;
  #checkScheduled = false;
  #frozen = false;
  /** Invocations begun so far: work remembers the one it was started in. */
  #epoch = 0;
  /** Results of tracked promises that settled while frozen, delivered at the thaw. */
  #held: Array<() => void> = [];

  constructor(private readonly host: EventLoopHost) {}

  isActive(timer: Timer): boolean {
    return this.active.has(timer.id);
  }

  adjust(delta: number): void {
    this.#pending += delta;
    if (delta < 0) this.scheduleCheck();
  }

  guard = (callback: () => void): void => {
    try {
      callback();
    } catch (error) {
      this.host.onUncaught(error);
    }
  };

  start(kind: Kind, callback: (...args: unknown[]) => void, ms: unknown, args: unknown[]): Timer {
    const timer = new Timer(this.#nextId++, this);
    const entry: Active = {
      timer,
      kind,
      run: () => callback(...args),
      ms: toDelay(ms),
      hostHandle: undefined,
      cancelled: false,
      epoch: this.#epoch,
      dueAt: NaN,
      held: false,
    };
    this.active.set(timer.id, entry);
    this.adjust(+1);
    this.#schedule(entry, entry.ms);
    return timer;
  }

  /**
   * Hands the entry to the host, due in `delay` ms (an interval is a chain of timeouts, each
   * counted from when the last one ran, as Node counts). While frozen it only notes the due time.
   */
  #schedule(entry: Active, delay: number): void {
    entry.dueAt = this.host.now() + delay;
    if (this.#frozen) {
      entry.held = true;
      return;
    }
    if (entry.kind === 'immediate') this.host.macrotask(() => this.#fire(entry));
    else entry.hostHandle = this.host.timers.setTimeout(() => this.#fire(entry), delay);
  }

  #fire(entry: Active): void {
    if (entry.cancelled) return;
    // Only an immediate queued before the freeze gets here frozen: it waits for the thaw.
    if (this.#frozen) {
      entry.held = true;
      return;
    }
    const { dueAt } = entry; // before an interval's next round moves it
    if (entry.kind === 'interval') this.#schedule(entry, entry.ms);
    else this.#remove(entry);
    this.#noteRun(entry.epoch);
    this.host.resumed?.(entry.kind === 'immediate' ? undefined : dueAt);
    this.guard(entry.run);
  }

  #noteRun(epoch: number): void {
    if (epoch > 0 && epoch < this.#epoch) this.host.onLeftover?.();
  }

  #remove(entry: Active): void {
    if (!this.active.delete(entry.timer.id)) return;
    entry.cancelled = true;
    if (entry.timer.hasRef()) this.adjust(-1);
  }

  restart(timer: Timer): void {
    const entry = this.active.get(timer.id);
    if (!entry || entry.kind === 'immediate') return;
    this.#cancelHost(entry);
    this.#schedule(entry, entry.ms);
  }

  #cancelHost(entry: Active): void {
    if (entry.kind !== 'immediate') this.host.timers.clearTimeout(entry.hostHandle);
  }

  clear(handle: unknown): void {
    const id = handle instanceof Timer ? handle.id : Number(handle);
    const entry = this.active.get(id);
    if (!entry) return;
    this.#cancelHost(entry);
    this.#remove(entry);
  }

  track<T>(promise: Promise<T>): Promise<T> {
    this.adjust(+1);
    const epoch = this.#epoch;
    // The caller gets a promise of its own, so a rejection it ignores is still unhandled. What
    // the browser settles while the loop is frozen reaches the code only at the thaw.
    return new Promise<T>((resolve, reject) => {
      const settle = (deliver: () => void) => {
        const run = () => {
          this.#noteRun(epoch);
          this.host.resumed?.();
          deliver();
          this.adjust(-1);
        };
        if (this.#frozen) this.#held.push(run);
        else run();
      };
      promise.then(
        (value) => settle(() => resolve(value)),
        (reason: unknown) => settle(() => reject(reason as Error)),
      );
    });
  }

  earliestDue(): number | null {
    if (this.#frozen) return null;
    let earliest: number | null = null;
    for (const entry of this.active.values()) {
      if (entry.kind === 'immediate' || entry.held) continue;
      if (earliest === null || entry.dueAt < earliest) earliest = entry.dueAt;
    }
    return earliest;
  }

  freeze(): void {
    if (this.#frozen) return;
    this.#frozen = true;
    for (const entry of this.active.values()) {
      if (entry.kind === 'immediate') continue; // its task finds the loop frozen and waits
      this.host.timers.clearTimeout(entry.hostHandle);
      entry.held = true;
    }
  }

  thaw(): boolean {
    this.#epoch += 1;
    if (!this.#frozen) return false;
    this.#frozen = false;
    const now = this.host.now();
    // Due first, first: the order they would have fired in had the process not been frozen.
    const waiting = [...this.active.values()].filter((entry) => entry.held);
    waiting.sort((a, b) => a.dueAt - b.dueAt);
    let due = false;
    for (const entry of waiting) {
      entry.held = false;
      const delay = entry.dueAt - now;
      if (delay > 0 && entry.kind !== 'immediate') {
        entry.hostHandle = this.host.timers.setTimeout(() => this.#fire(entry), delay);
      } else {
        due = true;
        this.host.macrotask(() => this.#fire(entry));
      }
    }
    const held = this.#held;
    this.#held = [];
    for (const run of held) run();
    this.scheduleCheck();
    return due;
  }

  setBeforeExit(listener: (() => void) | null): void {
    this.#listener = listener;
    if (listener) this.scheduleCheck();
  }

  /**
   * The check needs a task of its own (the loop has drained only once no microtask is left), but
   * it asks for one only after a few microtask turns: an async handler that awaits nothing slower
   * than a promise has answered by then and removed the listener, so its request costs the worker
   * one task instead of two (a third of the worker's time per request, bench trace).
   */
  scheduleCheck(): void {
    if (this.#checkScheduled || !this.#listener) return;
    this.#checkScheduled = true;
    this.#turnsLeft = CHECK_AFTER_TURNS;
    void settled.then(this.#afterTurn);
  }

  // Every request schedules a check: its turns reuse these two functions instead of allocating
  // closures and promises for each request (the worker's garbage is paid for in collections).
  #turnsLeft = 0;
  #afterTurn = (): void => {
    if (!this.#listener) {
      this.#checkScheduled = false;
    } else if (--this.#turnsLeft > 0) {
      void settled.then(this.#afterTurn);
    } else {
      this.host.macrotask(this.#check);
    }
  };
  #check = (): void => {
    this.#checkScheduled = false;
    const listener = this.#listener;
    // A frozen process does not drain: the thaw checks again.
    if (this.#pending > 0 || !listener || this.#frozen) return;
    this.#listener = null;
    this.guard(listener);
  };
}

export function createEventLoop(host: EventLoopHost): EventLoop {
  const loop = new Loop(host);
  const starter =
    (kind: Kind) =>
    (callback: (...args: unknown[]) => void, ms?: unknown, ...args: unknown[]) =>
      loop.start(kind, callback, ms, args);
  const clear = (handle: unknown) => loop.clear(handle);
  return {
    timers: {
      setTimeout: starter('timeout'),
      setInterval: starter('interval'),
      setImmediate: (callback: (...args: unknown[]) => void, ...args: unknown[]) =>
        loop.start('immediate', callback, 0, args),
      clearTimeout: clear,
      clearInterval: clear,
      clearImmediate: clear,
    },
    // Through a promise, not queueMicrotask: the scope's queueMicrotask is this very function.
    nextTick: (callback, ...args) =>
      void Promise.resolve().then(() => loop.guard(() => callback(...args))),
    queueMicrotask: (callback) => void Promise.resolve().then(() => loop.guard(callback)),
    track: (promise) => loop.track(promise),
    setBeforeExit: (listener) => loop.setBeforeExit(listener),
    guard: loop.guard,
    earliestDue: () => loop.earliestDue(),
    freeze: () => loop.freeze(),
    thaw: () => loop.thaw(),
  };
}
