// The Monitor view's metrics: every platform event is folded in as it happens (O(1) each, so load
// costs nothing extra), and the view reads a window only when it draws, at its own pace.
import type { MetricPeriod, MetricSeriesView } from './metrics-model';
import { createMetricsAggregator } from './metrics-aggregate';
import { world } from '../../platform/platform-world';

const metrics = createMetricsAggregator();

/** Starts collecting (at the app's start-up, after the platform exists); returns the stop. */
export function watchMetrics(): () => void {
  return world().platform.subscribe(metrics.record);
}

/**
 * The window ending now on the simulated clock, for one function or (null) for all of them. The
 * aggregation needs no batching (each event is a few additions); reading builds fresh arrays, so
 * call it a few times a second at most.
 */
export function readMetrics(functionName: string | null, period: MetricPeriod): MetricSeriesView {
  return metrics.read(functionName, period, world().clock.now());
}

/** Clears the charts with the session (Reset). */
export function resetMetrics(): void {
  metrics.clear();
}
