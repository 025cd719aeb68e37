import { describe, expect, it } from 'vitest';
import { createScaledClock } from './scaled-clock';
import { createFakeRealTime as fakeRealTime } from '../testing/fake-real-time';

describe('createScaledClock', () => {
  it('starts at the real epoch time and runs speed× faster', () => {
    const real = fakeRealTime(1_800_000_000_000);
    const clock = createScaledClock({ speed: 10, realTime: real.realTime });
    expect(clock.now()).toBe(1_800_000_000_000);
    real.advance(100);
    expect(clock.now()).toBe(1_800_000_001_000);
  });

  it('fires timers at their simulated due time, with one real timeout for the earliest', () => {
    const real = fakeRealTime(0);
    const clock = createScaledClock({ speed: 10, realTime: real.realTime });
    const fired: number[] = [];
    clock.setTimer(5000, () => fired.push(clock.now()));
    clock.setTimer(1000, () => fired.push(clock.now()));
    expect(real.pendingAt()).toBe(100);
    real.advance(100);
    expect(fired).toEqual([1000]);
    expect(real.pendingAt()).toBe(500);
    real.advance(400);
    expect(fired).toEqual([1000, 5000]);
    expect(real.pendingAt()).toBeNull();
  });

  it('asks for whole real ms, rounded up, so a timer never fires before it is due', () => {
    const real = fakeRealTime(0);
    const clock = createScaledClock({ speed: 3, realTime: real.realTime });
    const fired: number[] = [];
    // 20 simulated ms at 3× is 6.67 real ms; setTimeout would truncate it to 6 and fire early.
    clock.setTimer(20, () => fired.push(clock.now()));
    expect(real.pendingAt()).toBe(7);
    real.advance(7);
    expect(fired).toEqual([21]);
    expect(real.pendingAt()).toBeNull();
  });

  it('keeps simulated due times when the speed changes', () => {
    const real = fakeRealTime(0);
    const clock = createScaledClock({ speed: 1, realTime: real.realTime });
    const fired: number[] = [];
    clock.setTimer(10_000, () => fired.push(clock.now()));
    real.advance(2000);
    clock.setSpeed(100);
    expect(clock.getSpeed()).toBe(100);
    // 8,000 simulated ms remain: 80 real ms at 100×.
    expect(real.pendingAt()).toBe(2080);
    real.advance(80);
    expect(fired).toEqual([10_000]);
  });

  it('freezes time while paused and fires nothing until resumed', () => {
    const real = fakeRealTime(0);
    const clock = createScaledClock({ speed: 2, realTime: real.realTime });
    const fired: number[] = [];
    clock.setTimer(1000, () => fired.push(clock.now()));
    real.advance(250);
    clock.pause();
    expect(clock.isPaused()).toBe(true);
    expect(real.pendingAt()).toBeNull();
    real.advance(10_000);
    expect(clock.now()).toBe(500);
    expect(fired).toEqual([]);
    clock.resume();
    expect(real.pendingAt()).toBe(10_500);
    real.advance(250);
    expect(fired).toEqual([1000]);
  });

  it('stands still while held, until every hold is released, whatever the learner pauses', () => {
    const real = fakeRealTime(0);
    const clock = createScaledClock({ speed: 1, realTime: real.realTime });
    const fired: number[] = [];
    clock.setTimer(100, () => fired.push(clock.now()));
    real.advance(40);
    const releaseA = clock.hold();
    const releaseB = clock.hold();
    real.advance(500);
    expect(clock.now()).toBe(40);
    expect(fired).toEqual([]);
    releaseA();
    releaseA();
    real.advance(500);
    expect(clock.now()).toBe(40);
    // The learner resumes a pause of theirs: the platform's hold still keeps time still.
    clock.pause();
    clock.resume();
    expect(clock.step()).toBeNull();
    real.advance(100);
    expect(clock.now()).toBe(40);
    releaseB();
    real.advance(60);
    expect(fired).toEqual([100]);
    // Paused by the learner when the hold ends: time stays still until they resume.
    const releaseC = clock.hold();
    clock.pause();
    releaseC();
    real.advance(1000);
    expect(clock.now()).toBe(100);
    clock.resume();
    real.advance(10);
    expect(clock.now()).toBe(110);
  });

  it('lets no time pass while the page could not run its timers, beyond 20 ms of jitter', () => {
    const real = fakeRealTime(0);
    const clock = createScaledClock({ speed: 1, realTime: real.realTime });
    const fired: number[] = [];
    clock.setTimer(100, () => fired.push(clock.now()));
    clock.setTimer(150, () => fired.push(clock.now()));
    // A long task: the timeout meant for real 100 runs at real 220, 120 ms late.
    real.advance(220);
    expect(fired).toEqual([120]);
    expect(clock.stillMs()).toBe(100);
    // The next timer keeps its spacing instead of firing in the same burst.
    real.advance(29);
    expect(fired).toEqual([120]);
    real.advance(1);
    expect(fired).toEqual([120, 150]);
    // Time held or paused counts as still too.
    const release = clock.hold();
    real.advance(40);
    expect(clock.stillMs()).toBe(140);
    release();
    expect(clock.now()).toBe(150);
  });

  it('lets no read during a long task run time past a timer not yet fired, beyond 20 ms', () => {
    const real = fakeRealTime(0);
    const clock = createScaledClock({ speed: 1, realTime: real.realTime });
    const fired: number[] = [];
    clock.setTimer(100, () => fired.push(clock.now()));
    clock.setTimer(150, () => fired.push(clock.now()));
    // A long task that reads the clock as answers come in: real 300, the timer due at 100 unfired.
    real.stall(300);
    expect(clock.now()).toBe(120);
    real.advance(0);
    expect(fired).toEqual([120]);
    expect(clock.stillMs()).toBe(180);
    real.advance(30);
    expect(fired).toEqual([120, 150]);
  });

  it('rejects speeds outside 1–100', () => {
    expect(() => createScaledClock({ speed: 0.5 })).toThrow(RangeError);
    const clock = createScaledClock({ speed: 1, realTime: fakeRealTime(0).realTime });
    expect(() => clock.setSpeed(101)).toThrow('speed must be between 1 and 100, got 101');
    expect(() => clock.setSpeed(NaN)).toThrow(RangeError);
  });

  it('stops firing after dispose', () => {
    const real = fakeRealTime(0);
    const clock = createScaledClock({ speed: 1, realTime: real.realTime });
    let fired = false;
    clock.setTimer(10, () => (fired = true));
    clock.dispose();
    real.advance(100);
    expect(fired).toBe(false);
  });

  it('steps while paused to the next timer, firing what is due then, and nowhere while running', () => {
    const real = fakeRealTime(0);
    const clock = createScaledClock({ speed: 1, realTime: real.realTime });
    const fired: string[] = [];
    clock.setTimer(3000, () => fired.push('b'));
    clock.setTimer(1000, () => {
      fired.push('a');
      clock.setTimer(0, () => fired.push('a+0'));
    });
    expect(clock.step()).toBeNull();
    clock.pause();
    expect(clock.step()).toBe(1000);
    expect(fired).toEqual(['a', 'a+0']);
    real.advance(5000);
    expect(clock.now()).toBe(1000);
    expect(clock.step()).toBe(3000);
    expect(clock.step()).toBeNull();
    expect(fired).toEqual(['a', 'a+0', 'b']);
    clock.resume();
    expect(clock.now()).toBe(3000);
  });
});
