// Lambda's concurrency scaling rate (docs/aws-lambda.md#scaling-rate): each function may gain at
// most 1,000 new execution environments every 10 seconds. AWS refills the allowance continuously
// rather than once per 10 s, and never banks what went unused, so it is a token bucket holding
// one 10-second allowance that refills at a tenth of it per second. A request that needs a new
// environment when the bucket is empty is throttled; warm environments serve without a token.
import type { FunctionRecord } from '../model';
import type { PlatformSettings } from '../types';

/** AWS's rate: new execution environments per function per 10 seconds. */
export const SCALING_RATE_PER_10_S = 1000;

const ALLOWANCE_SPAN_MS = 10_000;

interface Allowance {
  /** New environments the function may still start now; fractional between refills. */
  tokens: number;
  /** Engine time of the last refill. */
  at: number;
  /** The rate the tokens were counted at, so a changed setting starts from a full window. */
  rate: number;
}

export interface ScalingRateLimiter {
  /** Takes one new environment from `fn`'s allowance at `ratePer10s`, or says it has none left. */
  admitNewEnvironment(fn: FunctionRecord, ratePer10s: number, now: number): boolean;
  /** How long until `fn`'s allowance holds a new environment again: 0 when it does now. */
  msUntilNewEnvironment(fn: FunctionRecord, ratePer10s: number, now: number): number;
}

/** The scaling rate the platform runs at: the setting, or AWS's. */
export function scalingRateOf(settings: PlatformSettings): number {
  return settings.scalingRatePer10s ?? SCALING_RATE_PER_10_S;
}

export function createScalingRateLimiter(): ScalingRateLimiter {
  // Keyed by record: a function deleted and created again starts with a full allowance.
  const allowances = new WeakMap<FunctionRecord, Allowance>();
  /** `fn`'s allowance refilled up to `now`. */
  function refilled(fn: FunctionRecord, ratePer10s: number, now: number): Allowance {
    let allowance = allowances.get(fn);
    if (allowance === undefined || allowance.rate !== ratePer10s) {
      allowance = { tokens: ratePer10s, at: now, rate: ratePer10s };
      allowances.set(fn, allowance);
    }
    const refill = ((now - allowance.at) * ratePer10s) / ALLOWANCE_SPAN_MS;
    allowance.tokens = Math.min(ratePer10s, allowance.tokens + refill);
    allowance.at = now;
    return allowance;
  }
  return {
    admitNewEnvironment(fn, ratePer10s, now) {
      const allowance = refilled(fn, ratePer10s, now);
      if (allowance.tokens < 1) return false;
      allowance.tokens -= 1;
      return true;
    },
    msUntilNewEnvironment(fn, ratePer10s, now) {
      const { tokens } = refilled(fn, ratePer10s, now);
      return tokens >= 1 ? 0 : Math.ceil(((1 - tokens) * ALLOWANCE_SPAN_MS) / ratePer10s);
    },
  };
}
