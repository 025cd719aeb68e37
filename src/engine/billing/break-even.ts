// Where serverless stops being cheaper: the monthly requests at which Lambda costs as much as a
// flat always-on price, solved exactly on Lambda's piecewise-linear monthly cost.
import type { LambdaPrices } from './lambda-bill';
import { lambdaBill } from './lambda-bill';
import type { MonthlyLambdaInput } from './monthly-cost';
import { averageBilledMs, monthlyUsage } from './monthly-cost';
import { PRICING } from './pricing';

/** The calculator's inputs without the request count, which is what is solved for. */
export type RequestShape = Omit<MonthlyLambdaInput, 'requestsPerMonth'>;

/** About 3,800 requests a second all month: past this, the question stops being sensible. */
export const MAX_BREAK_EVEN_REQUESTS = 1e10;

/** Lambda's monthly cost for `requests`, every digit kept (the chart and the solver share it). */
export function lambdaMonthlyUsd(
  requests: number,
  shape: RequestShape,
  prices: LambdaPrices = PRICING,
): number {
  const usage = monthlyUsage({ ...shape, requestsPerMonth: requests });
  return lambdaBill(usage, { freeTier: shape.freeTier, roundToCents: false, prices }).totalUsd;
}

/** Request counts where the cost's slope changes: free tiers used up, duration tiers entered. */
function kinks(shape: RequestShape, prices: LambdaPrices): number[] {
  const gbSecondsPerRequest = (averageBilledMs(shape) / 1000) * (shape.memoryMB / 1024);
  const freeGbSeconds = shape.freeTier ? prices.freeTier.gbSeconds : 0;
  const points = shape.freeTier ? [prices.freeTier.requests] : [];
  if (gbSecondsPerRequest > 0) {
    points.push(freeGbSeconds / gbSecondsPerRequest);
    for (const tier of prices.durationTiers[shape.architecture]) {
      if (Number.isFinite(tier.upToGbSeconds)) {
        points.push((freeGbSeconds + tier.upToGbSeconds) / gbSecondsPerRequest);
      }
    }
  }
  return points;
}

/**
 * The first whole monthly request count at which Lambda costs at least `alwaysOnUsd`; null when
 * Lambda stays cheaper up to `maxRequests`.
 */
export function breakEvenRequests(
  shape: RequestShape,
  alwaysOnUsd: number,
  maxRequests = MAX_BREAK_EVEN_REQUESTS,
  prices: LambdaPrices = PRICING,
): number | null {
  const cost = (n: number) => lambdaMonthlyUsd(n, shape, prices);
  if (cost(0) >= alwaysOnUsd) return 0;
  if (cost(maxRequests) < alwaysOnUsd) return null;
  const edges = [0, ...kinks(shape, prices).filter((n) => n > 0 && n < maxRequests), maxRequests];
  edges.sort((a, b) => a - b);
  for (let i = 1; i < edges.length; i++) {
    const [from, to] = [edges[i - 1]!, edges[i]!];
    const [atFrom, atTo] = [cost(from), cost(to)];
    if (atTo < alwaysOnUsd) continue;
    // Linear between two kinks, so the crossing is exact; the nudge keeps float noise from
    // pushing an exact whole answer up by one.
    const exact = from + ((alwaysOnUsd - atFrom) * (to - from)) / (atTo - atFrom);
    return Math.ceil(exact - 1e-6);
  }
  return null;
}
