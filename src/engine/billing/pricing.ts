// Lambda's us-east-1 prices and the per-invocation bill; the only place money is computed.
import { ephemeralStorageOf } from '../functions/ephemeral-storage';
import type { Architecture, FunctionConfig, InvocationCost } from '../types';

export interface PriceTier {
  /** The tier covers monthly GB-seconds up to this figure (cumulative); Infinity for the last. */
  upToGbSeconds: number;
  usdPerGbSecond: number;
}

/**
 * us-east-1 on-demand prices (docs/aws-lambda.md#lambda-prices;
 * https://aws.amazon.com/lambda/pricing/ and
 * https://aws.amazon.com/blogs/compute/introducing-tiered-pricing-for-aws-lambda/). The arm64 last
 * tier is derived (−20 %), not quoted by AWS.
 */
export const PRICING = {
  region: 'us-east-1',
  /** $0.20 per million requests. */
  usdPerRequest: 0.0000002,
  durationTiers: {
    x86_64: [
      { upToGbSeconds: 6e9, usdPerGbSecond: 0.0000166667 },
      { upToGbSeconds: 15e9, usdPerGbSecond: 0.000015 },
      { upToGbSeconds: Infinity, usdPerGbSecond: 0.0000133334 },
    ],
    arm64: [
      { upToGbSeconds: 7.5e9, usdPerGbSecond: 0.0000133334 },
      { upToGbSeconds: 18.75e9, usdPerGbSecond: 0.0000120001 },
      { upToGbSeconds: Infinity, usdPerGbSecond: 0.0000106667 },
    ],
  } satisfies Record<Architecture, readonly PriceTier[]>,
  /** Always-free allowance per account and month (x86 and arm combined). */
  freeTier: { requests: 1_000_000, gbSeconds: 400_000 },
  /**
   * Ephemeral storage (/tmp) above the free 512 MB, per GB-second of billed duration, with no free
   * tier (x86 rate from AWS's pricing example, docs/aws-lambda.md#lambda-prices; no arm64 rate is
   * published, so both use it).
   */
  ephemeralStorage: { usdPerGbSecond: 0.0000000309, freeMB: 512 },
  /**
   * Provisioned concurrency (docs/aws-lambda.md#provisioned-concurrency): `configured` per GB-second
   * of the amount set, all the time it is on, in periods rounded up to `periodMs`; `duration` per
   * GB-second of the invocations its environments serve, in place of the on-demand rate. No free
   * tier, no monthly tiers.
   */
  provisioned: {
    periodMs: 5 * 60 * 1000,
    configured: { x86_64: 0.0000041667, arm64: 0.0000033334 },
    duration: { x86_64: 0.0000097222, arm64: 0.0000077778 },
  },
} as const;

/**
 * Float noise guard: a duration that is over a whole millisecond by less than a nanosecond
 * (e.g. 3000.0000001 from summing measured figures) is not billed an extra millisecond. Browser
 * timers resolve to microseconds at best, so nothing real is lost.
 */
const NOISE_MS = 1e-6;

/**
 * ceil(duration + init) to 1 ms: AWS bills INIT on cold starts since 1 Aug 2025
 * (docs/aws-lambda.md#billed-duration).
 */
export function billedDurationMs(durationMs: number, initDurationMs = 0): number {
  return Math.max(0, Math.ceil(durationMs + initDurationMs - NOISE_MS));
}

/** First-tier price of one GB-second: a single invocation never crosses a monthly tier. */
export function firstTierUsdPerGbSecond(architecture: Architecture): number {
  return (PRICING.durationTiers[architecture][0] as PriceTier).usdPerGbSecond;
}

/** The MB of /tmp that are billed: what the setting gives above the free 512 MB. */
export function billedStorageMB(config: Pick<FunctionConfig, 'ephemeralStorageMB'>): number {
  return Math.max(0, ephemeralStorageOf(config) - PRICING.ephemeralStorage.freeMB);
}

/**
 * One invocation's bill. `provisioned`: a provisioned environment served it, so its duration is
 * priced at provisioned concurrency's duration rate.
 */
export function invocationCost(
  config: Pick<FunctionConfig, 'memoryMB' | 'architecture' | 'ephemeralStorageMB'>,
  billedMs: number,
  provisioned = false,
): InvocationCost {
  const seconds = billedMs / 1000;
  const gbSeconds = (config.memoryMB / 1024) * seconds;
  const rate = provisioned
    ? PRICING.provisioned.duration[config.architecture]
    : firstTierUsdPerGbSecond(config.architecture);
  const computeUsd = gbSeconds * rate;
  const requestUsd = PRICING.usdPerRequest;
  // Storage is charged for the same billed duration as memory (AWS's pricing example).
  const storageGbSeconds = (billedStorageMB(config) / 1024) * seconds;
  const storageUsd = storageGbSeconds * PRICING.ephemeralStorage.usdPerGbSecond;
  return {
    gbSeconds,
    requestUsd,
    computeUsd,
    storageGbSeconds,
    storageUsd,
    totalUsd: requestUsd + computeUsd + storageUsd,
    ...(provisioned && { provisioned: true as const }),
  };
}

/** What `count` provisioned environments of this memory cost for `periodMs`, at the configured rate. */
export function provisionedCost(
  config: Pick<FunctionConfig, 'memoryMB' | 'architecture'>,
  count: number,
  periodMs: number,
): { gbSeconds: number; usd: number } {
  const gbSeconds = count * (config.memoryMB / 1024) * (periodMs / 1000);
  return { gbSeconds, usd: gbSeconds * PRICING.provisioned.configured[config.architecture] };
}
