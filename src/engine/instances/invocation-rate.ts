// The requests-per-second quota of synchronous invokes: each execution environment may serve up
// to 10 requests a second, so a function may be invoked 10 times its concurrency limit per second
// (docs/aws-lambda.md#invocation-rate). Short requests that concurrency alone would let through
// are throttled here. Asynchronous invokes are bounded by concurrency only.
import type { FunctionRecord } from '../model';

export const REQUESTS_PER_SECOND_PER_ENVIRONMENT = 10;

/**
 * AWS does not publish how it counts a second. A token bucket is the usual reading: it holds one
 * second's worth of requests and refills continuously, so a function may take its full rate at
 * any moment after a quiet second, and never more than that rate for long.
 */
interface Bucket {
  tokens: number;
  /** Engine time of the last refill. */
  at: number;
}

export interface InvocationRateLimiter {
  /** Takes one request's place in `fn`'s second, or says there is none left (a throttle). */
  admit(fn: FunctionRecord, concurrencyLimit: number, now: number): boolean;
}

export function createInvocationRateLimiter(): InvocationRateLimiter {
  // Keyed by record: a function deleted and created again starts with a fresh second.
  const buckets = new WeakMap<FunctionRecord, Bucket>();
  return {
    admit(fn, concurrencyLimit, now) {
      const perSecond = REQUESTS_PER_SECOND_PER_ENVIRONMENT * concurrencyLimit;
      let bucket = buckets.get(fn);
      if (bucket === undefined) {
        bucket = { tokens: perSecond, at: now };
        buckets.set(fn, bucket);
      }
      const refill = ((now - bucket.at) * perSecond) / 1000;
      bucket.tokens = Math.min(perSecond, bucket.tokens + refill);
      bucket.at = now;
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
  };
}
