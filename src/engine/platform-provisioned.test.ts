// Provisioned concurrency on the manual clock: environments initialized ahead with no request,
// warm invocations on them priced at the provisioned duration rate, spill-over to on-demand cold
// starts, and the configured amount billed by the 5 minutes (docs/aws-lambda.md#provisioned-concurrency).
import { describe, expect, it } from 'vitest';
import { okInit, okInvoke } from './testing/fake-executor';
import { setupPlatform, testBundle, testConfig } from './testing/platform-fixture';

const FIVE_MINUTES = 5 * 60 * 1000;

/** A platform with `add` deployed at 1,024 MB and provisioned concurrency 2, both INITs done. */
async function setupProvisioned(provisionedConcurrency = 2) {
  const setup = setupPlatform();
  setup.executor.script.init = () => okInit(250);
  setup.platform.deploy(testConfig({ memoryMB: 1024, provisionedConcurrency }), testBundle());
  await setup.settle();
  return setup;
}

describe('provisioned concurrency', () => {
  it('initializes that many environments when it is set, with no request', async () => {
    const setup = await setupProvisioned(2);
    const { instances } = setup.platform.snapshot();
    expect(instances.map((i) => [i.id, i.state, i.provisioned, i.idleDeadline])).toEqual([
      ['add-1', 'idle', true, null],
      ['add-2', 'idle', true, null],
    ]);
    expect(setup.ofType('invoke-start')).toEqual([]);
    // The runtime is told (AWS_LAMBDA_INITIALIZATION_TYPE): a provisioned-concurrency INIT.
    expect(setup.executor.started.map((spec) => spec.provisioned)).toEqual([true, true]);
    expect(setup.ofType('init').map((e) => e.outcome)).toEqual([
      { ok: true, initDurationMs: 250 },
      { ok: true, initDurationMs: 250 },
    ]);
    const logs = setup.logTexts();
    expect(logs.filter((line) => line.startsWith('INIT_START'))).toHaveLength(2);
    expect(logs.filter((line) => line === 'INIT_REPORT Init Duration: 250.00 ms')).toHaveLength(2);
    expect(logs.some((line) => line.startsWith('REPORT'))).toBe(false);
    const idleEvents = setup.ofType('instance').filter((e) => e.state === 'idle');
    expect(idleEvents.every((e) => e.provisioned === true && e.idleDeadline === undefined)).toBe(
      true,
    );
  });

  it('serves the first two concurrent requests warm with no Init Duration; the third is cold', async () => {
    const setup = await setupProvisioned(2);
    setup.executor.script.invoke = () => okInvoke('"ok"', 100, 100);
    const pending = [1, 2, 3].map(() => setup.platform.invoke('add', '{}'));
    // The cold one's INIT first (it settles at once), then every handler's 100 ms.
    await setup.settle();
    await setup.settle(100);
    const results = await Promise.all(pending);
    const reports = results.map((r) => (r.status === 'throttled' ? null : r.report));
    expect(reports.map((r) => r?.initDurationMs)).toEqual([undefined, undefined, 250]);
    expect(setup.ofType('invoke-start').map((e) => [e.instanceId, e.cold])).toEqual([
      ['add-2', false],
      ['add-1', false],
      ['add-3', true],
    ]);
    const reportLines = setup.logTexts().filter((line) => line.startsWith('REPORT'));
    expect(reportLines.filter((line) => line.includes('Init Duration'))).toHaveLength(1);
    // Duration on a provisioned environment: 1 GB × 0.1 s at $0.0000097222; the cold one on demand
    // bills its INIT too: 1 GB × 0.35 s at $0.0000166667.
    const costs = results.map((r) => (r.status === 'throttled' ? null : r.cost));
    expect(costs[0]?.computeUsd).toBeCloseTo(0.1 * 0.0000097222, 15);
    expect(costs[0]?.provisioned).toBe(true);
    expect(costs[0]?.requestUsd).toBe(0.0000002);
    expect(costs[2]?.computeUsd).toBeCloseTo(0.35 * 0.0000166667, 15);
    expect(costs[2]?.provisioned).toBeUndefined();
  });

  it('keeps provisioned environments past the idle lifetime, and reaps the on-demand one', async () => {
    const setup = await setupProvisioned(1);
    setup.executor.script.invoke = () => okInvoke('"ok"', 10, 10);
    const pending = [setup.platform.invoke('add', '{}'), setup.platform.invoke('add', '{}')];
    await setup.settle();
    await setup.settle(10);
    await Promise.all(pending);
    // Past the longest idle lifetime (the default settings' max).
    await setup.settle(60 * 60 * 1000);
    expect(setup.states()).toEqual({ 'add-1': 'idle' });
  });

  it('bills the configured amount by the 5 minutes from when it is set, as receipts', async () => {
    const setup = await setupProvisioned(2);
    // 2 × 1 GB × 300 s × $0.0000041667 per period.
    const perPeriod = 2 * 300 * 0.0000041667;
    expect(
      setup.ofType('provisioned-charge').map((e) => [e.provisionedConcurrency, e.gbSeconds]),
    ).toEqual([[2, 600]]);
    await setup.settle(FIVE_MINUTES - 1);
    expect(setup.ofType('provisioned-charge')).toHaveLength(1);
    await setup.settle(1);
    expect(setup.ofType('provisioned-charge')).toHaveLength(2);
    // 7 minutes on pays two periods; turning it off stops the bill.
    await setup.settle(2 * 60 * 1000);
    setup.platform.deploy(testConfig({ memoryMB: 1024, provisionedConcurrency: 0 }), testBundle());
    await setup.settle(3 * FIVE_MINUTES);
    const charges = setup.ofType('provisioned-charge');
    expect(charges).toHaveLength(2);
    expect(charges[0]!.usd).toBeCloseTo(perPeriod, 15);
    const { totals } = setup.platform.snapshot();
    expect(totals.provisionedGbSeconds).toBe(1200);
    expect(totals.provisionedUsd).toBeCloseTo(2 * perPeriod, 15);
    expect(totals.totalUsd).toBeCloseTo(2 * perPeriod, 15);
    expect(totals.requests).toBe(0);
  });

  it('prices arm64 at its own provisioned rates', async () => {
    const setup = setupPlatform();
    setup.platform.deploy(
      testConfig({ memoryMB: 2048, architecture: 'arm64', provisionedConcurrency: 1 }),
      testBundle(),
    );
    await setup.settle();
    expect(setup.ofType('provisioned-charge')[0]!.usd).toBeCloseTo(600 * 0.0000033334, 15);
    const result = await setup.platform.invoke('add', '{}');
    if (result.status === 'throttled') throw new Error('throttled');
    expect(result.cost.computeUsd).toBeCloseTo(2 * 0.01 * 0.0000077778, 15);
  });

  it('ends the extra environments when lowered: idle ones at once, busy ones as their request ends', async () => {
    const setup = await setupProvisioned(3);
    setup.executor.script.invoke = () => okInvoke('"ok"', 50, 50);
    const busy = [setup.platform.invoke('add', '{}'), setup.platform.invoke('add', '{}')];
    await setup.settle();
    setup.platform.deploy(testConfig({ memoryMB: 1024, provisionedConcurrency: 1 }), testBundle());
    await setup.settle();
    const reasons = () =>
      setup
        .ofType('instance')
        .filter((e) => e.state === 'reaped')
        .map((e) => e.reason);
    // Two took the requests; the idle third goes at once.
    expect(reasons()).toEqual(['provisioned-concurrency-lowered']);
    expect(Object.values(setup.states())).toEqual(['busy', 'busy']);
    await setup.settle(50);
    await Promise.all(busy);
    // The first to finish is one too many; the second stays, the one provisioned environment.
    expect(reasons()).toEqual([
      'provisioned-concurrency-lowered',
      'provisioned-concurrency-lowered',
    ]);
    const { instances } = setup.platform.snapshot();
    expect(instances.map((i) => [i.state, i.provisioned])).toEqual([['idle', true]]);
    // The lowered amount is a new bill: 1 × 1 GB × 300 s from the change.
    expect(setup.ofType('provisioned-charge').map((e) => e.gbSeconds)).toEqual([900, 300]);
  });

  it('replaces the provisioned environments on a redeploy with new code', async () => {
    const setup = await setupProvisioned(2);
    setup.platform.deploy(
      testConfig({ memoryMB: 1024, provisionedConcurrency: 2 }),
      testBundle('v2'),
    );
    await setup.settle();
    const { instances } = setup.platform.snapshot();
    expect(instances.map((i) => [i.id, i.version, i.provisioned, i.state])).toEqual([
      ['add-3', 2, true, 'idle'],
      ['add-4', 2, true, 'idle'],
    ]);
    expect(setup.executor.started.map((spec) => spec.bundle.hash)).toEqual([
      'v1',
      'v1',
      'v2',
      'v2',
    ]);
    // Same amount, same memory: the bill runs on, no new period.
    expect(setup.ofType('provisioned-charge')).toHaveLength(1);
  });

  it('stops the bill and the environments when the function is removed', async () => {
    const setup = await setupProvisioned(2);
    setup.platform.remove('add');
    await setup.settle(3 * FIVE_MINUTES);
    expect(setup.states()).toEqual({});
    expect(setup.ofType('provisioned-charge')).toHaveLength(1);
  });

  it('writes INIT_START and the init report as provisioned-concurrency in JSON logs', async () => {
    const setup = setupPlatform();
    setup.platform.deploy(
      testConfig({ provisionedConcurrency: 1, loggingConfig: { logFormat: 'JSON' } }),
      testBundle(),
    );
    await setup.settle();
    const records = setup
      .logTexts()
      .map((line) => JSON.parse(line) as { type: string; record: Record<string, unknown> });
    expect(records.map((r) => [r.type, r.record.initializationType])).toEqual([
      ['platform.initStart', 'provisioned-concurrency'],
      ['platform.initReport', 'provisioned-concurrency'],
    ]);
    expect(records[1]!.record).toMatchObject({
      phase: 'init',
      status: 'success',
      metrics: { durationMs: 100 },
    });
  });

  it("holds its environments out of the account's pool: another function gets what is left", async () => {
    const setup = setupPlatform({ accountConcurrency: 10 });
    setup.executor.script.init = () => okInit(250);
    setup.platform.deploy(testConfig({ provisionedConcurrency: 4 }), testBundle());
    setup.platform.deploy(testConfig({ name: 'other' }), testBundle());
    await setup.settle();
    setup.executor.script.invoke = () => okInvoke('"ok"', 100, 100);
    const pending = Array.from({ length: 7 }, () => setup.platform.invoke('other', '{}'));
    await setup.settle();
    // 10 less the 4 provisioned (idle as they are): 6 run, the 7th is throttled.
    const throttled = setup.ofType('throttle').map((e) => [e.functionName, e.error.Reason]);
    expect(throttled).toEqual([['other', 'ConcurrentInvocationLimitExceeded']]);
    // `add` still serves 4 at once on its provisioned environments while the pool is used up,
    // and has none for a fifth.
    const own = Array.from({ length: 5 }, () => setup.platform.invoke('add', '{}'));
    await setup.settle();
    expect(setup.ofType('throttle').map((e) => e.functionName)).toEqual(['other', 'add']);
    await setup.settle(100);
    const results = await Promise.all([...pending, ...own]);
    expect(results.filter((r) => r.status === 'ok')).toHaveLength(10);
  });
});
