// A model of Node's event loop on top of the browser's: counts the work that would keep a Node
// process alive (referenced timers, immediates, fetches, body reads, Web Crypto calls) and calls
// the runtime's 'beforeExit' listener once none is left after a macrotask turn. Callbacks that
// throw are reported as uncaught exceptions, as Node reports them.
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
   */
  resumed?(): void;
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
}

class Loop {
  readonly active = new Map<number, Active>();
  #nextId = 1;
  #pending = 0;
  #listener: (() => void) | null = null;
  #checkScheduled = false;

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
    };
    this.active.set(timer.id, entry);
    this.adjust(+1);
    this.#schedule(entry);
    return timer;
  }

  #schedule(entry: Active): void {
    const fire = () => {
      if (entry.cancelled) return;
      this.host.resumed?.();
      if (entry.kind !== 'interval') this.#remove(entry);
      this.guard(entry.run);
    };
    if (entry.kind === 'immediate') this.host.macrotask(fire);
    else if (entry.kind === 'interval')
      entry.hostHandle = this.host.timers.setInterval(fire, entry.ms);
    else entry.hostHandle = this.host.timers.setTimeout(fire, entry.ms);
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
    this.#schedule(entry);
  }

  #cancelHost(entry: Active): void {
    if (entry.kind === 'interval') this.host.timers.clearInterval(entry.hostHandle);
    else if (entry.kind === 'timeout') this.host.timers.clearTimeout(entry.hostHandle);
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
    // The caller gets the derived promise, so a rejection it ignores is still unhandled.
    return promise.finally(() => {
      this.host.resumed?.();
      this.adjust(-1);
    });
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
    if (this.#pending > 0 || !listener) return;
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
  };
}
