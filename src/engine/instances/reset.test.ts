// After a timeout or a crash Lambda resets the environment in place: the next request on it runs
// INIT inside its own invocation, in the same log stream, and pays for it in Duration.
import { describe, expect, it } from 'vitest';
import { invocationCost } from '../billing/pricing';
import { okInit, okInvoke } from '../testing/fake-executor';
import type { FakeStep } from '../testing/fake-executor';
import { requestIdOf, setupPlatform, testBundle, testConfig } from '../testing/platform-fixture';
import type { InvokeOutcome } from '../types';

const TIMED_OUT: FakeStep<InvokeOutcome> = {
  outcome: { kind: 'timeout', durationMs: 3000, maxMemoryUsedMB: null },
};
const EXITED: FakeStep<InvokeOutcome> = {
  outcome: {
    kind: 'error',
    error: { errorType: 'Error', errorMessage: 'stray', trace: [] },
    durationMs: 4,
    maxMemoryUsedMB: null,
    fatal: true,
  },
};

/** A function whose first request fails as `failure` does, on a fresh instance. */
async function afterFailure(failure: FakeStep<InvokeOutcome>) {
  const setup = setupPlatform({ idleLifetimeMs: { min: 300_000, max: 300_000 } });
  setup.platform.deploy(testConfig({ timeoutSec: 3 }), testBundle());
  setup.executor.script.init = () => okInit(100);
  setup.executor.script.invoke = () => failure;
  await setup.platform.invoke('add', '{}');
  setup.events.length = 0;
  return setup;
}

describe('an environment reset after a timeout or a crash', () => {
  it('runs INIT again inside the next invocation, same instance and log stream, billed in Duration', async () => {
    const { platform, executor, logTexts, ofType, states } = await afterFailure(TIMED_OUT);
    expect(states()).toEqual({ 'add-1': 'timed-out' });
    executor.script.init = () => okInit(250.5);
    executor.script.invoke = () => okInvoke('"ok"', 20);
    const result = await platform.invoke('add', '{}');

    const [first, again] = executor.started;
    expect(again?.instanceId).toBe('add-1');
    expect(again?.logStreamName).toBe(first?.logStreamName);
    // INIT runs against the function's timeout, and the handler gets what is left of it.
    expect(again?.initTimeoutMs).toBe(3000);
    expect(executor.invoked.at(-1)?.request.timeoutMs).toBe(3000 - 250.5);

    const id = requestIdOf(2);
    const report = {
      requestId: id,
      durationMs: 270.5,
      billedDurationMs: 271,
      memorySizeMB: 128,
      maxMemoryUsedMB: 64,
    };
    expect(result).toMatchObject({ status: 'ok', payload: '"ok"', report });
    expect(result.status === 'ok' && result.report.initDurationMs).toBe(undefined);
    expect(result.status === 'ok' && result.cost).toEqual(invocationCost(testConfig(), 271));
    // No INIT_START or INIT_REPORT: the re-run INIT shows only in Duration.
    expect(logTexts()).toEqual([
      `START RequestId: ${id} Version: $LATEST`,
      `END RequestId: ${id}`,
      `REPORT RequestId: ${id}\tDuration: 270.50 ms\tBilled Duration: 271 ms\tMemory Size: 128 MB\tMax Memory Used: 64 MB`,
    ]);
    expect(ofType('init')).toEqual([]);
    expect(ofType('invoke-start').map((event) => [event.instanceId, event.cold])).toEqual([
      ['add-1', true],
    ]);
    expect(states()).toEqual({ 'add-1': 'idle' });

    // Reset no more: the request after that is an ordinary warm one.
    await platform.invoke('add', '{}');
    expect(executor.started).toHaveLength(2);
  });

  it('resets after a crash the same way', async () => {
    const { platform, executor, states } = await afterFailure(EXITED);
    expect(states()).toEqual({ 'add-1': 'crashed' });
    executor.script.invoke = () => okInvoke('"ok"', 10);
    const result = await platform.invoke('add', '{}');
    expect(result.status === 'ok' && result.report.durationMs).toBe(110);
    expect(executor.started.map((spec) => spec.instanceId)).toEqual(['add-1', 'add-1']);
  });

  it('is reaped when its idle lifetime runs out, and the next request then starts cold', async () => {
    const { platform, executor, settle, states, ofType } = await afterFailure(TIMED_OUT);
    await settle(300_000);
    expect(states()).toEqual({});
    expect(ofType('instance').at(-1)).toMatchObject({
      instanceId: 'add-1',
      state: 'reaped',
      reason: 'idle-timeout',
    });
    executor.script.invoke = () => okInvoke();
    const result = await platform.invoke('add', '{}');
    expect(result.status === 'ok' && result.report.initDurationMs).toBe(100);
    expect(executor.started.map((spec) => spec.instanceId)).toEqual(['add-1', 'add-2']);
  });

  it('is retired with its version by a deploy, as an idle one is', async () => {
    const { platform, states, ofType } = await afterFailure(TIMED_OUT);
    platform.deploy(testConfig({ timeoutSec: 3 }), testBundle('v2'));
    expect(states()).toEqual({});
    expect(ofType('instance').at(-1)).toMatchObject({ state: 'reaped', reason: 'version-retired' });
  });

  it('stays reset when INIT times out again: every request pays for INIT, the doom loop', async () => {
    const { platform, executor, states } = await afterFailure(TIMED_OUT);
    executor.script.init = () => ({
      outcome: {
        ok: false,
        initDurationMs: 3000,
        error: {
          errorType: 'Sandbox.Timedout',
          errorMessage: 'Task timed out after 3.00 seconds',
          trace: [],
        },
      },
    });
    const result = await platform.invoke('add', '{}');
    expect(result).toMatchObject({ status: 'timeout', report: { billedDurationMs: 3000 } });
    expect(states()).toEqual({ 'add-1': 'timed-out' });
  });
});
