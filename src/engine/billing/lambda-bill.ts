// A Lambda bill for a month's usage, line by line, as AWS's pricing examples write it out.
import type { PriceTier } from './pricing';
import { PRICING } from './pricing';
import type { Architecture } from '../types';
import type { ProvisionedMonth } from './provisioned-month';

/** The prices a bill needs; `PRICING` is the one source, a test may pass an older price list. */
export interface LambdaPrices {
  usdPerRequest: number;
  durationTiers: Readonly<Record<Architecture, readonly PriceTier[]>>;
  freeTier: { requests: number; gbSeconds: number };
}

/** Ephemeral storage above the free 512 MB, per GB-second; no free tier (PRICING). */
export const USD_PER_EPHEMERAL_GB_SECOND = PRICING.ephemeralStorage.usdPerGbSecond;
export const FREE_EPHEMERAL_STORAGE_MB = PRICING.ephemeralStorage.freeMB;

/** What a month (or a session) used: requests, and compute GB-seconds by architecture. */
export interface LambdaUsage {
  requests: number;
  gbSeconds: Record<Architecture, number>;
  /** GB-seconds of ephemeral storage above 512 MB. */
  storageGbSeconds: number;
}

export interface LineItem {
  /** Used in the period (requests, or GB-seconds). */
  quantity: number;
  /** The part the free tier covered. */
  free: number;
  usd: number;
}

export interface LambdaBill {
  requests: LineItem;
  compute: Record<Architecture, LineItem>;
  storage: LineItem;
  /** A month with provisioned concurrency (monthly-cost.ts): its own lines, in totalUsd. */
  provisioned?: ProvisionedMonth;
  totalUsd: number;
}

export interface BillOptions {
  freeTier: boolean;
  /** AWS's examples round each line item to cents, then sum; a live meter keeps every digit. */
  roundToCents: boolean;
  prices?: LambdaPrices;
}

/**
 * Half-up to the cent. `toPrecision(12)` first drops binary noise (12.345 × 100 is
 * 1234.4999999999998), so a half cent rounds up as it does on paper.
 */
export function roundCents(usd: number): number {
  return Math.round(Number((usd * 100).toPrecision(12))) / 100;
}

/** Prices GB-seconds through the monthly tiers: each tier's price applies to its own slice. */
export function tieredUsd(gbSeconds: number, tiers: readonly PriceTier[]): number {
  let usd = 0;
  let floor = 0;
  for (const tier of tiers) {
    const inTier = Math.min(gbSeconds, tier.upToGbSeconds) - floor;
    if (inTier <= 0) break;
    usd += inTier * tier.usdPerGbSecond;
    floor = tier.upToGbSeconds;
  }
  return usd;
}

// AWS does not say which architecture's GB-seconds the shared free allowance offsets; x86 goes
// first here, the pricier one. Its examples subtract the allowance before pricing, so the tiers
// count billable GB-seconds.
const FREE_TIER_ORDER: readonly Architecture[] = ['x86_64', 'arm64'];

export function lambdaBill(usage: LambdaUsage, options: BillOptions): LambdaBill {
  const prices = options.prices ?? PRICING;
  const round = options.roundToCents ? roundCents : (usd: number) => usd;
  const freeRequests = options.freeTier ? Math.min(usage.requests, prices.freeTier.requests) : 0;
  const requests: LineItem = {
    quantity: usage.requests,
    free: freeRequests,
    usd: round((usage.requests - freeRequests) * prices.usdPerRequest),
  };
  let freeLeft = options.freeTier ? prices.freeTier.gbSeconds : 0;
  const compute = {} as Record<Architecture, LineItem>;
  for (const architecture of FREE_TIER_ORDER) {
    const quantity = usage.gbSeconds[architecture];
    const free = Math.min(freeLeft, quantity);
    freeLeft -= free;
    const usd = round(tieredUsd(quantity - free, prices.durationTiers[architecture]));
    compute[architecture] = { quantity, free, usd };
  }
  const storage: LineItem = {
    quantity: usage.storageGbSeconds,
    free: 0,
    usd: round(usage.storageGbSeconds * USD_PER_EPHEMERAL_GB_SECOND),
  };
  const lines = [requests, compute.x86_64, compute.arm64, storage];
  const totalUsd = round(lines.reduce((sum, line) => sum + line.usd, 0));
  return { requests, compute, storage, totalUsd };
}
