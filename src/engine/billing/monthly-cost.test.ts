import { describe, expect, it } from 'vitest';
import type { LambdaPrices } from './lambda-bill';
import type { MonthlyLambdaInput } from './monthly-cost';
import { MS_PER_MONTH, averageBilledMs, monthlyLambdaCost, projectToMonth } from './monthly-cost';
import { PRICING } from './pricing';

const input = (change: Partial<MonthlyLambdaInput>): MonthlyLambdaInput => ({
  requestsPerMonth: 3_000_000,
  durationMs: 1000,
  memoryMB: 512,
  architecture: 'x86_64',
  freeTier: true,
  ...change,
});

/** The single price the pricing page's older examples used, before tiers ($0.00001667). */
const OLD_PRICES: LambdaPrices = {
  ...PRICING,
  durationTiers: {
    x86_64: [{ upToGbSeconds: Infinity, usdPerGbSecond: 0.00001667 }],
    arm64: PRICING.durationTiers.arm64,
  },
};

describe('monthlyLambdaCost', () => {
  it('reproduces the pricing page’s example 1: 3M × 1 s at 512 MB, free tier on → $18.74', () => {
    // aws.amazon.com/lambda/pricing/ (example 1, at $0.00001667/GB-s): 1,100,000 billable GB-s
    // = $18.34, 2M billable requests = $0.40, total $18.74.
    const bill = monthlyLambdaCost(input({}), OLD_PRICES);
    expect(bill.compute.x86_64).toEqual({ quantity: 1_500_000, free: 400_000, usd: 18.34 });
    expect(bill.requests).toEqual({ quantity: 3_000_000, free: 1_000_000, usd: 0.4 });
    expect(bill.totalUsd).toBe(18.74);
    // At today's $0.0000166667 the same month is a cent cheaper: 1,100,000 × it = $18.33337.
    expect(monthlyLambdaCost(input({})).totalUsd).toBe(18.73);
  });

  it('reproduces the 1 ms billing launch example: 60M × 28 ms at 1 GB, no free tier → $40', () => {
    // aws.amazon.com/blogs/aws/new-for-aws-lambda-1ms-billing-granularity-adds-cost-savings/
    const month = input({
      requestsPerMonth: 60e6,
      durationMs: 28,
      memoryMB: 1024,
      freeTier: false,
    });
    const bill = monthlyLambdaCost(month);
    expect(bill.requests.usd).toBe(12);
    expect(bill.compute.x86_64.usd).toBe(28);
    expect(bill.totalUsd).toBe(40);
    // arm64 bills the same GB-seconds at $0.0000133334: 1,680,000 × it = $22.400112.
    expect(monthlyLambdaCost({ ...month, architecture: 'arm64' }).totalUsd).toBe(34.4);
  });

  it('applies the x86 tiers to the tiered-pricing blog’s 9B GB-second month', () => {
    // aws.amazon.com/blogs/compute/introducing-tiered-pricing-for-aws-lambda/: 2 GB × 60 s ×
    // 75M invocations = 9B GB-s; 6B at $0.0000166667 + 3B at $0.000015, plus 75M requests.
    const month = input({ requestsPerMonth: 75e6, durationMs: 60_000, memoryMB: 2048 });
    const noFree = monthlyLambdaCost({ ...month, freeTier: false });
    expect(noFree.compute.x86_64.usd).toBe(145_000.2);
    expect(noFree.totalUsd).toBe(145_015.2);
    // The free tier comes off first: 8,999,600,000 billable GB-s and 74M billable requests.
    expect(monthlyLambdaCost(month).totalUsd).toBe(145_009);
  });

  it('rounds the arm64 tier boundary half-up: 18.75B GB-seconds cost $235,001.625', () => {
    const month = input({
      requestsPerMonth: 18.75e6,
      durationMs: 1_000_000,
      memoryMB: 1024,
      architecture: 'arm64',
      freeTier: false,
    });
    expect(monthlyLambdaCost(month).compute.arm64.usd).toBe(235_001.63);
  });

  it('bills the init duration of cold starts (since 1 Aug 2025)', () => {
    const warm = input({
      requestsPerMonth: 10e6,
      durationMs: 100,
      memoryMB: 1024,
      freeTier: false,
    });
    expect(monthlyLambdaCost(warm).totalUsd).toBe(18.67);
    // 1 % cold with 500 ms of init: 105 ms a request on average, 1,050,000 GB-s = $17.5000350.
    const cold = { ...warm, coldStartPercent: 1, initDurationMs: 500 };
    expect(averageBilledMs(cold)).toBe(105);
    expect(monthlyLambdaCost(cold).totalUsd).toBe(19.5);
  });

  it('bills ephemeral storage above 512 MB', () => {
    const month = input({ requestsPerMonth: 10e6, ephemeralStorageMB: 10_240, freeTier: false });
    // 9.5 GB extra × 10M s = 95M GB-s × $0.0000000309 = $2.9355
    expect(monthlyLambdaCost(month).storage.usd).toBe(2.94);
    expect(monthlyLambdaCost({ ...month, ephemeralStorageMB: 512 }).storage.usd).toBe(0);
  });
});

describe('projectToMonth', () => {
  it('scales a session’s usage to a 730-hour month at the same rate', () => {
    const session = { requests: 3, gbSeconds: { x86_64: 0.375, arm64: 0 }, storageGbSeconds: 0 };
    expect(MS_PER_MONTH).toBe(2_628_000_000);
    expect(projectToMonth(session, 60_000)).toEqual({
      requests: 131_400,
      gbSeconds: { x86_64: 16_425, arm64: 0 },
      storageGbSeconds: 0,
    });
  });

  it('has nothing to project before simulated time has passed', () => {
    const session = { requests: 1, gbSeconds: { x86_64: 1, arm64: 0 }, storageGbSeconds: 0 };
    expect(projectToMonth(session, 0)).toBeNull();
  });
});
