// The metrics window the Monitor charts draw: read from the store a few times a second while the
// charts can be seen, seldom while they are scrolled away, and not at all in a hidden tab.
import { useEffect, useMemo, useState } from 'react';
import type { MetricPeriod, MetricSeriesView } from '../../store';
import { readMetrics } from '../../store';
import { useReducedMotion } from '../stage/use-reduced-motion';

/**
 * Two readings a second: periods are a second at the finest, and a reading that finds nothing new
 * returns the last view (metrics-aggregate.ts), so nothing is drawn again.
 */
const REFRESH_MS = 500;
/** With reduced motion the charts step once a second instead of creeping along. */
const CALM_REFRESH_MS = 1_000;
/**
 * Scrolled out of view, the charts still carry text summaries that a screen reader reads without
 * scrolling (and a new result can push the Monitor down at any time): they must not go stale.
 */
const OFF_SCREEN_REFRESH_MS = 2_000;

function refreshMs(onScreen: boolean, calm: boolean): number {
  if (!onScreen) return OFF_SCREEN_REFRESH_MS;
  return calm ? CALM_REFRESH_MS : REFRESH_MS;
}

export function useMetricsView(
  functionName: string | null,
  period: MetricPeriod,
  onScreen: boolean,
): MetricSeriesView {
  const calm = useReducedMotion();
  const [readings, setReadings] = useState(0);
  useEffect(() => {
    const timer = setInterval(
      () => {
        if (!document.hidden) setReadings((n) => n + 1);
      },
      refreshMs(onScreen, calm),
    );
    return () => clearInterval(timer);
  }, [onScreen, calm]);
  // A new reading per tick (`readings`), or at once when the function or the period changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `readings` is the tick that re-reads
  return useMemo(() => readMetrics(functionName, period), [functionName, period, readings]);
}
