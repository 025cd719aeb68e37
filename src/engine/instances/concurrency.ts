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
  /** Whether `fn` may start another request: on one of its ready provisioned environments, or not. */
  canRun(fn: FunctionRecord): boolean;
  /** A request bound to an environment; `provisioned` when that is a provisioned one. */
  acquire(fn: FunctionRecord, provisioned: boolean): void;
  release(fn: FunctionRecord, provisioned: boolean): void;
  /** Moves a function to a new reservation (null: unreserved), keeping the counts consistent. */
  setReservation(fn: FunctionRecord, reserved: number | null): void;
  /**
   * The provisioned concurrency `fn` has set: an unreserved function's is taken out of the pool the
   * unreserved functions share, busy or idle (docs/aws-lambda.md#provisioned-concurrency).
   */
  setProvisioned(fn: FunctionRecord, count: number): void;
  setAccountLimit(limit: number): void;
  /**
   * The most `fn` may run at once: its reservation, or what the reservations and the unreserved
   * functions' provisioned concurrency leave the rest, plus its own provisioned concurrency.
   */
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
  /** Provisioned concurrency set by unreserved functions: out of the shared pool while it is set. */
  let unreservedProvisioned = 0;
  /** Requests of unreserved functions on on-demand environments: what the shared pool serves. */
  let unreservedInUse = 0;
  // Keyed by record: a function deleted and created again starts from nothing.
  const provisionedOf = new WeakMap<FunctionRecord, number>();
  const onProvisionedOf = new WeakMap<FunctionRecord, number>();
  const provisioned = (fn: FunctionRecord) => provisionedOf.get(fn) ?? 0;
  const onDemandInUse = (fn: FunctionRecord) => fn.inUse - (onProvisionedOf.get(fn) ?? 0);
  const sharedPool = () => Math.max(0, limit - totalReserved - unreservedProvisioned);

  return {
    canRun(fn) {
      if (fn.reserved !== null) return fn.inUse < fn.reserved;
      // A ready provisioned environment is concurrency set aside already: it needs none of the pool.
      return fn.provisionedIdle.size > 0 || unreservedInUse < sharedPool();
    },
    acquire(fn, onProvisioned) {
      fn.inUse++;
      if (onProvisioned) onProvisionedOf.set(fn, (onProvisionedOf.get(fn) ?? 0) + 1);
      else if (fn.reserved === null) unreservedInUse++;
    },
    release(fn, onProvisioned) {
      fn.inUse--;
      if (onProvisioned) onProvisionedOf.set(fn, (onProvisionedOf.get(fn) ?? 0) - 1);
      else if (fn.reserved === null) unreservedInUse--;
    },
    setReservation(fn, reserved) {
      if (fn.reserved !== null) totalReserved -= fn.reserved;
      else {
        unreservedInUse -= onDemandInUse(fn);
        unreservedProvisioned -= provisioned(fn);
      }
      fn.reserved = reserved;
      if (reserved !== null) totalReserved += reserved;
      else {
        unreservedInUse += onDemandInUse(fn);
        unreservedProvisioned += provisioned(fn);
      }
    },
    setProvisioned(fn, count) {
      // A reserving function's provisioned concurrency is part of its reservation already.
      if (fn.reserved === null) unreservedProvisioned += count - provisioned(fn);
      provisionedOf.set(fn, count);
    },
    setAccountLimit(next) {
      limit = next;
    },
    limitOf: (fn) => fn.reserved ?? sharedPool() + provisioned(fn),
  };
}
