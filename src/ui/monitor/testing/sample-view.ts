// A small window of metrics for the Monitor view's tests.
import type { MetricSeriesView } from '../../../store';

/** Three one-second periods: two invocations (one cold, one failed), then one, then none. */
export function sampleView(overrides: Partial<MetricSeriesView> = {}): MetricSeriesView {
  return {
    periodMs: 1_000,
    times: [1_000, 2_000, 3_000],
    invocations: [2, 1, 0],
    errors: [1, 0, 0],
    coldStarts: [1, 0, 0],
    throttles: [0, 2, 1],
    concurrency: [2, 1, 0],
    p50: [5, 7.5, null],
    p95: [12, 7.5, null],
    p99: [12, 7.5, null],
    concurrencyNow: 0,
    ...overrides,
  };
}
