// The model of Node's event loop: what keeps it alive, and when 'beforeExit' fires.
import { describe, expect, it } from 'vitest';
import { createEventLoop } from './event-loop';
import { ManualLoopHost } from './testing/manual-loop-host';

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
    now: () => performance.now(),
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
    // Far enough apart that a busy machine's late timers cannot swap them.
    loop.timers.setTimeout(() => fired.push('a'), 80);
    loop.timers.setTimeout(() => loop.timers.setTimeout(() => fired.push('b'), 10), 5);
    const waited = await drained();
    expect(fired).toEqual(['b', 'a']);
    expect(waited).toBeGreaterThanOrEqual(78);
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

describe('what the loop tells the CPU meter', () => {
  it('passes the time a timer was due, before an interval moves it on; none for an immediate', async () => {
    const host = new ManualLoopHost();
    const loop = createEventLoop(host);
    loop.thaw();
    loop.timers.setTimeout(() => undefined, 30);
    const interval = loop.timers.setInterval(() => undefined, 50);
    loop.timers.setImmediate(() => undefined);
    await host.advance(100);
    loop.timers.clearInterval(interval);
    expect(host.resumes).toEqual([undefined, 30, 50, 100]);
  });

  it('says when its soonest timer is due, and nothing while frozen', async () => {
    const host = new ManualLoopHost();
    const loop = createEventLoop(host);
    loop.thaw();
    expect(loop.earliestDue()).toBeNull();
    loop.timers.setTimeout(() => undefined, 300);
    loop.timers.setInterval(() => undefined, 200);
    loop.timers.setImmediate(() => undefined);
    expect(loop.earliestDue()).toBe(200);
    await host.advance(250); // the interval ran at 200: next due at 400
    expect(loop.earliestDue()).toBe(300);
    loop.freeze();
    expect(loop.earliestDue()).toBeNull();
  });
});

describe('a frozen event loop', () => {
  const MINUTE = 60_000;

  function frozenSetup() {
    const host = new ManualLoopHost();
    const loop = createEventLoop(host);
    const ran: string[] = [];
    return { host, loop, ran };
  }

  it('fires no timer while frozen; one that fell due meanwhile fires as the next invoke thaws it', async () => {
    const { host, loop, ran } = frozenSetup();
    loop.thaw(); // invoke 1
    loop.timers.setTimeout(() => ran.push('timer'), 100);
    await host.advance(20);
    loop.freeze(); // the response is sent 20 ms in
    await host.advance(10 * MINUTE);
    expect(ran).toEqual([]);
    expect(loop.thaw()).toBe(true); // invoke 2: due work was queued ahead of the handler
    await host.advance(0);
    expect(ran).toEqual(['timer']);
    expect(host.leftovers).toBe(1);
  });

  it('keeps the due time of a timer not yet due at the thaw: the clock ran on while frozen', async () => {
    const { host, loop, ran } = frozenSetup();
    loop.thaw();
    loop.timers.setTimeout(() => ran.push(`timer at ${host.time}`), 1000);
    await host.advance(200);
    loop.freeze();
    await host.advance(300);
    expect(loop.thaw()).toBe(false);
    await host.advance(499);
    expect(ran).toEqual([]);
    await host.advance(1);
    expect(ran).toEqual(['timer at 1000']);
  });

  it('fires an interval that missed periods while frozen once at the thaw, then keeps its period', async () => {
    const { host, loop, ran } = frozenSetup();
    loop.thaw();
    loop.timers.setInterval(() => ran.push(`tick ${host.time}`), 100);
    await host.advance(250);
    loop.freeze();
    await host.advance(1000);
    expect(ran).toEqual(['tick 100', 'tick 200']);
    loop.thaw(); // at 1250
    await host.advance(100);
    expect(ran).toEqual(['tick 100', 'tick 200', 'tick 1250', 'tick 1350']);
    expect(host.leftovers).toBe(2);
  });

  it('holds immediates and the results of tracked promises until the thaw', async () => {
    const { host, loop, ran } = frozenSetup();
    loop.thaw();
    let answer: (value: string) => void = () => undefined;
    const response = new Promise<string>((resolve) => (answer = resolve));
    void loop.track(response).then((value) => ran.push(value));
    loop.timers.setImmediate(() => ran.push('immediate'));
    loop.freeze();
    answer('fetched'); // the browser's request finished while the environment was frozen
    await host.advance(MINUTE);
    expect(ran).toEqual([]);
    loop.thaw();
    await host.advance(0);
    expect(ran.sort()).toEqual(['fetched', 'immediate']);
    expect(host.leftovers).toBe(2);
  });

  it('never runs the frozen work of an environment that is reaped instead of thawed', async () => {
    const { host, loop, ran } = frozenSetup();
    loop.thaw();
    loop.timers.setTimeout(() => ran.push('timer'), 100);
    loop.timers.setInterval(() => ran.push('tick'), 50);
    loop.freeze();
    await host.advance(15 * MINUTE);
    expect(ran).toEqual([]);
    // Nothing is left with the host that could fire it: ending the worker ends it for good.
    expect(host.scheduled).toBe(0);
  });

  it('does not count work started during INIT as work after return', async () => {
    const { host, loop, ran } = frozenSetup();
    loop.timers.setTimeout(() => ran.push('from init'), 10);
    loop.freeze(); // INIT answered
    loop.thaw(); // invoke 1
    await host.advance(10);
    expect(ran).toEqual(['from init']);
    expect(host.leftovers).toBe(0);
  });

  it('leaves work that ends within its own invocation unmarked', async () => {
    const { host, loop, ran } = frozenSetup();
    loop.thaw();
    loop.timers.setTimeout(() => ran.push('in time'), 10);
    await host.advance(10);
    loop.freeze();
    loop.thaw();
    await host.advance(MINUTE);
    expect(ran).toEqual(['in time']);
    expect(host.leftovers).toBe(0);
  });
});
