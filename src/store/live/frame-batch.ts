// Gathers items pushed one at a time and hands them over on an animation frame, at most
// UI_UPDATE_INTERVAL_MS apart; every store's batch is handed over in the same frame callback.
/**
 * Under load the engine emits tens of thousands of events a second. Redrawing the stage, result,
 * logs and meters on every frame would spend the frame budget on text nobody reads that fast, so
 * the stores that follow the engine change at most 20 times a second; instance animations run in
 * CSS between updates. A hidden tab gets no frames, so a timer hands the batches over as well.
 *
 * A hand-over of LOAD_BATCH_ITEMS or more (a warm invocation is 7 events, so some 1,400 a second)
 * means the page is the simulation's bottleneck: one thread runs the engine and draws the page,
 * and each update's render, layout and paint is time taken from the requests. Until a hand-over is
 * small again, updates come at most 10 times a second. In a bench trace under sustained load that
 * halved the update frames (39 → 21 in 2 s); alternating runs at a fixed 10 per second served
 * 7–31 % more invocations per second than at 20. Clicks and load tests below that rate keep 20.
 *
 * All batches share one frame callback: React renders the updates of every store set in one task
 * together, so the page re-renders once per update instead of once per store. Views that redraw on
 * a clock tick in that callback too (startFrameTicker), taking every waiting batch with them.
 */
export const UI_UPDATE_INTERVAL_MS = 50;
export const LOAD_BATCH_ITEMS = 500;
/** How much longer the interval is while hand-overs are large. */
const UNDER_LOAD_FACTOR = 2;

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
  /** Hands the batch over; returns how many items it held. */
  flush(): number;
}

/** Batches holding items, in the order they first had one since their last hand-over. */
const waiting = new Set<Due>();
/** Frame tickers whose interval has passed: they run in the next frame callback. */
const dueTicks = new Set<() => void>();
let frameRequested = false;

/** How much later than its interval a batch goes without a frame (the frames normally win). */
const FALLBACK_GRACE_MS = 100;

/** Whether the last hand-over was large (see LOAD_BATCH_ITEMS). */
let underLoad = false;

const intervalOf = (due: Due) => due.minIntervalMs * (underLoad ? UNDER_LOAD_FACTOR : 1);

/** Hands over the batches `isDue` picks, and sets the pace from the largest of them. */
function handOver(isDue: (due: Due) => boolean): void {
  let largest = 0;
  for (const due of [...waiting]) if (isDue(due)) largest = Math.max(largest, due.flush());
  if (largest > 0) underLoad = largest >= LOAD_BATCH_ITEMS;
}

function onFrame(): void {
  frameRequested = false;
  const now = performance.now();
  const isDue = (due: Due) => now - due.lastFlushAt >= intervalOf(due);
  // A tick re-renders: it waits for the stores' next hand-over (an interval at most) and takes
  // every waiting batch with it, so the page renders, lays out and paints once for both, and the
  // clocks' ticks add no renders to the stores' pace.
  const ticking = dueTicks.size > 0 && (waiting.size === 0 || [...waiting].some(isDue));
  handOver((due) => ticking || isDue(due));
  if (ticking) {
    const ticks = [...dueTicks];
    dueTicks.clear();
    for (const tick of ticks) tick();
  }
  if (waiting.size > 0 || dueTicks.size > 0) requestFrame();
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
  due.fallback = setTimeout(
    () => {
      if (waiting.has(due)) handOver((candidate) => candidate === due);
    },
    intervalOf(due) + FALLBACK_GRACE_MS,
  );
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
      return batch.length;
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
    flush() {
      due.flush();
    },
    clear() {
      pending = [];
      waiting.delete(due);
    },
  };
}
