// The Monitor tab's charts, as the Lambda console draws them: which series each one plots, on
// which scale and in which colour, and the words that sum it up.
import type { MetricPeriodSpec, MetricSeriesView } from '../../store';
import {
  coldStartsSummary,
  concurrencySummary,
  durationSummary,
  errorsSummary,
  invocationsSummary,
  throttlesSummary,
} from './metric-summaries';

export type ChartScale = 'count' | 'ms' | '%';

export interface ChartLine {
  label: string;
  /** A colour variable of styles.css, without `--`. */
  color: 'cold' | 'warm' | 'ok' | 'error' | 'throttle' | 'accent' | 'text';
  style: 'bars' | 'line';
  scale: ChartScale;
  values(view: MetricSeriesView): (number | null)[];
}

export interface ChartSpec {
  /** Also the summary's test id: `metric-<id>`. */
  id: 'invocations' | 'duration' | 'errors' | 'throttles' | 'concurrency' | 'cold-starts';
  title: string;
  lines: ChartLine[];
  summary(view: MetricSeriesView, spec: MetricPeriodSpec): string;
}

/** part / whole in percent per period; null where nothing happened. */
function ratio(parts: number[], wholes: number[]): (number | null)[] {
  return parts.map((part, i) => (wholes[i] ? (part / wholes[i]) * 100 : null));
}

export const CHARTS: ChartSpec[] = [
  {
    id: 'invocations',
    title: 'Invocations',
    lines: [
      {
        label: 'Invocations',
        color: 'cold',
        style: 'bars',
        scale: 'count',
        values: (v) => v.invocations,
      },
    ],
    summary: invocationsSummary,
  },
  {
    id: 'duration',
    title: 'Duration',
    lines: [
      { label: 'p50', color: 'ok', style: 'line', scale: 'ms', values: (v) => v.p50 },
      { label: 'p95', color: 'warm', style: 'line', scale: 'ms', values: (v) => v.p95 },
      { label: 'p99', color: 'error', style: 'line', scale: 'ms', values: (v) => v.p99 },
    ],
    summary: durationSummary,
  },
  {
    id: 'errors',
    title: 'Error count and success rate',
    lines: [
      { label: 'Errors', color: 'error', style: 'bars', scale: 'count', values: (v) => v.errors },
      {
        label: 'Success rate (%)',
        color: 'ok',
        style: 'line',
        scale: '%',
        values: (v) =>
          ratio(
            v.invocations.map((n, i) => n - v.errors[i]!),
            v.invocations,
          ),
      },
    ],
    summary: errorsSummary,
  },
  {
    id: 'throttles',
    title: 'Throttles',
    lines: [
      {
        label: 'Throttles',
        color: 'throttle',
        style: 'bars',
        scale: 'count',
        values: (v) => v.throttles,
      },
    ],
    summary: throttlesSummary,
  },
  {
    id: 'concurrency',
    title: 'Concurrent executions (max)',
    lines: [
      {
        label: 'Concurrent executions',
        color: 'accent',
        style: 'line',
        scale: 'count',
        values: (v) => v.concurrency,
      },
    ],
    summary: concurrencySummary,
  },
  {
    id: 'cold-starts',
    title: 'Cold starts and their share',
    lines: [
      {
        label: 'Cold starts',
        color: 'cold',
        style: 'bars',
        scale: 'count',
        values: (v) => v.coldStarts,
      },
      {
        label: 'Share of invocations (%)',
        color: 'warm',
        style: 'line',
        scale: '%',
        values: (v) => ratio(v.coldStarts, v.invocations),
      },
    ],
    summary: coldStartsSummary,
  },
];

/** uPlot's columns: period starts in seconds (its time axis' unit), then each line's values. */
export function chartColumns(chart: ChartSpec, view: MetricSeriesView): (number | null)[][] {
  return [view.times.map((ms) => ms / 1000), ...chart.lines.map((line) => line.values(view))];
}
