import { describe, expect, it } from 'vitest';
import { createManualClock } from '../time/clock';
import { createReaper, drawIdleLifetime } from './reaper';

describe('drawIdleLifetime', () => {
  const settings = { idleLifetimeMs: { min: 300_000, max: 420_000 }, accountConcurrency: 1000 };

  it('draws whole ms from [min, max]', () => {
    expect(drawIdleLifetime(settings, () => 0)).toBe(300_000);
    expect(drawIdleLifetime(settings, () => 0.5)).toBe(360_000);
    expect(drawIdleLifetime(settings, () => 0.9999999999)).toBe(420_000);
  });
});

describe('createReaper', () => {
  /** Deadlines the sweep reaps; returns the sweeps' times. */
  function setup(min: number) {
    const clock = createManualClock(0);
    const deadlines = new Set<number>();
    const sweeps: number[] = [];
    const reaped: number[] = [];
    const reaper = createReaper(
      clock,
      () => min,
      (now) => {
        sweeps.push(now);
        for (const deadline of deadlines) {
          if (deadline <= now) {
            deadlines.delete(deadline);
            reaped.push(now);
          }
        }
        return deadlines.size === 0 ? Infinity : Math.min(...deadlines);
      },
    );
    return { clock, deadlines, sweeps, reaped, reaper };
  }

  it('sweeps at the minimum lifetime first, then exactly at each deadline', () => {
    const { clock, deadlines, sweeps, reaped, reaper } = setup(100);
    deadlines.add(150);
    reaper.noteIdle();
    clock.advance(40);
    deadlines.add(40 + 130);
    reaper.noteIdle();
    clock.advance(1000);
    expect(sweeps).toEqual([100, 150, 170]);
    expect(reaped).toEqual([150, 170]);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('arms one timer however many instances go idle', () => {
    const { clock, reaper } = setup(100);
    for (let i = 0; i < 1000; i++) reaper.noteIdle();
    expect(clock.pendingTimers()).toBe(1);
  });

  it('brings the sweep forward when the minimum lifetime shrinks', () => {
    let min = 1000;
    const clock = createManualClock(0);
    const sweeps: number[] = [];
    const reaper = createReaper(
      clock,
      () => min,
      (now) => (sweeps.push(now), Infinity),
    );
    reaper.noteIdle();
    min = 10;
    reaper.rearm();
    clock.advance(2000);
    expect(sweeps).toEqual([10]);
  });

  it('stops sweeping once disposed', () => {
    const { clock, sweeps, reaper } = setup(100);
    reaper.noteIdle();
    reaper.dispose();
    reaper.noteIdle();
    clock.advance(1000);
    expect(sweeps).toEqual([]);
  });
});
