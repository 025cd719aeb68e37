// The recorder's filter and cap, and grading only the tasks still open.
import { describe, expect, it } from 'vitest';
import type { PlatformEvent } from '../../engine';
import type { Lesson } from '../../lessons';
import { EVENTS_KEPT, newlyPassed, recordEvents } from './lessons-record';

const app: PlatformEvent = {
  type: 'log',
  time: 0,
  functionName: 'f',
  instanceId: 'i',
  entry: { kind: 'app', record: { time: 0, requestId: 'r', level: 'INFO', message: 'hi' } },
};
const platformLine: PlatformEvent = {
  ...app,
  entry: { kind: 'platform', time: 0, text: 'END RequestId: r' },
};
const removed: PlatformEvent = { type: 'removed', time: 0, functionName: 'f' };

describe(recordEvents, () => {
  it('keeps the code’s lines and drops platform lines and ungraded kinds', () => {
    expect(recordEvents({ events: [] }, [app, platformLine, removed]).events).toEqual([app]);
  });

  it('keeps handlers’ SDK calls, which the SDK lessons grade', () => {
    const call: PlatformEvent = {
      type: 'service-call',
      time: 0,
      functionName: 'f',
      requestId: 'r',
      latencyMs: 15,
      usd: 0,
      service: 'sns',
      operation: 'Publish',
      resource: 'orders',
      statusCode: 200,
      errorCode: null,
      units: { kind: 'sns-publish', requests: 1 },
    };
    expect(recordEvents({ events: [] }, [call, removed]).events).toEqual([call]);
  });

  it('answers the same run when nothing is kept, and drops the oldest beyond the cap', () => {
    const run = { events: [] };
    expect(recordEvents(run, [removed])).toBe(run);
    const many = Array.from({ length: EVENTS_KEPT + 2 }, (_, i) => ({ ...app, time: i }));
    const kept = recordEvents(run, many).events;
    expect([kept.length, kept[0]!.time]).toEqual([EVENTS_KEPT, 2]);
  });
});

describe(newlyPassed, () => {
  const lesson = {
    tasks: [
      { id: 'a', goal: '', hints: [], check: () => true },
      { id: 'b', goal: '', hints: [], check: () => true },
      { id: 'c', goal: '', hints: [], check: () => false },
    ],
  } as unknown as Lesson;

  it('names the passing tasks that were not done yet', () => {
    expect(newlyPassed(lesson, { events: [] }, ['a'])).toEqual(['b']);
  });
});
