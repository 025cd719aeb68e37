// The account's concurrency ledger: who may start another request, and why a request is throttled.
import type { FunctionRecord } from '../model';
import type { ThrottleError } from '../types';

/**
 * Reserved concurrency is both a floor and a ceiling (docs/aws-lambda.md#concurrency): a reserving
 * function may run up to its reservation, and every unreserved function shares what the
 * reservations leave of the account limit. All figures are kept as running counts so each
 * decision is O(1).
 */
export interface ConcurrencyLedger {
  canRun(fn: FunctionRecord): boolean;
  acquire(fn: FunctionRecord): void;
  release(fn: FunctionRecord): void;
  /** Moves a function to a new reservation (null: unreserved), keeping the counts consistent. */
  setReservation(fn: FunctionRecord, reserved: number | null): void;
  setAccountLimit(limit: number): void;
  /** The most `fn` may run at once: its reservation, or what the reservations leave the rest. */
  limitOf(fn: FunctionRecord): number;
}

// One frozen object per reason: a throttle allocates nothing for its error.
const RESERVED_LIMIT: ThrottleError = Object.freeze({
  statusCode: 429,
  errorType: 'TooManyRequestsException',
  Type: 'User',
  message: 'Rate Exceeded.',
  Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded',
});
const ACCOUNT_LIMIT: ThrottleError = Object.freeze({
  ...RESERVED_LIMIT,
  Reason: 'ConcurrentInvocationLimitExceeded',
});

const RESERVED_RATE: ThrottleError = Object.freeze({
  ...RESERVED_LIMIT,
  Reason: 'ReservedFunctionInvocationRateLimitExceeded',
});
const FUNCTION_RATE: ThrottleError = Object.freeze({
  ...RESERVED_LIMIT,
  Reason: 'FunctionInvocationRateLimitExceeded',
});

/** The 429 a function gets when it may not run another request (botocore TooManyRequestsException). */
export function throttleError(fn: FunctionRecord): ThrottleError {
  return fn.reserved !== null ? RESERVED_LIMIT : ACCOUNT_LIMIT;
}

/** The 429 for a synchronous request past the function's requests per second (invocation-rate.ts). */
export function rateThrottleError(fn: FunctionRecord): ThrottleError {
  return fn.reserved !== null ? RESERVED_RATE : FUNCTION_RATE;
}

export function createConcurrencyLedger(accountLimit: number): ConcurrencyLedger {
  let limit = accountLimit;
  let totalReserved = 0;
  let unreservedInUse = 0;

  return {
    canRun(fn) {
      if (fn.reserved !== null) return fn.inUse < fn.reserved;
      return unreservedInUse < limit - totalReserved;
    },
    acquire(fn) {
      fn.inUse++;
      if (fn.reserved === null) unreservedInUse++;
    },
    release(fn) {
      fn.inUse--;
      if (fn.reserved === null) unreservedInUse--;
    },
    setReservation(fn, reserved) {
      if (fn.reserved !== null) totalReserved -= fn.reserved;
      else unreservedInUse -= fn.inUse;
      fn.reserved = reserved;
      if (reserved !== null) totalReserved += reserved;
      else unreservedInUse += fn.inUse;
    },
    setAccountLimit(next) {
      limit = next;
    },
    limitOf: (fn) => fn.reserved ?? Math.max(0, limit - totalReserved),
  };
}
