import { describe, expect, it } from 'vitest';
import { createMetricSeries } from './metrics-series';

const SPEC = { periodMs: 1_000, buckets: 4, samplesKept: 100, unit: 'second', window: '4 s' };

describe('createMetricSeries', () => {
  it('counts invocations, errors, cold starts and throttles in the period they started', () => {
    const series = createMetricSeries(SPEC);
    series.addInvocation(10_100, 30, false, true);
    series.addInvocation(10_900, 10, true, false);
    series.addInvocation(12_000, 20, false, false);
    series.addThrottle(12_999);
    const view = series.read(13_500, 0);
    expect(view.times).toEqual([10_000, 11_000, 12_000, 13_000]);
    expect(view.invocations).toEqual([2, 0, 1, 0]);
    expect(view.errors).toEqual([1, 0, 0, 0]);
    expect(view.coldStarts).toEqual([1, 0, 0, 0]);
    expect(view.throttles).toEqual([0, 0, 1, 0]);
    expect(view.p50).toEqual([10, null, 20, null]);
    expect(view.p99).toEqual([30, null, 20, null]);
  });

  it('keeps only the window: older periods fall out and late events for them are dropped', () => {
    const series = createMetricSeries(SPEC);
    series.addInvocation(1_000, 5, false, false);
    series.addInvocation(5_000, 7, false, false);
    series.addInvocation(1_500, 9, false, false);
    const view = series.read(5_000, 0);
    expect(view.times).toEqual([2_000, 3_000, 4_000, 5_000]);
    expect(view.invocations).toEqual([0, 0, 0, 1]);
    expect(view.p95).toEqual([null, null, null, 7]);
  });

  it('reads the most instances at once per period, carrying the level through quiet periods', () => {
    const series = createMetricSeries(SPEC);
    series.moveConcurrency(20_100, 0, 1);
    series.moveConcurrency(20_200, 1, 2);
    series.moveConcurrency(20_300, 2, 1);
    series.moveConcurrency(22_400, 1, 0);
    series.moveConcurrency(23_100, 0, 1);
    expect(series.read(23_900, 1).concurrency).toEqual([2, 1, 1, 1]);
    expect(series.read(25_000, 1).concurrency).toEqual([1, 1, 1, 1]);
  });

  it('shows a level that began before the window', () => {
    const series = createMetricSeries(SPEC);
    series.moveConcurrency(1_000, 0, 3);
    expect(series.read(9_000, 3).concurrency).toEqual([3, 3, 3, 3]);
  });

  it('starts every period of a reused slot from zero', () => {
    const series = createMetricSeries(SPEC);
    series.addInvocation(1_000, 50, true, true);
    series.addInvocation(5_000, 4, false, false);
    const view = series.read(5_000, 0);
    expect([view.invocations[3], view.errors[3], view.coldStarts[3], view.p50[3]]).toEqual([
      1, 0, 0, 4,
    ]);
  });

  it('forgets everything on clear', () => {
    const series = createMetricSeries(SPEC);
    series.addInvocation(1_000, 5, false, false);
    series.clear();
    expect(series.read(1_000, 0).invocations).toEqual([0, 0, 0, 0]);
  });
});
