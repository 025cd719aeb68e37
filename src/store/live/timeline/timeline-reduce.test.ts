import { describe, expect, it } from 'vitest';
import type { PlatformEvent } from '../../../engine';
import { okInit, okInvoke } from '../../../engine/testing/fake-executor';
import { requestIdOf, setupDeployed, T0 } from '../../../engine/testing/platform-fixture';
import type { TimelineState } from './timeline-model';
import { emptyTimeline, TIMELINE_DETAILS_KEPT, TIMELINE_SEGMENTS_KEPT } from './timeline-model';
import { reduceTimeline } from './timeline-reduce';

const THROTTLE_ERROR = {
  statusCode: 429,
  errorType: 'TooManyRequestsException',
  Type: 'User',
  message: 'Rate Exceeded.',
  Reason: 'ConcurrentInvocationLimitExceeded',
} as const;

function throttle(time: number, requestId: string): PlatformEvent {
  return { type: 'throttle', time, functionName: 'add', requestId, error: THROTTLE_ERROR };
}

function start(time: number, instanceId: string, requestId: string): PlatformEvent {
  const base = { type: 'invoke-start', time, functionName: 'add', instanceId, requestId } as const;
  return { ...base, cold: false, invocationType: 'RequestResponse', eventJson: '{}' };
}

function segments(state: TimelineState) {
  return [...state.segments.values()];
}

describe('reduceTimeline', () => {
  it('marks the invocation in which an earlier one’s leftover work ran', async () => {
    const { platform, events, executor, settle } = setupDeployed();
    executor.script.invoke = () => okInvoke('1', 5, 5);
    void platform.invoke('add', '{}');
    await settle();
    await settle(5);
    executor.script.invoke = () => ({ ...okInvoke('2', 5, 5), afterReturn: true });
    void platform.invoke('add', '{}');
    await settle(5);
    const afterReturn = events.filter((event) => event.type === 'after-return');
    expect(afterReturn).toEqual([
      {
        type: 'after-return',
        time: T0 + 5,
        functionName: 'add',
        instanceId: 'add-1',
        requestId: requestIdOf(2),
      },
    ]);
    const invokes = segments(reduceTimeline(emptyTimeline(), events)).filter(
      (segment) => segment.kind === 'invoke',
    );
    expect(invokes.map((segment) => [segment.requestId, segment.afterReturn ?? false])).toEqual([
      [requestIdOf(1), false],
      [requestIdOf(2), true],
    ]);
  });

  it('draws a cold start as init then invocation, and the next request as a warm invocation', async () => {
    const { platform, events, executor, settle } = setupDeployed();
    executor.script.init = () => ({ ...okInit(180), delayMs: 180 });
    executor.script.invoke = () => okInvoke('3', 12, 12);
    void platform.invoke('add', '{"a":1}');
    await settle(180);
    await settle(12);
    void platform.invoke('add', '{"a":2}');
    await settle(12);
    const state = reduceTimeline(emptyTimeline(), events);
    const common = { functionName: 'add', instanceId: 'add-1', count: 1 };
    expect(segments(state)).toEqual([
      {
        ...common,
        id: 's0',
        kind: 'init',
        start: T0,
        end: T0 + 180,
        cold: true,
        status: 'ok',
        requestId: null,
      },
      {
        ...common,
        id: 's1',
        kind: 'invoke',
        start: T0 + 180,
        end: T0 + 192,
        cold: true,
        status: 'ok',
        requestId: requestIdOf(1),
      },
      {
        ...common,
        id: 's2',
        kind: 'invoke',
        start: T0 + 192,
        end: T0 + 204,
        cold: false,
        status: 'ok',
        requestId: requestIdOf(2),
      },
    ]);
    const warm = state.details.get('s2');
    expect(warm?.eventJson).toBe('{"a":2}');
    expect(warm?.payload).toBe('3');
    expect(warm?.report?.durationMs).toBe(12);
    expect(state.details.get('s0')).toBeUndefined();
    expect(state.running.size).toBe(0);
    expect(state.latest).toBe(T0 + 204);
  });

  it('keeps a segment open (end null) until its invoke-end arrives in a later batch', () => {
    const first = reduceTimeline(emptyTimeline(), [start(1000, 'add-1', 'r1')]);
    expect(segments(first)[0]).toMatchObject({ start: 1000, end: null, status: null });
    const report = {
      requestId: 'r1',
      durationMs: 5,
      billedDurationMs: 5,
      memorySizeMB: 128,
      maxMemoryUsedMB: null,
    };
    const cost = { gbSeconds: 0.000625, requestUsd: 2e-7, computeUsd: 1e-8, totalUsd: 2.1e-7 };
    const end: PlatformEvent = {
      type: 'invoke-end',
      time: 1005,
      functionName: 'add',
      requestId: 'r1',
      instanceId: 'add-1',
      status: 'error',
      payload: '{"errorType":"Error"}',
      report,
      cost,
    };
    const second = reduceTimeline(first, [end]);
    expect(segments(second)[0]).toMatchObject({ start: 1000, end: 1005, status: 'error' });
    expect(second.details.get('s0')).toEqual({
      eventJson: '{}',
      payload: '{"errorType":"Error"}',
      report,
      cost,
    });
    expect(segments(first)[0]?.end).toBeNull();
  });

  it('joins throttles less than 250 ms apart into one counted segment', () => {
    const state = reduceTimeline(emptyTimeline(), [
      throttle(1000, 'a'),
      throttle(1100, 'b'),
      throttle(1350, 'c'),
      throttle(1601, 'd'),
    ]);
    expect(
      segments(state).map(({ start, end, count, requestId, instanceId }) => [
        start,
        end,
        count,
        requestId,
        instanceId,
      ]),
    ).toEqual([
      [1000, 1350, 3, 'a', null],
      [1601, 1601, 1, 'd', null],
    ]);
  });

  it('closes an init the engine never settled when its instance is reaped', () => {
    const state = reduceTimeline(emptyTimeline(), [
      {
        type: 'instance',
        time: 10,
        functionName: 'add',
        instanceId: 'add-1',
        version: 1,
        state: 'starting',
      },
      {
        type: 'instance',
        time: 40,
        functionName: 'add',
        instanceId: 'add-1',
        version: 1,
        state: 'reaped',
        reason: 'function-removed',
      },
    ]);
    expect(segments(state)[0]).toMatchObject({ kind: 'init', start: 10, end: 40, status: 'error' });
  });

  it('returns the same state for a batch with nothing to draw', () => {
    const state = emptyTimeline();
    const log: PlatformEvent = { type: 'removed', time: 5, functionName: 'add' };
    expect(reduceTimeline(state, [log])).toBe(state);
  });

  it('keeps the newest 2,000 segments and the details of the newest 200', () => {
    const events = Array.from({ length: 2005 }, (_, i) => start(i, `add-${i}`, `r${i}`));
    const state = reduceTimeline(emptyTimeline(), events);
    expect(state.segments.size).toBe(TIMELINE_SEGMENTS_KEPT);
    expect(segments(state)[0]?.id).toBe('s5');
    expect(state.details.size).toBe(TIMELINE_DETAILS_KEPT);
    expect([...state.details.keys()][0]).toBe('s1805');
    expect(state.running.has('add-4')).toBe(false);
    expect(state.running.get('add-5')).toBe('s5');
  });

  it('drops segments that ended more than 5 minutes before the latest event', () => {
    const state = reduceTimeline(emptyTimeline(), [throttle(0, 'a'), throttle(300_001, 'b')]);
    expect(segments(state).map((s) => s.requestId)).toEqual(['b']);
    const edge = reduceTimeline(emptyTimeline(), [throttle(0, 'a'), throttle(300_000, 'b')]);
    expect(segments(edge).map((s) => s.requestId)).toEqual(['a', 'b']);
  });
});
