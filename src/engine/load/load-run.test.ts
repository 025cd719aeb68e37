import { describe, expect, it } from 'vitest';
import { createManualClock } from '../time/clock';
import type { LoadOutcome } from './load-run';
import { loadOutcomeOf, startLoadRun } from './load-run';
import { errorInvoke, okInvoke } from '../testing/fake-executor';
import { flush, setupPlatform, testBundle, testConfig } from '../testing/platform-fixture';

/** A run whose requests answer when the test says so, in order. */
function manualRun(arrivals: number[]) {
  const clock = createManualClock(1000);
  const answers: Array<(outcome: LoadOutcome) => void> = [];
  let changes = 0;
  const run = startLoadRun({
    clock,
    arrivals,
    send: () => new Promise<LoadOutcome>((resolve) => answers.push(resolve)),
    onChange: () => (changes += 1),
  });
  return { clock, answers, run, changes: () => changes };
}

describe(startLoadRun, () => {
  it('sends each request when its arrival time comes on the clock', () => {
    const { clock, answers, run } = manualRun([0, 100, 100, 250]);
    expect(answers).toHaveLength(1);
    clock.advance(99);
    expect(answers).toHaveLength(1);
    clock.advance(1);
    expect(answers).toHaveLength(3);
    clock.advance(150);
    expect(run.progress()).toMatchObject({ total: 4, sent: 4, inFlight: 4, startedAt: 1000 });
  });

  it('counts every outcome and finishes when the last answer is in', async () => {
    const { clock, answers, run } = manualRun([0, 10, 20]);
    clock.advance(20);
    answers[0]!('ok');
    answers[1]!('throttled');
    await flush();
    expect(run.progress()).toMatchObject({ ok: 1, throttled: 1, inFlight: 1, finished: false });
    answers[2]!('error');
    await flush();
    expect(run.progress()).toMatchObject({ ok: 1, errors: 1, throttled: 1, finished: true });
  });

  it('sends nothing more once stopped, and still counts what was in flight', async () => {
    const { clock, answers, run } = manualRun([0, 10, 20]);
    run.stop();
    expect(run.progress()).toMatchObject({ stopped: true, finished: false, sent: 1 });
    clock.advance(100);
    expect(answers).toHaveLength(1);
    answers[0]!('ok');
    await flush();
    expect(run.progress()).toMatchObject({ sent: 1, ok: 1, finished: true, stopped: true });
    expect(clock.pendingTimers()).toBe(0);
  });

  it('tells each send its arrival’s index, in order', () => {
    const clock = createManualClock(0);
    const indexes: number[] = [];
    startLoadRun({
      clock,
      arrivals: [0, 0, 30],
      send: (index) => {
        indexes.push(index);
        return Promise.resolve('ok');
      },
      onChange: () => {},
    });
    clock.advance(30);
    expect(indexes).toEqual([0, 1, 2]);
  });

  it('sends late arrivals together when the clock jumps past them', () => {
    const { clock, answers } = manualRun([0, 5, 10, 15, 500]);
    clock.advance(400);
    expect(answers).toHaveLength(4);
  });

  it('counts a rejected send as an error', async () => {
    const clock = createManualClock();
    const run = startLoadRun({
      clock,
      arrivals: [0],
      send: () => Promise.reject(new Error('gone')),
      onChange: () => {},
    });
    await flush();
    expect(run.progress()).toMatchObject({ errors: 1, finished: true });
  });
});

describe(loadOutcomeOf, () => {
  it('drives the real platform: reserved concurrency 1 throttles what arrives while it is busy', async () => {
    const { clock, platform, executor } = setupPlatform();
    platform.deploy(testConfig({ reservedConcurrency: 1 }), testBundle());
    executor.script.invoke = () => okInvoke('1', 50, 50);
    const run = startLoadRun({
      clock,
      arrivals: [0, 10, 20, 1000],
      send: () => platform.invoke('add', '{}').then(loadOutcomeOf),
      onChange: () => {},
    });
    for (let i = 0; i < 40; i += 1) {
      clock.advance(50);
      await flush();
    }
    expect(run.progress()).toMatchObject({
      sent: 4,
      ok: 2,
      throttled: 2,
      errors: 0,
      finished: true,
    });
  });

  it('counts a function error as an error', async () => {
    const { platform, executor } = setupPlatform();
    platform.deploy(testConfig(), testBundle());
    executor.script.invoke = () => errorInvoke();
    const result = platform.invoke('add', '{}');
    await flush();
    expect(loadOutcomeOf(await result)).toBe('error');
  });
});
