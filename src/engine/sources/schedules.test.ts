import { describe, expect, it } from 'vitest';
import { createPlatform } from '../platform';
import { createScaledClock } from '../time/scaled-clock';
import { createFakeExecutor } from '../testing/fake-executor';
import { createFakeRealTime } from '../testing/fake-real-time';
import { createFakeShapes } from '../testing/fake-shapes';
import { setupPlatform, T0, testBundle, testConfig } from '../testing/platform-fixture';
import type { PlatformEvent } from '../types';

function withRule(expression = 'rate(1 minute)') {
  const setup = setupPlatform();
  setup.platform.deploy(testConfig({ name: 'tick' }), testBundle());
  setup.platform.createScheduleRule({ name: 'every-minute', expression, functionName: 'tick' });
  return setup;
}

describe('createScheduleRule', () => {
  it('fires on the clock, again and again, each firing an async invoke', async () => {
    const { platform, executor, settle, ofType } = withRule();
    expect(platform.snapshot().scheduleRules).toEqual([
      {
        name: 'every-minute',
        expression: 'rate(1 minute)',
        functionName: 'tick',
        enabled: true,
        nextFireAt: T0 + 60_000,
      },
    ]);
    for (let minute = 0; minute < 3; minute++) await settle(60_000);
    expect(ofType('schedule-fired').map((e) => [e.time - T0, (e.nextFireAt ?? 0) - T0])).toEqual([
      [60_000, 120_000],
      [120_000, 180_000],
      [180_000, 240_000],
    ]);
    expect(ofType('async-queued').map((e) => e.source)).toEqual([
      'aws.events',
      'aws.events',
      'aws.events',
    ]);
    expect(JSON.parse(executor.invoked[0]?.request.eventJson ?? '')).toEqual({
      'detail-type': 'Scheduled Event',
      rule: 'every-minute',
      time: '2026-11-27T12:01:00.000Z',
    });
  });

  it('stops firing when deleted or replaced by a disabled rule', async () => {
    const { platform, settle, ofType, clock } = withRule();
    platform.createScheduleRule({
      name: 'every-minute',
      expression: 'rate(1 minute)',
      functionName: 'tick',
      enabled: false,
    });
    await settle(120_000);
    expect(ofType('schedule-fired')).toEqual([]);
    platform.deleteScheduleRule('every-minute');
    expect(platform.snapshot().scheduleRules).toEqual([]);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('refuses an invalid expression with the port’s message', () => {
    const { platform } = withRule();
    expect(() =>
      platform.createScheduleRule({ name: 'bad', expression: 'rate(often)', functionName: 'tick' }),
    ).toThrow('Parameter ScheduleExpression is not valid: rate(often)');
    expect(() =>
      platform.createScheduleRule({
        name: 'bad name',
        expression: 'rate(1 minute)',
        functionName: 'tick',
      }),
    ).toThrow(/rule name/);
  });

  it('fires a rate(1 minute) rule every 0.6 s of real time at 100×', async () => {
    const real = createFakeRealTime(T0);
    const clock = createScaledClock({ speed: 100, realTime: real.realTime });
    const platform = createPlatform({
      clock,
      executor: createFakeExecutor({ clock }),
      shapes: createFakeShapes(),
    });
    const fired: number[] = [];
    platform.subscribe((event: PlatformEvent) => {
      if (event.type === 'schedule-fired') fired.push(event.time);
    });
    platform.deploy(testConfig({ name: 'tick' }), testBundle());
    platform.createScheduleRule({
      name: 'fast',
      expression: 'rate(1 minute)',
      functionName: 'tick',
    });
    for (let step = 0; step < 180; step++) {
      real.advance(10);
      // The workers' answers come in between the page's timeouts, as in a browser.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(fired.map((time) => time - T0)).toEqual([60_000, 120_000, 180_000]);
    platform.dispose();
    clock.dispose();
  });
});
