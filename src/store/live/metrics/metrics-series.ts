// One function's metrics at one granularity: a ring of period buckets over simulated time, filled
// in O(1) per event and read as a window of arrays for the charts.
import type { MetricPeriodSpec, MetricSeriesView } from './metrics-model';
import type { DurationSamples } from './metrics-samples';
import { addSample, clearSamples, emptySamples, percentile } from './metrics-samples';

interface Bucket {
  /** floor(time / periodMs) of the period this slot holds now. */
  index: number;
  invocations: number;
  errors: number;
  coldStarts: number;
  throttles: number;
  /** The concurrency when the period's first change came; NaN while nothing changed in it. */
  concurrencyOpen: number;
  concurrencyMax: number;
  durations: DurationSamples;
}

export interface MetricSeries {
  /** An invocation that started at `startTime` (CloudWatch stamps metrics with the invoke time). */
  addInvocation(startTime: number, durationMs: number, failed: boolean, cold: boolean): void;
  addThrottle(time: number): void;
  /** The number of instances starting or busy went from `before` to `after` at `time`. */
  moveConcurrency(time: number, before: number, after: number): void;
  /** The window that ends with the period holding `now`; `concurrencyNow` fills quiet periods. */
  read(now: number, concurrencyNow: number): MetricSeriesView;
  clear(): void;
}

function zeroed(index: number): Omit<Bucket, 'durations'> {
  const counts = { invocations: 0, errors: 0, coldStarts: 0, throttles: 0 };
  return { index, ...counts, concurrencyOpen: NaN, concurrencyMax: 0 };
}

export function createMetricSeries(spec: MetricPeriodSpec): MetricSeries {
  const { periodMs, buckets, samplesKept } = spec;
  const ring: (Bucket | undefined)[] = new Array<Bucket | undefined>(buckets);

  /** The bucket for `time`, claiming its slot from an older period; null if already dropped. */
  function bucketAt(time: number): Bucket | null {
    const index = Math.floor(time / periodMs);
    const slot = index % buckets;
    const bucket = ring[slot];
    if (bucket === undefined) {
      const fresh = { ...zeroed(index), durations: emptySamples() };
      ring[slot] = fresh;
      return fresh;
    }
    if (bucket.index > index) return null;
    if (bucket.index < index) {
      // Once per period, never per event: the slot and its sample's array are reused.
      Object.assign(bucket, zeroed(index));
      clearSamples(bucket.durations);
    }
    return bucket;
  }

  function read(now: number, concurrencyNow: number): MetricSeriesView {
    const last = Math.floor(now / periodMs);
    const view: MetricSeriesView = {
      periodMs,
      times: new Array<number>(buckets),
      invocations: new Array<number>(buckets).fill(0),
      errors: new Array<number>(buckets).fill(0),
      coldStarts: new Array<number>(buckets).fill(0),
      throttles: new Array<number>(buckets).fill(0),
      concurrency: new Array<number>(buckets),
      p50: new Array<number | null>(buckets).fill(null),
      p95: new Array<number | null>(buckets).fill(null),
      p99: new Array<number | null>(buckets).fill(null),
      concurrencyNow,
    };
    // Walks back from now: a period without a change held the level the next change started from.
    let level = concurrencyNow;
    for (let at = buckets - 1; at >= 0; at -= 1) {
      const index = last - (buckets - 1 - at);
      view.times[at] = index * periodMs;
      const bucket = ring[index % buckets];
      if (bucket === undefined || bucket.index !== index) {
        view.concurrency[at] = level;
        continue;
      }
      view.invocations[at] = bucket.invocations;
      view.errors[at] = bucket.errors;
      view.coldStarts[at] = bucket.coldStarts;
      view.throttles[at] = bucket.throttles;
      view.p50[at] = percentile(bucket.durations, 50);
      view.p95[at] = percentile(bucket.durations, 95);
      view.p99[at] = percentile(bucket.durations, 99);
      if (Number.isNaN(bucket.concurrencyOpen)) view.concurrency[at] = level;
      else {
        view.concurrency[at] = bucket.concurrencyMax;
        level = bucket.concurrencyOpen;
      }
    }
    return view;
  }

  return {
    addInvocation(startTime, durationMs, failed, cold) {
      const bucket = bucketAt(startTime);
      if (!bucket) return;
      bucket.invocations += 1;
      if (failed) bucket.errors += 1;
      if (cold) bucket.coldStarts += 1;
      addSample(bucket.durations, durationMs, samplesKept);
    },
    addThrottle(time) {
      const bucket = bucketAt(time);
      if (bucket) bucket.throttles += 1;
    },
    moveConcurrency(time, before, after) {
      const bucket = bucketAt(time);
      if (!bucket) return;
      if (Number.isNaN(bucket.concurrencyOpen)) {
        bucket.concurrencyOpen = before;
        bucket.concurrencyMax = before;
      }
      if (after > bucket.concurrencyMax) bucket.concurrencyMax = after;
    },
    read,
    clear() {
      ring.fill(undefined);
    },
  };
}
