// Turns raw samples into the figures the benchmark prints: percentiles, summaries and ratios.

/** p50 and p95 of one figure over `n` samples. */
export interface Summary {
  p50: number;
  p95: number;
  n: number;
}

/**
 * The p-th percentile (0–100) by linear interpolation between the closest ranks (Hyndman & Fan
 * type 7, the default of NumPy and spreadsheets), so few samples still give a stable answer.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new RangeError('percentile of no samples');
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0–100, got ${p}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const below = Math.floor(rank);
  const low = sorted[below]!;
  const high = sorted[Math.min(below + 1, sorted.length - 1)]!;
  return low + (high - low) * (rank - below);
}

export function summarize(samples: readonly number[]): Summary {
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), n: samples.length };
}

/** A measured stretch of time cut into windows; each window gives one sample. */
export interface Span {
  start: number;
  end: number;
  windowMs: number;
}

/** Splits items into the full windows of `windowMs` between `start` and `end`, by their time. */
export function byWindow<T>(items: readonly T[], timeOf: (item: T) => number, span: Span): T[][] {
  const { start, end, windowMs } = span;
  const windows = Array.from({ length: Math.floor((end - start) / windowMs) }, (): T[] => []);
  for (const item of items) {
    windows[Math.floor((timeOf(item) - start) / windowMs)]?.push(item);
  }
  return windows;
}

/** Events per second in each window, from the times the events happened. */
export function ratePerWindow(times: readonly number[], span: Span): number[] {
  return byWindow(times, (time) => time, span).map(
    (window) => (window.length * 1000) / span.windowMs,
  );
}

/** Frame times (ms) from requestAnimationFrame timestamps, each placed at its frame's end. */
export function frameTimes(stamps: readonly number[]): Array<{ at: number; ms: number }> {
  return stamps.slice(1).map((at, i) => ({ at, ms: at - stamps[i]! }));
}

/**
 * The p95 frame time of each window. A window in which no frame ended was covered whole by one
 * long frame: its figure is that frame's length (the page showed nothing new for that long).
 */
export function frameP95PerWindow(stamps: readonly number[], span: Span): number[] {
  const frames = frameTimes(stamps);
  return byWindow(frames, (frame) => frame.at, span).map((window, i) => {
    if (window.length > 0)
      return percentile(
        window.map((frame) => frame.ms),
        95,
      );
    const windowEnd = span.start + (i + 1) * span.windowMs;
    const covering = frames.find((frame) => frame.at >= windowEnd);
    // No frame ended after it either: at least the time since the last one began.
    return covering ? covering.ms : windowEnd - (stamps.at(-1) ?? span.start);
  });
}
