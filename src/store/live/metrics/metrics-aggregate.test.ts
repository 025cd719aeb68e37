import { describe, expect, it } from 'vitest';
import type { PlatformEvent } from '../../../engine';
import { errorInvoke, okInit, okInvoke } from '../../../engine/testing/fake-executor';
import { setupDeployed, T0 } from '../../../engine/testing/platform-fixture';
import { createMetricsAggregator } from './metrics-aggregate';
import type { MetricSeriesView } from './metrics-model';

/** The last `n` entries of each series that counts something. */
function tail(view: MetricSeriesView, n: number) {
  const { invocations, errors, coldStarts, throttles, concurrency, p50, p99 } = view;
  const last = <T>(values: T[]) => values.slice(-n);
  return {
    invocations: last(invocations),
    errors: last(errors),
    coldStarts: last(coldStarts),
    throttles: last(throttles),
    concurrency: last(concurrency),
    p50: last(p50),
    p99: last(p99),
  };
}

/** A cold start, a throttle while it runs (reserved concurrency 1), then a warm error. */
async function session() {
  const { platform, executor, settle } = setupDeployed({ reservedConcurrency: 1 });
  const metrics = createMetricsAggregator();
  platform.subscribe(metrics.record);
  executor.script.init = () => ({ ...okInit(180), delayMs: 180 });
  executor.script.invoke = () => okInvoke('1', 12, 12);
  void platform.invoke('add', '{}');
  await settle(100);
  void platform.invoke('add', '{}');
  await settle(80);
  await settle(12);
  executor.script.invoke = () => errorInvoke('boom', 5);
  await settle(1_308);
  void platform.invoke('add', '{}');
  await settle(0);
  return metrics;
}

describe('createMetricsAggregator', () => {
  it('counts each second: a cold start with its throttle, then a warm error', async () => {
    const metrics = await session();
    expect(tail(metrics.read('add', '1s', T0 + 2_500), 3)).toEqual({
      invocations: [1, 1, 0],
      errors: [0, 1, 0],
      coldStarts: [1, 0, 0],
      throttles: [1, 0, 0],
      concurrency: [1, 1, 0],
      p50: [12, 5, null],
      p99: [12, 5, null],
    });
  });

  it('sums the same traffic into the minute, for the function and for every function', async () => {
    const metrics = await session();
    const minute = {
      invocations: [2],
      errors: [1],
      coldStarts: [1],
      throttles: [1],
      concurrency: [1],
      p50: [5],
      p99: [12],
    };
    expect(tail(metrics.read('add', '1m', T0 + 2_500), 1)).toEqual(minute);
    expect(tail(metrics.read(null, '1m', T0 + 2_500), 1)).toEqual(minute);
  });

  it('adds up concurrency across functions for the account', () => {
    const metrics = createMetricsAggregator();
    const starting = (functionName: string, instanceId: string): PlatformEvent => ({
      type: 'instance',
      time: T0 + 10,
      functionName,
      instanceId,
      version: 1,
      state: 'starting',
    });
    metrics.record(starting('a', 'a-1'));
    metrics.record(starting('b', 'b-1'));
    metrics.record(starting('b', 'b-1'));
    expect(metrics.read(null, '1s', T0 + 10).concurrency.at(-1)).toBe(2);
    expect(metrics.read('b', '1s', T0 + 10).concurrency.at(-1)).toBe(1);
  });

  it('forgets the history on clear but still counts what runs now', () => {
    const metrics = createMetricsAggregator();
    metrics.record({
      type: 'instance',
      time: T0,
      functionName: 'a',
      instanceId: 'a-1',
      version: 1,
      state: 'busy',
    });
    metrics.clear();
    const view = metrics.read('a', '1s', T0 + 1_000);
    expect(view.concurrencyNow).toBe(1);
    expect(view.concurrency.slice(-2)).toEqual([1, 1]);
    expect(view.invocations.every((n) => n === 0)).toBe(true);
  });

  it('reads a function it never saw as all zeros', () => {
    const view = createMetricsAggregator().read('nobody', '1m', T0);
    expect(view.times).toHaveLength(60);
    expect(view.times.at(-1)).toBe(T0);
    expect(view.invocations.reduce((a, b) => a + b)).toBe(0);
    expect(view.concurrencyNow).toBe(0);
  });
});

describe('createMetricsAggregator read', () => {
  it('hands back the same view until something is recorded or a period begins', async () => {
    const metrics = await session();
    const first = metrics.read('add', '1s', T0 + 2_100);
    expect(metrics.read('add', '1s', T0 + 2_900)).toBe(first);
    expect(metrics.read('add', '1s', T0 + 3_000)).not.toBe(first);
    const second = metrics.read(null, '1s', T0 + 3_000);
    metrics.record({
      type: 'throttle',
      time: T0 + 3_000,
      functionName: 'add',
      requestId: 'r9',
      error: {
        statusCode: 429,
        errorType: 'TooManyRequestsException',
        Type: 'User',
        message: 'Rate Exceeded.',
        Reason: 'ConcurrentInvocationLimitExceeded',
      },
    });
    const third = metrics.read(null, '1s', T0 + 3_000);
    expect(third).not.toBe(second);
    expect(third.throttles.at(-1)).toBe(1);
  });
});
