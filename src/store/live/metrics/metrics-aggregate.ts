// Folds the platform's events into per-function metrics (and the account's, across functions) at
// every granularity of METRIC_PERIODS, as CloudWatch defines them for Lambda.
import type { PlatformEvent } from '../../../engine';
import type { MetricPeriod, MetricPeriodSpec, MetricSeriesView } from './metrics-model';
import { METRIC_PERIODS } from './metrics-model';
import type { MetricSeries } from './metrics-series';
import { createMetricSeries } from './metrics-series';

export interface MetricsAggregator {
  /** The platform's subscriber: O(1) per event, and only four event types do anything. */
  record(event: PlatformEvent): void;
  /**
   * One function's window, or every function's together when `functionName` is null. The same
   * object as the last read of that window while nothing was recorded and no period began, so a
   * view that polls redraws only on change.
   */
  read(functionName: string | null, period: MetricPeriod, now: number): MetricSeriesView;
  /** Forgets the history; what is running now still counts as running. */
  clear(): void;
}

type Periods = Record<MetricPeriod, MetricPeriodSpec>;

interface Tally {
  series: Record<MetricPeriod, MetricSeries>;
  /** The same series as a list, which each event walks. */
  all: MetricSeries[];
  /** Instances starting or busy now. */
  concurrency: number;
}

function newTally(periods: Periods): Tally {
  const series = {
    '1s': createMetricSeries(periods['1s']),
    '1m': createMetricSeries(periods['1m']),
  };
  return { series, all: Object.values(series), concurrency: 0 };
}

/**
 * An instance counts toward concurrency from its cold start to the end of each request, as the
 * engine reserves it (ConcurrentExecutions: "the number of function instances that are processing
 * events", docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html).
 */
function isExecuting(event: Extract<PlatformEvent, { type: 'instance' }>): boolean {
  return event.state === 'starting' || event.state === 'busy';
}

function move(tally: Tally, time: number, delta: number): void {
  const before = tally.concurrency;
  tally.concurrency = Math.max(0, before + delta);
  for (const series of tally.all) series.moveConcurrency(time, before, tally.concurrency);
}

/** When a request in flight started, and whether on a cold start. */
interface Started {
  time: number;
  /** From invoke-start, not REPORT: a suppressed init's REPORT has no Init Duration. */
  cold: boolean;
}

function addInvocation(
  tally: Tally,
  event: Extract<PlatformEvent, { type: 'invoke-end' }>,
  { time: start, cold }: Started,
): void {
  // Errors: "exceptions that your code throws and exceptions that the Lambda runtime throws",
  // timeouts included (same page as above).
  const failed = event.status !== 'ok';
  for (const series of tally.all)
    series.addInvocation(start, event.report.durationMs, failed, cold);
}

export function createMetricsAggregator(periods: Periods = METRIC_PERIODS): MetricsAggregator {
  const account = newTally(periods);
  const byFunction = new Map<string, Tally>();
  /** Instances counted as executing now. */
  const executing = new Set<string>();
  /** When each request in flight started: its metrics are stamped with that time. */
  const startedAt = new Map<string, Started>();
  /** Bumped by every event that changes a figure; read() hands back its last view until then. */
  let changes = 0;
  const lastReads = new Map<string, { changes: number; period: number; view: MetricSeriesView }>();

  function tallyOf(functionName: string): Tally {
    let tally = byFunction.get(functionName);
    if (!tally) {
      tally = newTally(periods);
      byFunction.set(functionName, tally);
    }
    return tally;
  }

  function record(event: PlatformEvent): void {
    switch (event.type) {
      case 'instance': {
        const now = isExecuting(event);
        if (now === executing.has(event.instanceId)) return;
        if (now) executing.add(event.instanceId);
        else executing.delete(event.instanceId);
        changes += 1;
        move(tallyOf(event.functionName), event.time, now ? 1 : -1);
        move(account, event.time, now ? 1 : -1);
        return;
      }
      case 'invoke-start':
        startedAt.set(event.requestId, { time: event.time, cold: event.cold });
        return;
      case 'invoke-end': {
        const start = startedAt.get(event.requestId) ?? {
          time: event.time,
          cold: event.report.initDurationMs !== undefined,
        };
        startedAt.delete(event.requestId);
        changes += 1;
        addInvocation(tallyOf(event.functionName), event, start);
        addInvocation(account, event, start);
        return;
      }
      case 'throttle':
        changes += 1;
        for (const series of tallyOf(event.functionName).all) series.addThrottle(event.time);
        for (const series of account.all) series.addThrottle(event.time);
        return;
    }
  }

  return {
    record,
    read(functionName, period, now) {
      const key = `${period} ${functionName ?? ''}`;
      const current = Math.floor(now / periods[period].periodMs);
      const last = lastReads.get(key);
      if (last && last.changes === changes && last.period === current) return last.view;
      const tally = functionName === null ? account : byFunction.get(functionName);
      const view = tally
        ? tally.series[period].read(now, tally.concurrency)
        : createMetricSeries(periods[period]).read(now, 0);
      lastReads.set(key, { changes, period: current, view });
      return view;
    },
    clear() {
      changes += 1;
      for (const tally of [account, ...byFunction.values()]) {
        for (const series of tally.all) series.clear();
      }
    },
  };
}
