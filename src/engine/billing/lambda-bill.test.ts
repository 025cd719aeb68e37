import { describe, expect, it } from 'vitest';
import type { LambdaUsage } from './lambda-bill';
import { lambdaBill, roundCents, tieredUsd } from './lambda-bill';
import { PRICING } from './pricing';

const usage = (x86: number, arm = 0, requests = 0): LambdaUsage => ({
  requests,
  gbSeconds: { x86_64: x86, arm64: arm },
  storageGbSeconds: 0,
});

describe('roundCents', () => {
  it('rounds half a cent up, despite binary noise', () => {
    expect(roundCents(12.345)).toBe(12.35);
    expect(roundCents(18.337)).toBe(18.34);
    expect(roundCents(0.20833375)).toBe(0.21);
    expect(roundCents(28.000056)).toBe(28);
    expect(roundCents(0.004999)).toBe(0);
  });
});

describe('tieredUsd', () => {
  it('prices each tier’s slice at its own price (x86: 6B, then 9B more, then the rest)', () => {
    const x86 = PRICING.durationTiers.x86_64;
    expect(tieredUsd(1_000_000, x86)).toBeCloseTo(16.6667, 9);
    expect(tieredUsd(6e9, x86)).toBeCloseTo(100_000.2, 6);
    expect(tieredUsd(6e9 + 1e6, x86)).toBeCloseTo(100_000.2 + 15, 6);
    expect(tieredUsd(15e9 + 1e6, x86)).toBeCloseTo(100_000.2 + 135_000 + 13.3334, 6);
  });

  it('moves arm64 to its next tier at 7.5B and 18.75B GB-seconds', () => {
    const arm = PRICING.durationTiers.arm64;
    expect(tieredUsd(7.5e9, arm)).toBeCloseTo(100_000.5, 6);
    expect(tieredUsd(18.75e9, arm)).toBeCloseTo(235_001.625, 6);
    expect(tieredUsd(18.75e9 + 1e6, arm)).toBeCloseTo(235_001.625 + 10.6667, 6);
  });
});

describe('lambdaBill', () => {
  it('rounds each line item to cents, then sums them', () => {
    const bill = lambdaBill(usage(12_500, 0, 1_000_000), { freeTier: false, roundToCents: true });
    expect(bill.requests).toEqual({ quantity: 1_000_000, free: 0, usd: 0.2 });
    expect(bill.compute.x86_64).toEqual({ quantity: 12_500, free: 0, usd: 0.21 });
    expect(bill.totalUsd).toBe(0.41);
  });

  it('takes 1M requests and 400,000 GB-seconds off when the free tier is on', () => {
    const small = lambdaBill(usage(12_500, 0, 1_000_000), { freeTier: true, roundToCents: true });
    expect(small.totalUsd).toBe(0);
    expect(small.requests.free).toBe(1_000_000);
    expect(small.compute.x86_64.free).toBe(12_500);
    const large = lambdaBill(usage(500_000, 0, 3_000_000), { freeTier: true, roundToCents: true });
    expect(large.requests.usd).toBe(0.4);
    // 100,000 GB-s × $0.0000166667 = $1.66667
    expect(large.compute.x86_64).toEqual({ quantity: 500_000, free: 400_000, usd: 1.67 });
    expect(large.totalUsd).toBe(2.07);
  });

  it('shares one free allowance between the architectures, x86 first', () => {
    const bill = lambdaBill(usage(300_000, 300_000), { freeTier: true, roundToCents: true });
    expect(bill.compute.x86_64).toEqual({ quantity: 300_000, free: 300_000, usd: 0 });
    // 200,000 GB-s at the arm64 price $0.0000133334 = $2.66668
    expect(bill.compute.arm64).toEqual({ quantity: 300_000, free: 100_000, usd: 2.67 });
  });

  it('keeps every digit for a live meter', () => {
    const bill = lambdaBill(usage(0.375, 0.25, 3), { freeTier: false, roundToCents: false });
    expect(bill.requests.usd).toBeCloseTo(0.0000006, 18);
    expect(bill.compute.x86_64.usd).toBeCloseTo(0.375 * 0.0000166667, 18);
    expect(bill.compute.arm64.usd).toBeCloseTo(0.25 * 0.0000133334, 18);
    expect(bill.totalUsd).toBeCloseTo(0.0000101833625, 18);
  });

  it('bills ephemeral storage GB-seconds with no free tier', () => {
    const bill = lambdaBill(
      { requests: 0, gbSeconds: { x86_64: 0, arm64: 0 }, storageGbSeconds: 95_000_000 },
      { freeTier: true, roundToCents: true },
    );
    // 95M GB-s × $0.0000000309 = $2.9355
    expect(bill.storage).toEqual({ quantity: 95_000_000, free: 0, usd: 2.94 });
    expect(bill.totalUsd).toBe(2.94);
  });
});
