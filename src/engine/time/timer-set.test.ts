import { describe, expect, it } from 'vitest';
import { createManualClock } from './clock';
import { createTimerSet } from './timer-set';

describe('createTimerSet', () => {
  it('fires through the clock and forgets what fired or was cleared', () => {
    const clock = createManualClock();
    const timers = createTimerSet(clock);
    const fired: string[] = [];
    timers.set(10, () => fired.push('a'));
    const b = timers.set(20, () => fired.push('b'));
    expect(timers.size()).toBe(2);
    clock.advance(10);
    timers.clear(b);
    clock.advance(100);
    expect(fired).toEqual(['a']);
    expect(timers.size()).toBe(0);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('clears everything on dispose and sets nothing afterwards', () => {
    const clock = createManualClock();
    const timers = createTimerSet(clock);
    const fired: number[] = [];
    timers.set(5, () => fired.push(1));
    timers.dispose();
    expect(timers.set(1, () => fired.push(2))).toBe(-1);
    clock.advance(10);
    expect(fired).toEqual([]);
    expect(clock.pendingTimers()).toBe(0);
  });
});
