// Running bills: every billed request and throttle, per function name and for the whole account.
import type { BillingTotals } from '../platform-types';
import type { InvocationCost } from '../types';

export interface BillingLedger {
  /** The totals object for a function name, created on first use and kept after removal. */
  totalsFor(functionName: string): BillingTotals;
  charge(functionTotals: BillingTotals, cost: InvocationCost): void;
  countThrottle(functionTotals: BillingTotals): void;
  /** One period of provisioned concurrency, as configured (no request). */
  chargeProvisioned(functionTotals: BillingTotals, gbSeconds: number, usd: number): void;
  overall(): BillingTotals;
  byFunction(): ReadonlyMap<string, BillingTotals>;
}

export function emptyTotals(): BillingTotals {
  return {
    requests: 0,
    throttles: 0,
    gbSeconds: 0,
    requestUsd: 0,
    computeUsd: 0,
    storageGbSeconds: 0,
    storageUsd: 0,
    provisionedGbSeconds: 0,
    provisionedUsd: 0,
    totalUsd: 0,
  };
}

function add(totals: BillingTotals, cost: InvocationCost): void {
  totals.requests++;
  totals.gbSeconds += cost.gbSeconds;
  totals.requestUsd += cost.requestUsd;
  totals.computeUsd += cost.computeUsd;
  totals.storageGbSeconds += cost.storageGbSeconds ?? 0;
  totals.storageUsd += cost.storageUsd ?? 0;
  totals.totalUsd += cost.totalUsd;
}

export function createBillingLedger(): BillingLedger {
  const all = emptyTotals();
  const perFunction = new Map<string, BillingTotals>();

  return {
    totalsFor(functionName) {
      let totals = perFunction.get(functionName);
      if (totals === undefined) {
        totals = emptyTotals();
        perFunction.set(functionName, totals);
      }
      return totals;
    },
    charge(functionTotals, cost) {
      add(functionTotals, cost);
      add(all, cost);
    },
    chargeProvisioned(functionTotals, gbSeconds, usd) {
      for (const totals of [functionTotals, all]) {
        totals.provisionedGbSeconds += gbSeconds;
        totals.provisionedUsd += usd;
        totals.totalUsd += usd;
      }
    },
    countThrottle(functionTotals) {
      functionTotals.throttles++;
      all.throttles++;
    },
    overall: () => ({ ...all }),
    byFunction: () => new Map([...perFunction].map(([name, totals]) => [name, { ...totals }])),
  };
}
