// How long a request's code actually ran on the CPU, apart from the time it spent waiting (timers,
// fetches). AWS gives a function CPU in proportion to its memory, so only the computing part of a
// Duration would stretch at a small memory size (docs/aws-lambda.md#memory-buys-cpu).
//
// JavaScript runs in slices: a task (the invoke message, a timer firing, a fetch settling) and
// the microtasks it queues. A slice opens where the runtime hands control to the function's code
// and closes when the worker next runs a task of its own, which the browser does only once the
// slice and its microtasks are over. The sum of the slices is the request's CPU time; the gaps
// between them, when the worker had nothing to run, are its waiting time.

export interface CpuMeter {
  /** A request starts: the sum goes back to zero and a slice opens now. */
  begin(): void;
  /** The function's code runs again after a wait: a slice opens unless one is open already. */
  resumed(): void;
  /** The request's CPU time so far, the open slice counted up to now. */
  total(): number;
}

export interface CpuMeterHost {
  /** performance.now() */
  now(): number;
  /** Runs `callback` in a later task, after pending microtasks. */
  macrotask(callback: () => void): void;
}

export function createCpuMeter(host: CpuMeterHost): CpuMeter {
  let sum = 0;
  /** When the open slice started; null between slices. */
  let openedAt: number | null = null;
  let closeQueued = false;

  const close = () => {
    closeQueued = false;
    if (openedAt === null) return;
    sum += host.now() - openedAt;
    openedAt = null;
  };
  const open = () => {
    if (openedAt !== null) return;
    openedAt = host.now();
    // One pending close at a time: it runs once this slice's task and microtasks are done.
    if (!closeQueued) {
      closeQueued = true;
      host.macrotask(close);
    }
  };

  return {
    begin() {
      sum = 0;
      openedAt = null;
      open();
    },
    resumed: open,
    total: () => sum + (openedAt === null ? 0 : host.now() - openedAt),
  };
}
