// Gathers items pushed one at a time and hands them over on an animation frame, at most
// UI_UPDATE_INTERVAL_MS apart; every store's batch is handed over in the same frame callback.
/**
 * Under load the engine emits tens of thousands of events a second. Redrawing the stage, result,
 * logs and meters on every frame would spend the frame budget on text nobody reads that fast, so
 * the stores that follow the engine change at most 20 times a second; instance animations run in
 * CSS between updates. A hidden tab gets no frames, so a timer hands the batches over as well.
 *
 * All batches share one frame callback: React renders the updates of every store set in one task
 * together, so the page re-renders once per update instead of once per store. Views that redraw on
 * a clock tick in that callback too (startFrameTicker), taking every waiting batch with them.
 */
export const UI_UPDATE_INTERVAL_MS = 50;

export interface FrameBatch<T> {
  push(item: T): void;
  /** Hands over what is waiting now, without waiting for the frame. */
  flush(): void;
  /** Forgets what is waiting. */
  clear(): void;
}

interface Due {
  minIntervalMs: number;
  lastFlushAt: number;
  fallback: ReturnType<typeof setTimeout> | undefined;
  flush(): void;
}

/** Batches holding items, in the order they first had one since their last hand-over. */
const waiting = new Set<Due>();
/** Frame tickers whose interval has passed: they run in the next frame callback. */
const dueTicks = new Set<() => void>();
let frameRequested = false;

/** How much later than its interval a batch goes without a frame (the frames normally win). */
const FALLBACK_GRACE_MS = 100;

function handOverDue(now: number): void {
  for (const due of [...waiting]) if (now - due.lastFlushAt >= due.minIntervalMs) due.flush();
}

function onFrame(): void {
  frameRequested = false;
  const ticks = [...dueTicks];
  dueTicks.clear();
  // A tick re-renders anyway: every waiting batch goes with it, so the page renders once (and
  // lays out and paints once) instead of once for the tick and again for the stores.
  if (ticks.length > 0) for (const due of [...waiting]) due.flush();
  else handOverDue(performance.now());
  for (const tick of ticks) tick();
  if (waiting.size > 0) requestFrame();
}

const hasFrames = () => typeof requestAnimationFrame === 'function';

function requestFrame(): void {
  if (frameRequested || !hasFrames()) return;
  frameRequested = true;
  requestAnimationFrame(onFrame);
}

/**
 * Calls `tick` every `intervalMs`, inside the frame callback that hands the stores' batches over,
 * for views that redraw on a clock (the timeline sliding, countdowns). Without frames (Node) it
 * ticks from the timer; in a hidden tab the tick waits for the tab's next frame. Returns the stop.
 */
export function startFrameTicker(intervalMs: number, tick: () => void): () => void {
  const timer = setInterval(() => {
    if (!hasFrames()) {
      tick();
      return;
    }
    dueTicks.add(tick);
    requestFrame();
  }, intervalMs);
  return () => {
    clearInterval(timer);
    dueTicks.delete(tick);
  };
}

/**
 * Without frames (a hidden tab, Node) a batch goes a little after its interval. With frames the
 * frame callback has handed it over by then, so it never renders outside the shared callback.
 */
function armFallback(due: Due): void {
  clearTimeout(due.fallback);
  due.fallback = setTimeout(() => {
    if (waiting.has(due)) due.flush();
  }, due.minIntervalMs + FALLBACK_GRACE_MS);
}

export function createFrameBatch<T>(
  deliver: (batch: T[]) => void,
  minIntervalMs = UI_UPDATE_INTERVAL_MS,
): FrameBatch<T> {
  let pending: T[] = [];
  const due: Due = {
    minIntervalMs,
    lastFlushAt: -Infinity,
    fallback: undefined,
    flush() {
      waiting.delete(due);
      due.lastFlushAt = performance.now();
      const batch = pending;
      pending = [];
      if (batch.length > 0) deliver(batch);
    },
  };

  return {
    push(item) {
      pending.push(item);
      if (waiting.has(due)) return;
      waiting.add(due);
      requestFrame();
      armFallback(due);
    },
    flush: due.flush,
    clear() {
      pending = [];
      waiting.delete(due);
    },
  };
}
