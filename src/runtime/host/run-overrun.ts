// Whether an overdue answer is late by the code's doing or by this computer's
// (docs/aws-lambda.md#platform-time). The page asks the worker how long the run has taken by its
// own time (its Duration were it to answer now, this computer's lag left out); while that is
// within what the function's runs take, the wait is the computer's and platform time holds on.

export interface OverrunWatch {
  /** Asks the worker; settles with the run's own time so far, or null once it is not running. */
  ask(): Promise<number | null>;
  /** The run's own time past which it is long by its own doing. */
  ownMs: number;
  /** Real ms without a reply after which the worker counts as unable to say (it computes). */
  silenceMs: number;
  /** Real-time waiting (setTimeout in the app, a manual clock in tests). */
  wait(ms: number): { done: Promise<void>; cancel(): void };
}

/**
 * Asks no more often than this: a run cannot gain own time faster than real time passes, so
 * after a reply the next ask waits for the time still missing, but never less than this.
 */
export const MIN_ASK_GAP_MS = 20;

/** Settles once the run has taken `ownMs` of its own time, has ended, or the worker fell silent. */
export async function whenOverrun(watch: OverrunWatch): Promise<void> {
  for (;;) {
    const silence = watch.wait(watch.silenceMs);
    // Silence reads as null too: a worker that cannot answer cannot say the wait is the computer's.
    const reply = await Promise.race([watch.ask(), silence.done.then(() => null)]);
    silence.cancel();
    if (reply === null || reply >= watch.ownMs) return;
    await watch.wait(Math.max(MIN_ASK_GAP_MS, watch.ownMs - reply)).done;
  }
}

/** `wait` on the browser's timers. */
export function realWait(ms: number): { done: Promise<void>; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const done = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return { done, cancel: () => clearTimeout(timer) };
}
