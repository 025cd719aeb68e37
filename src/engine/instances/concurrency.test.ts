import { describe, expect, it } from 'vitest';
import { createConcurrencyLedger, throttleError } from './concurrency';
import { createIdleList } from './idle-list';
import type { FunctionRecord } from '../model';
import { emptyTotals } from '../billing/billing';
import { testBundle, testConfig } from '../testing/platform-fixture';

function record(name: string): FunctionRecord {
  return {
    name,
    config: testConfig({ name }),
    bundle: testBundle(),
    version: 1,
    reserved: null,
    inUse: 0,
    idle: createIdleList(),
    provisionedIdle: createIdleList(),
    provisioned: new Set(),
    provisionedBilling: null,
    removed: false,
    totals: emptyTotals(),
  };
}

describe('createConcurrencyLedger', () => {
  it('lets unreserved functions share what reservations leave of the account limit', () => {
    const ledger = createConcurrencyLedger(10);
    const [a, b, r] = [record('a'), record('b'), record('r')];
    ledger.setReservation(r, 6);
    for (let i = 0; i < 3; i++) ledger.acquire(a);
    ledger.acquire(b);
    expect(ledger.canRun(a)).toBe(false);
    expect(ledger.canRun(b)).toBe(false);
    expect(ledger.canRun(r)).toBe(true);
    ledger.release(b);
    expect(ledger.canRun(a)).toBe(true);
  });

  it('caps a reserving function at its reservation, and 0 always throttles', () => {
    const ledger = createConcurrencyLedger(1000);
    const fn = record('f');
    ledger.setReservation(fn, 2);
    ledger.acquire(fn);
    ledger.acquire(fn);
    expect(ledger.canRun(fn)).toBe(false);
    ledger.setReservation(fn, 0);
    ledger.release(fn);
    ledger.release(fn);
    expect(ledger.canRun(fn)).toBe(false);
  });

  it('moves in-flight requests between pools when a reservation changes', () => {
    const ledger = createConcurrencyLedger(4);
    const [a, b] = [record('a'), record('b')];
    ledger.acquire(a);
    ledger.acquire(a);
    ledger.setReservation(a, 2);
    ledger.acquire(b);
    expect(ledger.canRun(b)).toBe(true);
    ledger.acquire(b);
    expect(ledger.canRun(b)).toBe(false);
    ledger.setReservation(a, null);
    ledger.release(b);
    ledger.release(b);
    expect(ledger.canRun(b)).toBe(true);
    ledger.acquire(b);
    expect(ledger.canRun(b)).toBe(true);
    ledger.acquire(b);
    expect(ledger.canRun(b)).toBe(false);
  });
});

describe('throttleError', () => {
  it('names the reserved limit for reserving functions and the account limit otherwise', () => {
    const fn = record('f');
    expect(throttleError(fn)).toEqual({
      statusCode: 429,
      errorType: 'TooManyRequestsException',
      Type: 'User',
      message: 'Rate Exceeded.',
      Reason: 'ConcurrentInvocationLimitExceeded',
    });
    fn.reserved = 1;
    expect(throttleError(fn).Reason).toBe('ReservedFunctionConcurrentInvocationLimitExceeded');
  });
});
