// The model of Node's event loop: what keeps it alive, and when 'beforeExit' fires.
import { describe, expect, it } from 'vitest';
import { createEventLoop } from './event-loop';

function setup() {
  const uncaught: unknown[] = [];
  const tasks = { asked: 0 };
  const loop = createEventLoop({
    timers: { setTimeout, clearTimeout, setInterval, clearInterval },
    macrotask: (callback) => {
      tasks.asked += 1;
      setImmediate(callback);
    },
    onUncaught: (error) => uncaught.push(error),
  });
  const drained = () =>
    new Promise<number>((resolve) => {
      const started = performance.now();
      loop.setBeforeExit(() => resolve(performance.now() - started));
    });
  return { loop, uncaught, drained, tasks };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(createEventLoop, () => {
  it('fires beforeExit once no timer is left', async () => {
    const { loop, drained } = setup();
    const fired: string[] = [];
    loop.timers.setTimeout(() => fired.push('a'), 20);
    loop.timers.setTimeout(() => loop.timers.setTimeout(() => fired.push('b'), 10), 5);
    const waited = await drained();
    expect(fired).toEqual(['b', 'a']);
    expect(waited).toBeGreaterThanOrEqual(18);
  });

  it('does not wait for cleared or unref’d timers', async () => {
    const { loop, drained } = setup();
    const cleared = loop.timers.setTimeout(() => undefined, 500);
    loop.timers.clearTimeout(cleared);
    (loop.timers.setInterval(() => undefined, 500) as { unref(): void }).unref();
    expect(await drained()).toBeLessThan(100);
  });

  it('stays alive for an interval until it is cleared', async () => {
    const { loop, drained } = setup();
    let ticks = 0;
    const interval = loop.timers.setInterval(() => {
      ticks += 1;
      if (ticks === 3) loop.timers.clearInterval(interval);
    }, 5);
    await drained();
    expect(ticks).toBe(3);
  });

  it('counts a tracked promise as pending until it settles', async () => {
    const { loop, drained } = setup();
    const result = loop.track(sleep(30).then(() => 'x'));
    expect(await drained()).toBeGreaterThanOrEqual(25);
    expect(await result).toBe('x');
  });

  it('hands an ignored rejection back to the caller rather than swallowing it', async () => {
    const { loop } = setup();
    await expect(loop.track(Promise.reject(new Error('offline')))).rejects.toThrow('offline');
  });

  it('reports what a callback throws as uncaught, from timers, immediates and ticks', async () => {
    const { loop, uncaught, drained } = setup();
    loop.timers.setTimeout(() => {
      throw new Error('timer');
    }, 1);
    loop.timers.setImmediate(() => {
      throw new Error('immediate');
    });
    loop.nextTick(() => {
      throw new Error('tick');
    });
    await drained();
    // Which of a 1 ms timer and an immediate runs first is not fixed, in Node either.
    expect(uncaught.map((error) => (error as Error).message).sort()).toEqual([
      'immediate',
      'tick',
      'timer',
    ]);
  });

  it('passes extra arguments to timer callbacks and returns Node-style handles', async () => {
    const { loop, drained } = setup();
    const got: unknown[] = [];
    const handle = loop.timers.setTimeout(
      (a: unknown, b: unknown) => got.push(a, b),
      1,
      'x',
      2,
    ) as {
      hasRef(): boolean;
    };
    expect(handle.hasRef()).toBe(true);
    expect(typeof Number(handle)).toBe('number');
    await drained();
    expect(got).toEqual(['x', 2]);
  });

  it('asks for no task when the listener goes within a few microtask turns', async () => {
    const { loop, tasks } = setup();
    // As the runtime runs `async () => value`: listener set, handler settled, listener removed.
    loop.setBeforeExit(() => undefined);
    await Promise.resolve().then(() => loop.setBeforeExit(null));
    await sleep(5);
    expect(tasks.asked).toBe(0);
  });

  it('still fires beforeExit when the listener outlives those turns', async () => {
    const { tasks, drained } = setup();
    const settledLate = (async () => {
      for (let turn = 0; turn < 10; turn++) await Promise.resolve();
    })();
    const waited = drained();
    await settledLate;
    expect(await waited).toBeLessThan(100);
    expect(tasks.asked).toBe(1);
  });
});
