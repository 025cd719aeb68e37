// A month of Lambda from a few averages (the calculator), and a session's usage scaled to a month.
import type { LambdaBill, LambdaPrices, LambdaUsage } from './lambda-bill';
import { FREE_EPHEMERAL_STORAGE_MB, lambdaBill, roundCents } from './lambda-bill';
import { provisionedMonth } from './provisioned-month';
import type { Architecture } from '../types';

/** AWS's pricing calculator counts a month as 730 hours (24 × 365 / 12). */
export const HOURS_PER_MONTH = 730;
export const MS_PER_MONTH = HOURS_PER_MONTH * 3_600_000;

export interface MonthlyLambdaInput {
  requestsPerMonth: number;
  /** Average billed duration of a request, handler only. */
  durationMs: number;
  memoryMB: number;
  architecture: Architecture;
  freeTier: boolean;
  /** 512–10,240 MB; above 512 MB is billed. Default 512. */
  ephemeralStorageMB?: number;
  /**
   * Share of requests that are cold starts (0–100), each also billed its init duration, as AWS
   * does since 1 Aug 2025 (docs/aws-lambda.md#billed-duration). AWS says cold starts are
   * typically under 1 %.
   */
  coldStartPercent?: number;
  initDurationMs?: number;
  /**
   * Environments kept initialized all month (docs/aws-lambda.md#provisioned-concurrency); default
   * 0. The requests they serve have no cold start and their own duration price, and the free tier
   * no longer applies to the function.
   */
  provisionedConcurrency?: number;
}

/** Average billed milliseconds of one request: its duration plus its share of INIT. */
export function averageBilledMs(
  input: Pick<MonthlyLambdaInput, 'durationMs' | 'coldStartPercent' | 'initDurationMs'>,
): number {
  const coldShare = (input.coldStartPercent ?? 0) / 100;
  return input.durationMs + coldShare * (input.initDurationMs ?? 0);
}

export function monthlyUsage(input: MonthlyLambdaInput): LambdaUsage {
  const seconds = (input.requestsPerMonth * averageBilledMs(input)) / 1000;
  const gbSeconds = { x86_64: 0, arm64: 0 };
  gbSeconds[input.architecture] = seconds * (input.memoryMB / 1024);
  const extraStorageMB = Math.max(
    0,
    (input.ephemeralStorageMB ?? FREE_EPHEMERAL_STORAGE_MB) - FREE_EPHEMERAL_STORAGE_MB,
  );
  return {
    requests: input.requestsPerMonth,
    gbSeconds,
    storageGbSeconds: seconds * (extraStorageMB / 1024),
  };
}

/**
 * The month's bill as AWS's pricing examples compute it: line items rounded to cents, summed. With
 * provisioned concurrency, the requests it serves are billed on its lines and the rest on demand.
 */
export function monthlyLambdaCost(input: MonthlyLambdaInput, prices?: LambdaPrices): LambdaBill {
  const provisionedCount = input.provisionedConcurrency ?? 0;
  if (provisionedCount <= 0) {
    return lambdaBill(monthlyUsage(input), {
      freeTier: input.freeTier,
      roundToCents: true,
      ...(prices && { prices }),
    });
  }
  const provisioned = provisionedMonth({ ...input, provisionedConcurrency: provisionedCount });
  const onDemand = monthlyUsage({
    ...input,
    requestsPerMonth: input.requestsPerMonth - provisioned.servedRequests,
  });
  // Every request pays the request price, wherever it ran.
  const usage = { ...onDemand, requests: input.requestsPerMonth };
  const bill = lambdaBill(usage, {
    freeTier: false,
    roundToCents: true,
    ...(prices && { prices }),
  });
  return { ...bill, provisioned, totalUsd: roundCents(bill.totalUsd + provisioned.totalUsd) };
}

/**
 * A session's usage over `elapsedMs` of simulated time, at the same rate for a whole month; null
 * before any simulated time has passed.
 */
export function projectToMonth(usage: LambdaUsage, elapsedMs: number): LambdaUsage | null {
  if (!(elapsedMs > 0)) return null;
  const scale = MS_PER_MONTH / elapsedMs;
  return {
    requests: usage.requests * scale,
    gbSeconds: { x86_64: usage.gbSeconds.x86_64 * scale, arm64: usage.gbSeconds.arm64 * scale },
    storageGbSeconds: usage.storageGbSeconds * scale,
  };
}
