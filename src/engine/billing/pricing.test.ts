import { describe, expect, it } from 'vitest';
import { billedDurationMs, firstTierUsdPerGbSecond, invocationCost, PRICING } from './pricing';

describe('billedDurationMs', () => {
  it('adds INIT and rounds up to the millisecond, as AWS bills since Aug 2025', () => {
    // Real REPORT lines (docs/aws-lambda.md#billed-duration).
    expect(billedDurationMs(601.73, 94.33)).toBe(697);
    expect(billedDurationMs(3000, 402.04)).toBe(3403);
  });

  it('rounds a warm duration up to 1 ms', () => {
    expect(billedDurationMs(2.01)).toBe(3);
    expect(billedDurationMs(0.2)).toBe(1);
    expect(billedDurationMs(5)).toBe(5);
  });

  it('ignores float noise below a nanosecond', () => {
    expect(billedDurationMs(3000.0000001)).toBe(3000);
    expect(billedDurationMs(0.1 + 0.2, 2.7)).toBe(3);
    expect(billedDurationMs(3000.001)).toBe(3001);
  });
});

describe('invocationCost', () => {
  it('bills 128 MB for 697 ms on x86 at the first-tier price', () => {
    const cost = invocationCost({ memoryMB: 128, architecture: 'x86_64' }, 697);
    expect(cost.gbSeconds).toBe(0.087125);
    expect(cost.requestUsd).toBe(0.0000002);
    expect(cost.computeUsd).toBeCloseTo(0.0000166667 * 0.125 * 0.697, 18);
    expect(cost.totalUsd).toBeCloseTo(0.0000002 + 0.0000166667 * 0.125 * 0.697, 18);
  });

  it('bills arm64 at its own, lower price', () => {
    const cost = invocationCost({ memoryMB: 128, architecture: 'arm64' }, 697);
    expect(cost.computeUsd).toBeCloseTo(0.0000133334 * 0.125 * 0.697, 18);
  });

  it('bills 1024 MB eight times 128 MB', () => {
    const small = invocationCost({ memoryMB: 128, architecture: 'x86_64' }, 1000);
    const large = invocationCost({ memoryMB: 1024, architecture: 'x86_64' }, 1000);
    expect(large.gbSeconds).toBe(1);
    expect(large.computeUsd).toBe(0.0000166667);
    expect(large.computeUsd).toBeCloseTo(small.computeUsd * 8, 18);
  });
});

describe('invocationCost: ephemeral storage', () => {
  it('charges nothing for the default 512 MB of /tmp', () => {
    const cost = invocationCost({ memoryMB: 128, architecture: 'x86_64' }, 1000);
    expect(cost.storageGbSeconds).toBe(0);
    expect(cost.storageUsd).toBe(0);
    const explicit = invocationCost(
      { memoryMB: 128, architecture: 'x86_64', ephemeralStorageMB: 512 },
      1000,
    );
    expect(explicit.storageUsd).toBe(0);
  });

  it('charges the MB above 512 for the billed duration at $0.0000000309 per GB-second', () => {
    // 10,240 MB: 9,728 MB billed = 9.5 GB, for 2 s = 19 GB-s.
    const cost = invocationCost(
      { memoryMB: 1024, architecture: 'x86_64', ephemeralStorageMB: 10_240 },
      2000,
    );
    expect(cost.storageGbSeconds).toBe(19);
    expect(cost.storageUsd).toBeCloseTo(19 * 0.0000000309, 20);
    expect(cost.totalUsd).toBeCloseTo(0.0000002 + 2 * 0.0000166667 + 19 * 0.0000000309, 18);
  });

  it('matches AWS’s pricing example: 2 GB of /tmp is 1.5 GB billed', () => {
    const cost = invocationCost(
      { memoryMB: 2048, architecture: 'x86_64', ephemeralStorageMB: 2048 },
      1000,
    );
    expect(cost.storageGbSeconds).toBe(1.5);
    expect(PRICING.ephemeralStorage).toEqual({ usdPerGbSecond: 0.0000000309, freeMB: 512 });
  });
});

describe('PRICING', () => {
  it('holds the monthly tiers for the calculator', () => {
    expect(PRICING.durationTiers.x86_64.map((tier) => tier.usdPerGbSecond)).toEqual([
      0.0000166667, 0.000015, 0.0000133334,
    ]);
    expect(PRICING.durationTiers.arm64.map((tier) => tier.upToGbSeconds)).toEqual([
      7.5e9,
      18.75e9,
      Infinity,
    ]);
    expect(PRICING.freeTier).toEqual({ requests: 1_000_000, gbSeconds: 400_000 });
    expect(firstTierUsdPerGbSecond('arm64')).toBe(0.0000133334);
  });
});
