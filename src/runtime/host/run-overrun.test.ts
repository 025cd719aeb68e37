// Asking an overdue run's worker, until the run is long by its own doing, ends, or cannot answer.
import { describe, expect, it } from 'vitest';
import { MIN_ASK_GAP_MS, whenOverrun } from './run-overrun';

/** A hand-moved real time: waits end when the test says so. */
function manualTime() {
  let now = 0;
  const waits: Array<{ at: number; resolve: () => void; cancelled: boolean }> = [];
  return {
    wait(ms: number) {
      let entry!: (typeof waits)[number];
      const done = new Promise<void>((resolve) => {
        entry = { at: now + ms, resolve, cancelled: false };
      });
      waits.push(entry);
      return { done, cancel: () => (entry.cancelled = true) };
    },
    async advance(ms: number) {
      now += ms;
      for (const entry of waits.splice(0)) {
        if (entry.cancelled) continue;
        if (entry.at <= now) entry.resolve();
        else waits.push(entry);
      }
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

describe(whenOverrun, () => {
  it('asks again once the run could have caught up, and settles when its own time passes', async () => {
    const time = manualTime();
    const replies = [100, 110, 125];
    const asked: number[] = [];
    let elapsed = 0;
    let settled = false;
    void whenOverrun({
      ask: async () => {
        asked.push(elapsed);
        return replies.shift() ?? null;
      },
      ownMs: 120,
      silenceMs: 1000,
      wait: time.wait,
    }).then(() => (settled = true));
    await time.advance(0);
    expect(asked).toEqual([0]);
    // 20 ms short of 120: asked again 20 ms later, then (10 short) MIN_ASK_GAP_MS later.
    elapsed = 20;
    await time.advance(20);
    expect(asked).toEqual([0, 20]);
    elapsed = 20 + MIN_ASK_GAP_MS;
    await time.advance(MIN_ASK_GAP_MS);
    expect(asked).toEqual([0, 20, 40]);
    expect(settled).toBe(true);
  });

  it('settles when the worker says nothing for the silence limit', async () => {
    const time = manualTime();
    let settled = false;
    void whenOverrun({
      ask: () => new Promise<number | null>(() => undefined),
      ownMs: 120,
      silenceMs: 1000,
      wait: time.wait,
    }).then(() => (settled = true));
    await time.advance(999);
    expect(settled).toBe(false);
    await time.advance(1);
    expect(settled).toBe(true);
  });

  it('settles when the run is over', async () => {
    const time = manualTime();
    let asks = 0;
    const ask = async () => {
      asks += 1;
      return null;
    };
    await whenOverrun({ ask, ownMs: 120, silenceMs: 1000, wait: time.wait });
    expect(asks).toBe(1);
  });
});
