import { describe, expect, it } from 'vitest';
import { createManualClock } from './clock';

describe('createManualClock', () => {
  it('starts where told and moves only when advanced', () => {
    const clock = createManualClock(1000);
    expect(clock.now()).toBe(1000);
    clock.advance(250);
    expect(clock.now()).toBe(1250);
    clock.advanceTo(1100);
    expect(clock.now()).toBe(1250);
  });

  it('fires due timers in order, each seeing its own due time as now', () => {
    const clock = createManualClock();
    const seen: string[] = [];
    clock.setTimer(30, () => seen.push(`b@${clock.now()}`));
    clock.setTimer(10, () => seen.push(`a@${clock.now()}`));
    clock.setTimer(31, () => seen.push(`late@${clock.now()}`));
    clock.advance(30);
    expect(seen).toEqual(['a@10', 'b@30']);
    expect(clock.now()).toBe(30);
    expect(clock.pendingTimers()).toBe(1);
  });

  it('fires, in the same advance, a timer that a callback sets and that is already due', () => {
    const clock = createManualClock();
    const seen: number[] = [];
    clock.setTimer(10, () => {
      seen.push(clock.now());
      clock.setTimer(0, () => seen.push(clock.now()));
      clock.setTimer(5, () => seen.push(clock.now()));
      clock.setTimer(50, () => seen.push(clock.now()));
    });
    clock.advance(20);
    expect(seen).toEqual([10, 10, 15]);
    expect(clock.pendingTimers()).toBe(1);
  });

  it('never fires a cleared timer', () => {
    const clock = createManualClock();
    let fired = false;
    const handle = clock.setTimer(5, () => (fired = true));
    clock.clearTimer(handle);
    clock.advance(10);
    expect(fired).toBe(false);
    expect(clock.pendingTimers()).toBe(0);
  });
});
