// A month of provisioned concurrency (docs/aws-lambda.md#provisioned-concurrency): the amount
// configured, all month, and the duration of the requests its environments serve, each at its own
// price with no free tier and no monthly tiers.
import type { LineItem } from './lambda-bill';
import { roundCents } from './lambda-bill';
import { HOURS_PER_MONTH } from './monthly-cost';
import { PRICING } from './pricing';
import type { Architecture } from '../types';

export interface ProvisionedMonthInput {
  provisionedConcurrency: number;
  memoryMB: number;
  architecture: Architecture;
  requestsPerMonth: number;
  /** Average duration of a request, handler only: provisioned environments have no cold starts. */
  durationMs: number;
}

export interface ProvisionedMonth {
  /** GB-seconds configured all month, and their price. */
  configured: LineItem;
  /** GB-seconds of the requests provisioned environments serve, at the provisioned duration rate. */
  duration: LineItem;
  /** The requests they serve: all of them while the average concurrency fits, else their share. */
  servedRequests: number;
  totalUsd: number;
}

/**
 * The requests spread evenly over the month need `requests × duration / month` environments at a
 * time on average; provisioned concurrency serves them all while that fits in it, and its share
 * of them when it does not (the rest spill over to on-demand environments).
 */
export function provisionedMonth(
  input: ProvisionedMonthInput,
  roundToCents = true,
): ProvisionedMonth {
  const round = roundToCents ? roundCents : (usd: number) => usd;
  // Read here, not at load: monthly-cost.ts imports this module too.
  const secondsPerMonth = HOURS_PER_MONTH * 3600;
  const count = Math.max(0, input.provisionedConcurrency);
  const gb = input.memoryMB / 1024;
  const configuredGbSeconds = count * gb * secondsPerMonth;
  const seconds = input.durationMs / 1000;
  const averageConcurrency = (input.requestsPerMonth * seconds) / secondsPerMonth;
  const share = averageConcurrency > 0 ? Math.min(1, count / averageConcurrency) : 1;
  const servedRequests = count > 0 ? input.requestsPerMonth * share : 0;
  const durationGbSeconds = servedRequests * seconds * gb;
  const rates = PRICING.provisioned;
  const configured: LineItem = {
    quantity: configuredGbSeconds,
    free: 0,
    usd: round(configuredGbSeconds * rates.configured[input.architecture]),
  };
  const duration: LineItem = {
    quantity: durationGbSeconds,
    free: 0,
    usd: round(durationGbSeconds * rates.duration[input.architecture]),
  };
  return { configured, duration, servedRequests, totalUsd: round(configured.usd + duration.usd) };
}
