// The Monitor view's vocabulary: the periods metrics are kept at, and what reading a window returns.

export type MetricPeriod = '1s' | '1m';

export interface MetricPeriodSpec {
  periodMs: number;
  /** How many periods are kept: the window the charts show. */
  buckets: number;
  /** Durations kept per period for percentiles; past it the sample is thinned evenly. */
  samplesKept: number;
  /** e.g. `second`, as in "3 in the latest second". */
  unit: string;
  /** The window in words, e.g. `5 min`. */
  window: string;
}

/**
 * Two granularities of simulated time. One-second periods over 5 minutes read well from 1× to 10×:
 * the window spans 5 minutes to 30 seconds of real time, so a chart scrolls slowly enough to read.
 * From 20× on, a second of simulated time lasts 50 ms or less and that window would pass in 15 s,
 * so one-minute periods over an hour (the Lambda console's own default period) take over: at 100×
 * that window spans 36 s of real time.
 */
export const METRIC_PERIODS: Record<MetricPeriod, MetricPeriodSpec> = {
  '1s': { periodMs: 1_000, buckets: 300, samplesKept: 256, unit: 'second', window: '5 min' },
  '1m': { periodMs: 60_000, buckets: 60, samplesKept: 1_024, unit: 'minute', window: '1 hour' },
};

/** The speed from which one-minute periods read better than one-second ones (see above). */
const MINUTE_PERIODS_FROM_SPEED = 20;

export function periodForSpeed(speed: number): MetricPeriod {
  return speed >= MINUTE_PERIODS_FROM_SPEED ? '1m' : '1s';
}

/** One function's (or every function's) metrics over the window, one entry per period. */
export interface MetricSeriesView {
  periodMs: number;
  /** Each period's start, simulated epoch ms, oldest first; the last is the one under way. */
  times: number[];
  /** Invocations that started in the period (CloudWatch stamps them with the invoke time). */
  invocations: number[];
  /** Of those, the ones that failed: an error, a timeout or a crash. */
  errors: number[];
  /** Of those, the ones that were cold starts. */
  coldStarts: number[];
  /** Requests turned away with 429 in the period. */
  throttles: number[];
  /** The most instances starting or busy at once during the period. */
  concurrency: number[];
  /** Handler duration percentiles in ms; null where the period had no invocation. */
  p50: (number | null)[];
  p95: (number | null)[];
  p99: (number | null)[];
  /** Instances starting or busy right now. */
  concurrencyNow: number;
}
