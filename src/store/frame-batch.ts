// Gathers items pushed one at a time and hands them over on an animation frame, at most
// UI_UPDATE_INTERVAL_MS apart.
/**
 * Under load the engine emits tens of thousands of events a second. Redrawing the stage, result,
 * logs and meters on every frame would spend the frame budget on text nobody reads that fast, so
 * the stores that follow the engine change at most 20 times a second; instance animations run in
 * CSS between updates. A hidden tab gets no frames, so a timer hands the batch over as well.
 */
export const UI_UPDATE_INTERVAL_MS = 50;

export interface FrameBatch<T> {
  push(item: T): void;
  /** Hands over what is waiting now, without waiting for the frame. */
  flush(): void;
  /** Forgets what is waiting. */
  clear(): void;
}

export function createFrameBatch<T>(
  deliver: (batch: T[]) => void,
  minIntervalMs = UI_UPDATE_INTERVAL_MS,
): FrameBatch<T> {
  let pending: T[] = [];
  let scheduled = false;
  let lastFlushAt = -Infinity;

  function flush(): void {
    scheduled = false;
    lastFlushAt = performance.now();
    const batch = pending;
    pending = [];
    if (batch.length > 0) deliver(batch);
  }

  function onFrame(): void {
    if (!scheduled) return;
    if (performance.now() - lastFlushAt < minIntervalMs) requestAnimationFrame(onFrame);
    else flush();
  }

  return {
    push(item) {
      pending.push(item);
      if (scheduled) return;
      scheduled = true;
      if (typeof requestAnimationFrame === 'function') requestAnimationFrame(onFrame);
      setTimeout(() => scheduled && flush(), minIntervalMs + 100);
    },
    flush,
    clear() {
      pending = [];
    },
  };
}
