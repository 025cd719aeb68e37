import { describe, expect, it } from 'vitest';
import type { RequestShape } from './break-even';
import { breakEvenRequests, lambdaMonthlyUsd } from './break-even';

const shape = (change: Partial<RequestShape>): RequestShape => ({
  durationMs: 100,
  memoryMB: 128,
  architecture: 'x86_64',
  freeTier: false,
  ...change,
});

describe('lambdaMonthlyUsd', () => {
  it('is the unrounded bill: $0.20 per million plus GB-seconds', () => {
    // 1M × (0.0000002 + 0.0125 GB-s × 0.0000166667)
    expect(lambdaMonthlyUsd(1_000_000, shape({}))).toBeCloseTo(0.40833375, 12);
    expect(lambdaMonthlyUsd(1_000_000, shape({ freeTier: true }))).toBe(0);
  });
});

describe('breakEvenRequests', () => {
  it('solves against a t4g.small ($12.26/month) with no free tier', () => {
    // $12.26 / $0.00000040833375 a request = 30,024,459.16
    expect(breakEvenRequests(shape({}), 12.26)).toBe(30_024_460);
  });

  it('accounts for the free tier: requests cost from 1M, GB-seconds from 32M', () => {
    // 400,000 GB-s / 0.0125 = 32M requests, by then $6.20 of requests; the rest at full rate.
    const n = breakEvenRequests(shape({ freeTier: true }), 12.26)!;
    expect(n).toBe(46_840_802);
    expect(lambdaMonthlyUsd(n, shape({ freeTier: true }))).toBeGreaterThanOrEqual(12.26);
    expect(lambdaMonthlyUsd(n - 1, shape({ freeTier: true }))).toBeLessThan(12.26);
  });

  it('crosses a duration tier: past 6B GB-s the slope drops to $0.000015', () => {
    // 10 GB × 60 s = 600 GB-s a request: tier 2 from 10M requests ($100,002.20).
    const heavy = shape({ memoryMB: 10_240, durationMs: 60_000 });
    expect(breakEvenRequests(heavy, 150_000)).toBe(15_555_188);
  });

  it('is 0 when the always-on option costs nothing, null when Lambda stays cheaper', () => {
    expect(breakEvenRequests(shape({}), 0)).toBe(0);
    expect(breakEvenRequests(shape({}), 1_000_000)).toBeNull();
    expect(breakEvenRequests(shape({}), 12.26, 1e7)).toBeNull();
  });
});
