// Blank workers spawned ahead of need. A spare is not an instance: taking one skips only the
// browser's worker start-up, and the learner still sees the function's own INIT. The pool is
// refilled a little later, off the cold start's critical path.
import type { WorkerLike } from '../protocol';

export interface SparePoolOptions {
  createWorker: () => WorkerLike;
  size: number;
  /** How long after a take the pool spawns replacements. */
  refillDelayMs: number;
}

export interface SparePool {
  /**
   * A spare (a booted one first), or a fresh worker when none is left. `booted` says whether it
   * has already sent `ready`; if not, it will, before it answers anything else.
   */
  take(): { worker: WorkerLike; booted: boolean };
  /**
   * Spawns no spare for `ms`: a worker terminated while spinning keeps its thread (and a core)
   * busy for about 2 s in Chromium, and a worker started meanwhile starts ≈ 1.5× slower
   * (docs/browser-limits.md#spinning-workers). A cold start in that window still gets a worker.
   */
  pause(ms: number): void;
  /** How many spares wait, and how many of them have said `ready`. */
  count(): { spares: number; ready: number };
  dispose(): void;
}

interface Spare {
  worker: WorkerLike;
  ready: boolean;
}

export function createSparePool(options: SparePoolOptions): SparePool {
  const spares: Spare[] = [];
  let refillTimer: ReturnType<typeof setTimeout> | undefined;
  let pauseTimer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const scheduleRefill = () => {
    if (disposed || pauseTimer !== undefined || refillTimer !== undefined) return;
    if (spares.length >= options.size) return;
    refillTimer = setTimeout(fill, options.refillDelayMs);
  };
  const spawn = () => {
    const spare: Spare = { worker: options.createWorker(), ready: false };
    spare.worker.onmessage = (event) => {
      if (event.data.type === 'ready') spare.ready = true;
    };
    // A spare that fails to start is dropped and replaced later.
    spare.worker.onerror = () => {
      spare.worker.terminate();
      spares.splice(spares.indexOf(spare), 1);
      scheduleRefill();
    };
    spares.push(spare);
  };
  function fill() {
    refillTimer = undefined;
    while (!disposed && spares.length < options.size) spawn();
  }
  fill();

  return {
    take() {
      const index = Math.max(
        0,
        spares.findIndex((spare) => spare.ready),
      );
      const [spare] = spares.splice(index, 1);
      scheduleRefill();
      if (!spare) return { worker: options.createWorker(), booted: false };
      spare.worker.onmessage = null;
      spare.worker.onerror = null;
      return { worker: spare.worker, booted: spare.ready };
    },
    pause(ms) {
      clearTimeout(refillTimer);
      clearTimeout(pauseTimer);
      refillTimer = undefined;
      pauseTimer = setTimeout(() => {
        pauseTimer = undefined;
        scheduleRefill();
      }, ms);
    },
    count: () => ({ spares: spares.length, ready: spares.filter((spare) => spare.ready).length }),
    dispose() {
      disposed = true;
      clearTimeout(refillTimer);
      clearTimeout(pauseTimer);
      for (const spare of spares.splice(0)) spare.worker.terminate();
    },
  };
}
