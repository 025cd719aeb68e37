// Each Monitor chart's figures in words: what a screen reader reads, what a test checks, and what
// a learner at the back of the room can read when the lines are too thin to see.
import type { MetricPeriodSpec, MetricSeriesView } from '../../store';
import { formatMs } from '../format';

function sum(values: number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** A share in percent with at most one decimal: 20, 33.3. */
export function percentText(part: number, whole: number): string {
  return `${Number(((part / whole) * 100).toFixed(1))} %`;
}

/** "12 in the last 5 min · 3 in the latest second": the window's total and the period under way. */
function totalAndLatest(values: number[], spec: MetricPeriodSpec): string {
  return `${sum(values)} in the last ${spec.window} · ${values.at(-1) ?? 0} in the latest ${spec.unit}`;
}

export function invocationsSummary(view: MetricSeriesView, spec: MetricPeriodSpec): string {
  return totalAndLatest(view.invocations, spec);
}

export function throttlesSummary(view: MetricSeriesView, spec: MetricPeriodSpec): string {
  return totalAndLatest(view.throttles, spec);
}

/** The percentiles of the latest period that had invocations. */
export function durationSummary(view: MetricSeriesView, spec: MetricPeriodSpec): string {
  const at = view.p50.findLastIndex((value) => value !== null);
  if (at < 0) return `No invocations in the last ${spec.window}`;
  const [p50, p95, p99] = [view.p50[at]!, view.p95[at]!, view.p99[at]!];
  return `p50 ${formatMs(p50)} · p95 ${formatMs(p95)} · p99 ${formatMs(p99)} in the latest ${spec.unit} with invocations`;
}

/** Errors and the success rate, as the console's "Error count and success rate" chart. */
export function errorsSummary(view: MetricSeriesView, spec: MetricPeriodSpec): string {
  const [errors, invocations] = [sum(view.errors), sum(view.invocations)];
  const total = `${errors} in the last ${spec.window}`;
  if (invocations === 0) return total;
  return `${total} · success rate ${percentText(invocations - errors, invocations)}`;
}

export function concurrencySummary(view: MetricSeriesView, spec: MetricPeriodSpec): string {
  return `max ${Math.max(0, ...view.concurrency)} in the last ${spec.window} · ${view.concurrencyNow} now`;
}

export function coldStartsSummary(view: MetricSeriesView, spec: MetricPeriodSpec): string {
  const [cold, invocations] = [sum(view.coldStarts), sum(view.invocations)];
  const total = `${cold} in the last ${spec.window}`;
  if (invocations === 0) return total;
  const noun = invocations === 1 ? 'invocation' : 'invocations';
  return `${total} · ${percentText(cold, invocations)} of ${invocations} ${noun}`;
}
