// Provisioned concurrency over time, on the manual clock: allocation at the function's scaling rate
// with none of an allocation's environments usable before all are ready, and recycling, where a
// replacement runs INIT and only then does the old environment end
// (docs/aws-lambda.md#provisioned-concurrency).
import { describe, expect, it } from 'vitest';
import { PROVISIONED_RECYCLE_AFTER_MS } from './instances/provisioned-recycling';
import { okInit, okInvoke } from './testing/fake-executor';
import { setupPlatform, T0, testBundle, testConfig } from './testing/platform-fixture';

/** INIT takes 250 ms of simulated time. */
const slowInit = () => ({ ...okInit(250), delayMs: 250 });

function allocationOf(setup: ReturnType<typeof setupPlatform>, name = 'add') {
  return setup.platform.snapshot().functions.find((fn) => fn.name === name)?.provisionedAllocation;
}

/** When each environment began its INIT, as ms after T0. */
function startTimes(setup: ReturnType<typeof setupPlatform>): number[] {
  return setup
    .ofType('instance')
    .filter((e) => e.state === 'starting')
    .map((e) => e.time - T0);
}

describe('provisioned concurrency allocation', () => {
  it('starts the environments at the scaling rate and reports the allocation as it goes', async () => {
    // 2 new environments per 10 s: two at once, then one every 5 s.
    const setup = setupPlatform({ scalingRatePer10s: 2 });
    setup.executor.script.init = slowInit;
    setup.platform.deploy(testConfig({ provisionedConcurrency: 5 }), testBundle());
    await setup.settle(250);
    expect(startTimes(setup)).toEqual([0, 0]);
    expect(allocationOf(setup)).toEqual({ requested: 5, allocated: 2, status: 'IN_PROGRESS' });
    await setup.settle(5000);
    expect(startTimes(setup)).toEqual([0, 0, 5000]);
    await setup.settle(9999);
    expect(startTimes(setup)).toEqual([0, 0, 5000, 10_000, 15_000]);
    expect(allocationOf(setup)).toEqual({ requested: 5, allocated: 4, status: 'IN_PROGRESS' });
    await setup.settle(1);
    expect(allocationOf(setup)).toEqual({ requested: 5, allocated: 5, status: 'READY' });
    // Every one was a provisioned-concurrency INIT.
    expect(setup.executor.started.map((spec) => spec.provisioned)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('lets no request use the allocation until all of it is ready: they start cold meanwhile', async () => {
    const setup = setupPlatform({ scalingRatePer10s: 2 });
    setup.executor.script.init = slowInit;
    setup.executor.script.invoke = () => okInvoke('"ok"', 10, 10);
    setup.platform.deploy(testConfig({ provisionedConcurrency: 3 }), testBundle());
    await setup.settle(1000);
    // Two are ready and idle, the third waits for the scaling rate: a request starts cold.
    expect(setup.states()).toEqual({ 'add-1': 'idle', 'add-2': 'idle' });
    const early = setup.platform.invoke('add', '{}');
    await setup.settle(250);
    await setup.settle(10);
    const first = await early;
    if (first.status === 'throttled') throw new Error('throttled');
    expect(first.report.initDurationMs).toBe(250);
    expect(setup.ofType('invoke-start').map((e) => [e.instanceId, e.cold])).toEqual([
      ['add-3', true],
    ]);
    // The third starts at 5 s; once it is ready, requests are warm on the provisioned ones.
    await setup.settle(5000);
    expect(allocationOf(setup)?.status).toBe('READY');
    const late = setup.platform.invoke('add', '{}');
    await setup.settle(10);
    const second = await late;
    if (second.status === 'throttled') throw new Error('throttled');
    expect(second.report.initDurationMs).toBeUndefined();
    expect(second.cost.provisioned).toBe(true);
  });

  it('keeps the ready environments serving while a raise is allocated', async () => {
    const setup = setupPlatform({ scalingRatePer10s: 2 });
    setup.executor.script.init = slowInit;
    setup.executor.script.invoke = () => okInvoke('"ok"', 10, 10);
    setup.platform.deploy(testConfig({ provisionedConcurrency: 2 }), testBundle());
    await setup.settle(250);
    setup.platform.deploy(testConfig({ provisionedConcurrency: 4 }), testBundle());
    await setup.settle();
    expect(allocationOf(setup)).toEqual({ requested: 4, allocated: 2, status: 'IN_PROGRESS' });
    const pending = setup.platform.invoke('add', '{}');
    await setup.settle(10);
    await pending;
    expect(setup.ofType('invoke-start').map((e) => [e.instanceId, e.cold])).toEqual([
      ['add-2', false],
    ]);
    // The rate's allowance went on the first two: the next come at 5 s and 10 s.
    await setup.settle(10_250);
    expect(startTimes(setup)).toEqual([0, 0, 5000, 10_000]);
    expect(allocationOf(setup)).toEqual({ requested: 4, allocated: 4, status: 'READY' });
  });

  it('stops allocating what a lowered setting no longer asks for', async () => {
    const setup = setupPlatform({ scalingRatePer10s: 1 });
    setup.executor.script.init = slowInit;
    setup.platform.deploy(testConfig({ provisionedConcurrency: 3 }), testBundle());
    await setup.settle(250);
    setup.platform.deploy(testConfig({ provisionedConcurrency: 1 }), testBundle());
    await setup.settle(60_000);
    expect(startTimes(setup)).toEqual([0]);
    expect(setup.states()).toEqual({ 'add-1': 'idle' });
    expect(allocationOf(setup)).toEqual({ requested: 1, allocated: 1, status: 'READY' });
  });

  it('reports FAILED when an INIT fails and nothing more is coming', async () => {
    const setup = setupPlatform();
    let inits = 0;
    setup.executor.script.init = () =>
      ++inits === 2
        ? { outcome: { ok: false, initDurationMs: 5, error: initError() } }
        : okInit(100);
    setup.platform.deploy(testConfig({ provisionedConcurrency: 2 }), testBundle());
    await setup.settle();
    expect(allocationOf(setup)).toEqual({ requested: 2, allocated: 1, status: 'FAILED' });
    // The one that is ready serves.
    expect(setup.states()).toEqual({ 'add-1': 'idle' });
    const result = await setup.platform.invoke('add', '{}');
    if (result.status === 'throttled') throw new Error('throttled');
    expect(result.cost.provisioned).toBe(true);
  });
});

function initError() {
  return { errorType: 'Runtime.ImportModuleError', errorMessage: 'broken', trace: [] };
}

describe('provisioned concurrency recycling', () => {
  it('replaces an idle environment after its time: the new one runs INIT, then the old one ends', async () => {
    const setup = setupPlatform();
    setup.executor.script.init = slowInit;
    setup.platform.deploy(testConfig({ provisionedConcurrency: 2 }), testBundle());
    await setup.settle(250);
    await setup.settle(PROVISIONED_RECYCLE_AFTER_MS - 1);
    expect(startTimes(setup)).toEqual([0, 0]);
    await setup.settle(1);
    const due = 250 + PROVISIONED_RECYCLE_AFTER_MS;
    expect(startTimes(setup)).toEqual([0, 0, due, due]);
    // While the replacements run INIT, the old ones stay ready: the ready count never drops.
    expect(setup.states()).toEqual({
      'add-1': 'idle',
      'add-2': 'idle',
      'add-3': 'starting',
      'add-4': 'starting',
    });
    await setup.settle(250);
    expect(setup.states()).toEqual({ 'add-3': 'idle', 'add-4': 'idle' });
    const reaped = setup.ofType('instance').filter((e) => e.state === 'reaped');
    expect(reaped.map((e) => [e.instanceId, e.reason, e.time - T0])).toEqual([
      ['add-1', 'provisioned-recycled', due + 250],
      ['add-2', 'provisioned-recycled', due + 250],
    ]);
    // The replacements' INIT is a provisioned-concurrency INIT with its own report, as the first was.
    expect(setup.executor.started.map((spec) => spec.provisioned)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    const logs = setup.logTexts();
    expect(logs.filter((line) => line.startsWith('INIT_START'))).toHaveLength(4);
    expect(logs.filter((line) => line === 'INIT_REPORT Init Duration: 250.00 ms')).toHaveLength(4);
    expect(setup.ofType('init')).toHaveLength(4);
    expect(allocationOf(setup)).toEqual({ requested: 2, allocated: 2, status: 'READY' });
    // Two hours on, the replacements are recycled in turn.
    await setup.settle(PROVISIONED_RECYCLE_AFTER_MS + 250);
    expect(Object.keys(setup.states())).toEqual(['add-5', 'add-6']);
  });

  it('recycles a busy environment after its request', async () => {
    const setup = setupPlatform();
    setup.executor.script.init = slowInit;
    setup.platform.deploy(testConfig({ provisionedConcurrency: 1 }), testBundle());
    await setup.settle(250);
    await setup.settle(PROVISIONED_RECYCLE_AFTER_MS - 100);
    setup.executor.script.invoke = () => okInvoke('"ok"', 1000, 1000);
    const pending = setup.platform.invoke('add', '{}');
    await setup.settle(100);
    await setup.settle(250);
    // The replacement is ready and takes requests; the old one finishes its request first.
    expect(setup.states()).toEqual({ 'add-1': 'busy', 'add-2': 'idle' });
    await setup.settle(650);
    const result = await pending;
    expect(result.status).toBe('ok');
    expect(setup.states()).toEqual({ 'add-2': 'idle' });
    const reaped = setup.ofType('instance').filter((e) => e.state === 'reaped');
    expect(reaped.map((e) => [e.instanceId, e.reason])).toEqual([
      ['add-1', 'provisioned-recycled'],
    ]);
  });

  it('recycles nothing once provisioned concurrency is turned off', async () => {
    const setup = setupPlatform();
    setup.platform.deploy(testConfig({ provisionedConcurrency: 1 }), testBundle());
    await setup.settle();
    setup.platform.deploy(testConfig({ provisionedConcurrency: 0 }), testBundle());
    await setup.settle(2 * PROVISIONED_RECYCLE_AFTER_MS);
    expect(setup.ofType('instance').filter((e) => e.state === 'starting')).toHaveLength(1);
    expect(setup.states()).toEqual({});
  });
});
