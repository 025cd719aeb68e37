// How long a request's code actually ran on the CPU, apart from the time it spent waiting (timers,
// fetches). AWS gives a function CPU in proportion to its memory, so only the computing part of a
// Duration would stretch at a small memory size (docs/aws-lambda.md#memory-buys-cpu).
//
// JavaScript runs in slices: a task (the invoke message, a timer firing, a fetch settling) and
// the microtasks it queues. A slice opens where the runtime hands control to the function's code
// and closes when the worker next runs a task of its own, which the browser does only once the
// slice and its microtasks are over. The sum of the slices is the request's CPU time; the gaps
// between them, when the worker had nothing to run, are its waiting time.
//
// Part of a wait can be this computer's, not the code's: a timer due while the worker had nothing
// to run, which fires late because the browser gave the worker's thread no CPU (a busy page, two
// cores shared with a classroom's worth of tabs). Node on Lambda would have run it on time, so
// that lateness is the host's lag, kept apart here so Duration can leave it out
// (docs/aws-lambda.md#platform-time).

export interface CpuMeter {
  /** A request (or INIT) starts: the sums go back to zero and a slice opens now. */
  begin(): void;
  /**
   * The function's code runs again after a wait: a slice opens unless one is open already.
   * `dueAt` is the host time a timer that fired was due at, to measure how late it came.
   */
  resumed(dueAt?: number): void;
  /** The request's CPU time so far, the open slice counted up to now. */
  total(): number;
  /**
   * How long, since `begin`, timers fired late while the code had nothing to run: the host's lag.
   * Overlapping lateness counts once. `overdueAt`: a timer due then that has not fired yet, whose
   * lateness so far counts too.
   */
  hostLag(overdueAt?: number | null): number;
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
  /** When the code last had nothing to run: the last slice's close (or `begin`). */
  let idleSince = 0;
  let lag = 0;
  let closeQueued = false;

  const close = () => {
    closeQueued = false;
    if (openedAt === null) return;
    const now = host.now();
    sum += now - openedAt;
    openedAt = null;
    idleSince = now;
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
  // Only while no slice is open: with one open (its close not yet run), the worker was still
  // busy with the code's own work when the timer fell due, and the delay is the code's. A late
  // timer opens a slice, and its close moves idleSince past the lateness just counted, so a
  // second timer late through the same stall adds nothing.
  const latenessOf = (dueAt: number) => {
    if (openedAt !== null) return 0;
    return Math.max(0, host.now() - Math.max(dueAt, idleSince));
  };

  return {
    begin() {
      sum = 0;
      lag = 0;
      openedAt = null;
      idleSince = host.now();
      open();
    },
    resumed(dueAt) {
      if (dueAt !== undefined) lag += latenessOf(dueAt);
      open();
    },
    total: () => sum + (openedAt === null ? 0 : host.now() - openedAt),
    hostLag: (overdueAt) => lag + (overdueAt == null ? 0 : latenessOf(overdueAt)),
  };
}
