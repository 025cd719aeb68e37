// One period's handler durations, kept as a bounded, evenly thinned sample, and percentiles of it.

export interface DurationSamples {
  values: number[];
  /** Every `stride`-th duration is kept; doubles each time the sample is thinned. */
  stride: number;
  seen: number;
  /** Whether `values` is in ascending order (sorting waits until a percentile is read). */
  sorted: boolean;
}

export function emptySamples(): DurationSamples {
  return { values: [], stride: 1, seen: 0, sorted: true };
}

export function clearSamples(samples: DurationSamples): void {
  samples.values.length = 0;
  samples.stride = 1;
  samples.seen = 0;
  samples.sorted = true;
}

/**
 * O(1) per duration: no sorting here, which keeps thousands of invocations a second cheap. When
 * `kept` values are held, every other one is dropped and from then on only every other arrival is
 * taken, so the memory stays bounded while the sample still covers the whole period evenly.
 */
export function addSample(samples: DurationSamples, durationMs: number, kept: number): void {
  samples.seen += 1;
  if (samples.seen % samples.stride !== 0) return;
  const { values } = samples;
  values.push(durationMs);
  samples.sorted = false;
  if (values.length < kept) return;
  const half = values.length >> 1;
  for (let i = 0; i < half; i += 1) values[i] = values[2 * i + 1]!;
  values.length = half;
  samples.stride *= 2;
}

/**
 * The nearest-rank percentile (the smallest value with at least p % of the sample at or below
 * it), or null for an empty sample. Sorts the sample in place the first time it is read.
 */
export function percentile(samples: DurationSamples, p: number): number | null {
  const { values } = samples;
  if (values.length === 0) return null;
  if (!samples.sorted) {
    values.sort((a, b) => a - b);
    samples.sorted = true;
  }
  const rank = Math.max(1, Math.ceil((p / 100) * values.length));
  return values[rank - 1]!;
}
