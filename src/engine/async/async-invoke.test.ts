import { describe, expect, it } from 'vitest';
import { ApiError, ResourceNotFoundError } from '../errors';
import { errorInvoke, okInvoke } from '../testing/fake-executor';
import { requestIdOf, setupDeployed as deployed, T0 } from '../testing/platform-fixture';
import type { PlatformEvent } from '../types';

/** The async story of the recorded events, one short line each. */
function story(events: PlatformEvent[]): string[] {
  return events.flatMap((event) => {
    const at = `+${event.time - T0}`;
    switch (event.type) {
      case 'async-queued':
        return [`${at} queued ${event.source}`];
      case 'async-attempt':
        return [`${at} attempt ${event.attempt}`];
      case 'async-retry-scheduled':
        return [`${at} retry (${event.reason}) at +${event.dueAt - T0}`];
      case 'async-succeeded':
        return [`${at} succeeded after ${event.attempts}`];
      case 'async-failed':
        return [`${at} failed: ${event.reason} after ${event.attempts}, dropped ${event.dropped}`];
      case 'throttle':
        return [`${at} throttled`];
      default:
        return [];
    }
  });
}

describe('invokeAsync', () => {
  it('answers 202 at once and attempts the event once the moment is over', async () => {
    const { platform, events, settle, ofType } = deployed();
    expect(platform.invokeAsync('add', '{"a":1}')).toEqual({
      statusCode: 202,
      requestId: requestIdOf(1),
    });
    expect(platform.snapshot().asyncQueues).toEqual(
      new Map([['add', { waiting: 1, retrying: 0, inFlight: 0 }]]),
    );
    expect(ofType('invoke-start')).toEqual([]);
    await settle();
    expect(story(events)).toEqual(['+0 queued api', '+0 attempt 1', '+0 succeeded after 1']);
    expect(ofType('invoke-start')[0]).toMatchObject({
      invocationType: 'Event',
      eventJson: '{"a":1}',
    });
    expect(platform.snapshot().asyncQueues).toEqual(new Map());
  });

  it('retries a function error after 1 and then 2 minutes, keeping the request id', async () => {
    const { platform, executor, events, settle, ofType } = deployed();
    executor.script.invoke = () => errorInvoke();
    platform.invokeAsync('add', '{}');
    await settle();
    await settle(59_999);
    expect(ofType('async-attempt')).toHaveLength(1);
    await settle(1);
    await settle(120_000);
    expect(story(events)).toEqual([
      '+0 queued api',
      '+0 attempt 1',
      '+0 retry (error) at +60000',
      '+60000 attempt 2',
      '+60000 retry (error) at +180000',
      '+180000 attempt 3',
      '+180000 failed: retries-exhausted after 3, dropped true',
    ]);
    expect(executor.invoked.map(({ request }) => request.requestId)).toEqual([
      requestIdOf(1),
      requestIdOf(1),
      requestIdOf(1),
    ]);
  });

  it('counts timeouts as function errors and honours zero retries', async () => {
    const { platform, executor, events, settle } = deployed({ maximumRetryAttempts: 0 });
    executor.script.invoke = () => ({
      outcome: { kind: 'timeout', durationMs: 3000, maxMemoryUsedMB: null },
    });
    platform.invokeAsync('add', '{}');
    await settle();
    expect(story(events)).toEqual([
      '+0 queued api',
      '+0 attempt 1',
      '+0 failed: retries-exhausted after 1, dropped true',
    ]);
  });

  it('fails an event whose next retry would pass the maximum event age', async () => {
    const { platform, executor, events, settle } = deployed({ maximumEventAgeSec: 60 });
    executor.script.invoke = () => errorInvoke();
    platform.invokeAsync('add', '{}');
    await settle();
    await settle(60_000);
    expect(story(events).slice(-3)).toEqual([
      '+0 retry (error) at +60000',
      '+60000 attempt 2',
      '+60000 failed: event-age-exceeded after 2, dropped true',
    ]);
  });

  it('retries throttles after 1 s, doubling, until concurrency frees up', async () => {
    const { platform, executor, events, settle } = deployed({ reservedConcurrency: 1 });
    executor.script.invoke = () => okInvoke('1', 10_000, 10_000);
    const busy = platform.invoke('add', '{}');
    platform.invokeAsync('add', '{}');
    await settle();
    for (let second = 1; second <= 15; second++) await settle(1000);
    await busy;
    await settle(10_000);
    expect(story(events)).toEqual([
      '+0 queued api',
      '+0 throttled',
      '+0 retry (throttled) at +1000',
      '+1000 throttled',
      '+1000 retry (throttled) at +3000',
      '+3000 throttled',
      '+3000 retry (throttled) at +7000',
      '+7000 throttled',
      '+7000 retry (throttled) at +15000',
      '+15000 attempt 1',
      '+25000 succeeded after 1',
    ]);
    expect(platform.snapshot().totals.throttles).toBe(4);
  });

  it('sends events of a function reserved at 0 straight on, without retries', async () => {
    const { platform, events, settle, ofType } = deployed({
      reservedConcurrency: 0,
      deadLetterQueue: 'dlq',
    });
    platform.createQueue({ name: 'dlq' });
    platform.invokeAsync('add', '{"n":7}');
    await settle();
    expect(story(events).at(-1)).toBe(
      '+0 failed: reserved-concurrency-zero after 0, dropped false',
    );
    expect(ofType('throttle')).toEqual([]);
    expect(platform.listMessages('dlq')[0]?.attributes).toEqual({
      RequestID: { dataType: 'String', value: requestIdOf(1) },
      ErrorCode: { dataType: 'Number', value: '429' },
      ErrorMessage: { dataType: 'String', value: 'Rate Exceeded.' },
    });
  });

  it('drops the events of a function removed while they wait', async () => {
    const { platform, executor, events, settle } = deployed();
    executor.script.invoke = () => errorInvoke();
    platform.invokeAsync('add', '{}');
    await settle();
    platform.remove('add');
    await settle(60_000);
    expect(story(events).at(-1)).toBe('+60000 failed: function-not-found after 1, dropped true');
  });

  it('refuses what Lambda refuses: unknown functions, invalid JSON, more than 1 MB', () => {
    const { platform } = deployed();
    expect(() => platform.invokeAsync('nope', '{}')).toThrow(ResourceNotFoundError);
    expect(() => platform.invokeAsync('add', '{oops')).toThrow(
      expect.objectContaining({ code: 'InvalidRequestContentException', statusCode: 400 }),
    );
    const big = JSON.stringify('x'.repeat(1_048_576));
    expect(() => platform.invokeAsync('add', big)).toThrow(ApiError);
    expect(() => platform.invokeAsync('add', big)).toThrow(/1048576 bytes/);
  });
});

describe('async accounting', () => {
  it('settles every event exactly once: succeeded or failed, none left behind', async () => {
    const { platform, executor, settle, ofType } = deployed({
      reservedConcurrency: 2,
      maximumRetryAttempts: 1,
    });
    let calls = 0;
    executor.script.invoke = () => (++calls % 3 === 0 ? errorInvoke() : okInvoke('1', 10, 500));
    const ids = Array.from(
      { length: 20 },
      (_, i) => platform.invokeAsync('add', `{"i":${i}}`).requestId,
    );
    const pending = () => platform.snapshot().asyncQueues.size > 0;
    for (let step = 0; step < 3600 && pending(); step++) await settle(1000);
    const settled = [...ofType('async-succeeded'), ...ofType('async-failed')].map(
      (e) => e.requestId,
    );
    expect(settled.toSorted()).toEqual(ids.toSorted());
    expect(ofType('async-queued')).toHaveLength(20);
    const counts = ['async-succeeded', 'async-failed', 'async-attempt', 'throttle'] as const;
    expect(counts.map((type) => ofType(type).length)).toEqual([19, 1, 28, 113]);
    expect(platform.snapshot().asyncQueues).toEqual(new Map());
  });

  it('clears its timers on dispose', async () => {
    const { platform, executor, clock, settle } = deployed();
    executor.script.invoke = () => errorInvoke();
    platform.invokeAsync('add', '{}');
    await settle();
    expect(clock.pendingTimers()).toBeGreaterThan(0);
    platform.dispose();
    expect(clock.pendingTimers()).toBe(0);
  });
});
