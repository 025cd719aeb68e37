import { describe, expect, it } from 'vitest';
import { createConcurrencyLedger, throttleError } from './concurrency';
import { createIdleList } from './idle-list';
import { createProvisionedAllocation } from './provisioned-allocation';
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
    provisionedAllocation: createProvisionedAllocation(),
    removed: false,
    totals: emptyTotals(),
  };
}

describe('createConcurrencyLedger', () => {
  it('lets unreserved functions share what reservations leave of the account limit', () => {
    const ledger = createConcurrencyLedger(10);
    const [a, b, r] = [record('a'), record('b'), record('r')];
    ledger.setReservation(r, 6);
    for (let i = 0; i < 3; i++) ledger.acquire(a, false);
    ledger.acquire(b, false);
    expect(ledger.canRun(a)).toBe(false);
    expect(ledger.canRun(b)).toBe(false);
    expect(ledger.canRun(r)).toBe(true);
    ledger.release(b, false);
    expect(ledger.canRun(a)).toBe(true);
  });

  it('caps a reserving function at its reservation, and 0 always throttles', () => {
    const ledger = createConcurrencyLedger(1000);
    const fn = record('f');
    ledger.setReservation(fn, 2);
    ledger.acquire(fn, false);
    ledger.acquire(fn, false);
    expect(ledger.canRun(fn)).toBe(false);
    ledger.setReservation(fn, 0);
    ledger.release(fn, false);
    ledger.release(fn, false);
    expect(ledger.canRun(fn)).toBe(false);
  });

  it('moves in-flight requests between pools when a reservation changes', () => {
    const ledger = createConcurrencyLedger(4);
    const [a, b] = [record('a'), record('b')];
    ledger.acquire(a, false);
    ledger.acquire(a, false);
    ledger.setReservation(a, 2);
    ledger.acquire(b, false);
    expect(ledger.canRun(b)).toBe(true);
    ledger.acquire(b, false);
    expect(ledger.canRun(b)).toBe(false);
    ledger.setReservation(a, null);
    ledger.release(b, false);
    ledger.release(b, false);
    expect(ledger.canRun(b)).toBe(true);
    ledger.acquire(b, false);
    expect(ledger.canRun(b)).toBe(true);
    ledger.acquire(b, false);
    expect(ledger.canRun(b)).toBe(false);
  });
});

describe('provisioned concurrency in the ledger', () => {
  it("takes an unreserved function's provisioned concurrency out of the pool the others share", () => {
    // AWS's example: of 1,000, 400 provisioned for one function leave 600 for all of them.
    const ledger = createConcurrencyLedger(1000);
    const [orange, other] = [record('orange'), record('other')];
    ledger.setProvisioned(orange, 400);
    expect(ledger.limitOf(other)).toBe(600);
    expect(ledger.limitOf(orange)).toBe(1000);
    for (let i = 0; i < 599; i++) ledger.acquire(other, false);
    expect(ledger.canRun(other)).toBe(true);
    ledger.acquire(other, false);
    expect(ledger.canRun(other)).toBe(false);
    // Idle or busy, the 400 stay set aside: requests on them leave the pool as it is.
    ledger.release(other, false);
    for (let i = 0; i < 400; i++) ledger.acquire(orange, true);
    expect(ledger.canRun(other)).toBe(true);
    ledger.setProvisioned(orange, 0);
    for (let i = 0; i < 400; i++) ledger.release(orange, true);
    expect(ledger.limitOf(other)).toBe(1000);
  });

  it('lets a function with a ready provisioned environment run while the pool is used up', () => {
    const ledger = createConcurrencyLedger(10);
    const [pc, other] = [record('pc'), record('other')];
    ledger.setProvisioned(pc, 2);
    for (let i = 0; i < 8; i++) ledger.acquire(other, false);
    expect(ledger.canRun(pc)).toBe(false);
    pc.provisionedIdle.size = 1;
    expect(ledger.canRun(pc)).toBe(true);
  });

  it("counts a reserving function's provisioned concurrency inside its reservation only", () => {
    const ledger = createConcurrencyLedger(10);
    const [pc, other] = [record('pc'), record('other')];
    ledger.setReservation(pc, 4);
    ledger.setProvisioned(pc, 3);
    expect(ledger.limitOf(other)).toBe(6);
    // Moving back to unreserved carries the provisioned 3 into the shared count.
    ledger.setReservation(pc, null);
    expect(ledger.limitOf(other)).toBe(7);
    ledger.acquire(pc, true);
    ledger.setReservation(pc, 4);
    ledger.setReservation(pc, null);
    expect(ledger.limitOf(other)).toBe(7);
    for (let i = 0; i < 7; i++) ledger.acquire(other, false);
    expect(ledger.canRun(other)).toBe(false);
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
