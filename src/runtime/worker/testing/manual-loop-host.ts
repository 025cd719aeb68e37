// Test support: an event-loop host on a manual clock. Timers fire only when a test advances the
// clock; tasks (the host's macrotasks) run in order; microtasks settle between them.
/// <reference types="node" />
import type { EventLoopHost, HostTimers } from '../event-loop';

interface HostTimer {
  id: number;
  due: number;
  callback: () => void;
  /** Set for an interval: its period. */
  every: number | null;
}

/** Lets every pending microtask run: a Node task comes after all of them. */
const settleMicrotasks = () => new Promise<void>((resolve) => setImmediate(resolve));

export class ManualLoopHost implements EventLoopHost {
  time = 0;
  readonly uncaught: unknown[] = [];
  /** How many times the loop reported work that ran after its invocation returned. */
  leftovers = 0;
  /** Each time the code got control back: the due time a timer passed, or undefined. */
  readonly resumes: Array<number | undefined> = [];
  #timers = new Map<number, HostTimer>();
  #tasks: Array<() => void> = [];
  #nextId = 1;

  readonly timers: HostTimers = {
    setTimeout: (callback, ms = 0) => this.#add(callback, ms, null),
    clearTimeout: (handle) => this.#timers.delete(handle as number),
    setInterval: (callback, ms = 0) => this.#add(callback, ms, ms),
    clearInterval: (handle) => this.#timers.delete(handle as number),
  };

  /** Host timers waiting to fire. */
  get scheduled(): number {
    return this.#timers.size;
  }

  macrotask = (callback: () => void): void => {
    this.#tasks.push(callback);
  };

  onUncaught = (error: unknown): void => {
    this.uncaught.push(error);
  };

  now = (): number => this.time;

  resumed = (dueAt?: number): void => {
    this.resumes.push(dueAt);
  };

  onLeftover = (): void => {
    this.leftovers += 1;
  };

  #add(callback: () => void, ms: number, every: number | null): number {
    const id = this.#nextId++;
    this.#timers.set(id, { id, due: this.time + Math.max(0, ms), callback, every });
    return id;
  }

  #nextDue(until: number): HostTimer | undefined {
    let next: HostTimer | undefined;
    for (const timer of this.#timers.values()) {
      if (timer.due > until) continue;
      if (!next || timer.due < next.due || (timer.due === next.due && timer.id < next.id)) {
        next = timer;
      }
    }
    return next;
  }

  /** Runs queued tasks, then the timers due within `ms`, in time order; the clock ends `ms` on. */
  async advance(ms: number): Promise<void> {
    const until = this.time + ms;
    for (;;) {
      await settleMicrotasks();
      const task = this.#tasks.shift();
      if (task) {
        task();
        continue;
      }
      const timer = this.#nextDue(until);
      if (!timer) break;
      this.time = timer.due;
      if (timer.every === null) this.#timers.delete(timer.id);
      else timer.due += Math.max(1, timer.every);
      timer.callback();
    }
    this.time = until;
  }
}
