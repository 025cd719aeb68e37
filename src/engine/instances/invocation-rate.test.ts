import { describe, expect, it } from 'vitest';
import { createInvocationRateLimiter } from './invocation-rate';
import type { FunctionRecord } from '../model';

const fn = { name: 'add' } as FunctionRecord;

describe(createInvocationRateLimiter, () => {
  it('admits 10 requests a second per unit of concurrency, then refills continuously', () => {
    const limiter = createInvocationRateLimiter();
    const admitted = (now: number, limit = 2) => limiter.admit(fn, limit, now);
    for (let i = 0; i < 20; i++) expect(admitted(0)).toBe(true);
    expect(admitted(0)).toBe(false);
    // 20 a second: one request's place comes back every 50 ms.
    expect(admitted(49)).toBe(false);
    expect(admitted(50)).toBe(true);
    expect(admitted(50)).toBe(false);
    // A quiet second fills the bucket, and no more than that.
    let taken = 0;
    while (admitted(5000)) taken++;
    expect(taken).toBe(20);
  });

  it('follows the limit it is given, and keeps each function’s second apart', () => {
    const limiter = createInvocationRateLimiter();
    const other = { name: 'other' } as FunctionRecord;
    expect(limiter.admit(fn, 0, 0)).toBe(false);
    expect(limiter.admit(other, 1, 0)).toBe(true);
  });
});
