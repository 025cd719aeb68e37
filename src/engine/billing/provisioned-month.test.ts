import { describe, expect, it } from 'vitest';
import { monthlyLambdaCost } from './monthly-cost';
import { provisionedMonth } from './provisioned-month';

describe('provisionedMonth', () => {
  it('prices the configured amount all month and the requests it serves at its duration rate', () => {
    // 10 × 1 GB × 730 h = 26,280,000 GB-s × $0.0000041667 = $109.50; 1M × 0.1 s × 1 GB
    // = 100,000 GB-s × $0.0000097222 = $0.97.
    const month = provisionedMonth({
      provisionedConcurrency: 10,
      memoryMB: 1024,
      architecture: 'x86_64',
      requestsPerMonth: 1_000_000,
      durationMs: 100,
    });
    expect(month.configured).toEqual({ quantity: 26_280_000, free: 0, usd: 109.5 });
    expect(month.duration).toEqual({ quantity: 100_000, free: 0, usd: 0.97 });
    expect(month.servedRequests).toBe(1_000_000);
    expect(month.totalUsd).toBe(110.47);
  });

  it('serves its share when the average concurrency is more than it provisions', () => {
    // 2,628,000,000 requests × 1 s over 2,628,000 s: 1,000 at a time on average; 250 provisioned.
    const month = provisionedMonth({
      provisionedConcurrency: 250,
      memoryMB: 512,
      architecture: 'arm64',
      requestsPerMonth: 2_628_000_000,
      durationMs: 1000,
    });
    expect(month.servedRequests).toBe(657_000_000);
    // 250 × 0.5 GB × 2,628,000 s × $0.0000033334.
    expect(month.configured.usd).toBe(1095.02);
  });
});

describe('monthlyLambdaCost with provisioned concurrency', () => {
  it('bills every request, the spill-over on demand, and no free tier', () => {
    const bill = monthlyLambdaCost({
      requestsPerMonth: 1_000_000,
      durationMs: 100,
      memoryMB: 1024,
      architecture: 'x86_64',
      freeTier: true,
      provisionedConcurrency: 10,
    });
    expect(bill.requests).toEqual({ quantity: 1_000_000, free: 0, usd: 0.2 });
    expect(bill.compute.x86_64.quantity).toBe(0);
    expect(bill.totalUsd).toBe(110.67);
  });

  it('leaves a month without it as it was', () => {
    const input = {
      requestsPerMonth: 3_000_000,
      durationMs: 1000,
      memoryMB: 512,
      architecture: 'x86_64',
      freeTier: true,
    } as const;
    expect(monthlyLambdaCost({ ...input, provisionedConcurrency: 0 })).toEqual(
      monthlyLambdaCost(input),
    );
    expect(monthlyLambdaCost(input).totalUsd).toBe(18.73);
  });
});
