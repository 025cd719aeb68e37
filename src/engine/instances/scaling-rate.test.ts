import { describe, expect, it } from 'vitest';
import type { FunctionRecord } from '../model';
import { createScalingRateLimiter } from './scaling-rate';

const fn = () => ({}) as FunctionRecord;

function admitted(times: number, admit: () => boolean): number {
  let count = 0;
  for (let i = 0; i < times; i++) if (admit()) count++;
  return count;
}

describe('createScalingRateLimiter', () => {
  it('lets a function start one 10-second allowance at once, then refills it continuously', () => {
    const limiter = createScalingRateLimiter();
    const add = fn();
    expect(admitted(15, () => limiter.admitNewEnvironment(add, 10, 0))).toBe(10);
    // A tenth of the allowance per second: one new environment after 1 s, not before.
    expect(limiter.admitNewEnvironment(add, 10, 999)).toBe(false);
    expect(limiter.admitNewEnvironment(add, 10, 1000)).toBe(true);
    expect(limiter.admitNewEnvironment(add, 10, 1000)).toBe(false);
  });

  it('never banks what a quiet minute left unused', () => {
    const limiter = createScalingRateLimiter();
    const add = fn();
    limiter.admitNewEnvironment(add, 10, 0);
    expect(admitted(30, () => limiter.admitNewEnvironment(add, 10, 60_000))).toBe(10);
  });

  it('keeps each function its own allowance, and starts afresh when the rate is changed', () => {
    const limiter = createScalingRateLimiter();
    const [add, resize] = [fn(), fn()];
    expect(admitted(3, () => limiter.admitNewEnvironment(add, 2, 0))).toBe(2);
    expect(admitted(3, () => limiter.admitNewEnvironment(resize, 2, 0))).toBe(2);
    expect(admitted(1000, () => limiter.admitNewEnvironment(add, 1000, 0))).toBe(1000);
  });

  it('says how long until the allowance holds a new environment again', () => {
    const limiter = createScalingRateLimiter();
    const add = fn();
    expect(limiter.msUntilNewEnvironment(add, 10, 0)).toBe(0);
    admitted(10, () => limiter.admitNewEnvironment(add, 10, 0));
    expect(limiter.msUntilNewEnvironment(add, 10, 0)).toBe(1000);
    expect(limiter.msUntilNewEnvironment(add, 10, 400)).toBe(600);
    // Asking takes nothing: the environment is still there to admit at 1 s.
    expect(limiter.admitNewEnvironment(add, 10, 1000)).toBe(true);
  });
});
