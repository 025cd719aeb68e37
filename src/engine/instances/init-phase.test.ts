// A suppressed init: INIT that outran Lambda's 10 s is retried inside the first invoke.
import { describe, expect, it } from 'vitest';
import { suppressedInit } from './init-phase';
import { okInit, okInvoke } from '../testing/fake-executor';
import { requestIdOf, setupPlatform, testBundle, testConfig } from '../testing/platform-fixture';
import type { InitOutcome } from '../types';

const INIT_TIMED_OUT: InitOutcome = {
  ok: false,
  initDurationMs: 10_000,
  error: {
    errorType: 'Sandbox.Timedout',
    errorMessage: 'Task timed out after 10.00 seconds',
    trace: [],
  },
};

/** A function whose first INIT outruns the init phase, and whose retry answers `retry`. */
function slowInit(retry: InitOutcome) {
  const setup = setupPlatform();
  setup.platform.deploy(testConfig({ timeoutSec: 30 }), testBundle());
  setup.executor.script.init = (spec) => ({
    outcome: spec.initTimeoutMs === undefined ? INIT_TIMED_OUT : retry,
  });
  return setup;
}

describe(suppressedInit, () => {
  it('retries INIT against the function timeout; the handler gets the rest, Duration covers both', async () => {
    const { platform, executor, logTexts, ofType, states } = slowInit(okInit(4000).outcome);
    executor.script.invoke = () => okInvoke('"done"', 12.5);
    const result = await platform.invoke('add', '{}');
    expect(result).toMatchObject({ status: 'ok', payload: '"done"' });
    expect(result.status === 'ok' && result.report).toEqual({
      requestId: requestIdOf(1),
      durationMs: 4012.5,
      billedDurationMs: 4013,
      memorySizeMB: 128,
      maxMemoryUsedMB: 64,
    });
    expect(executor.invoked[0]?.request.timeoutMs).toBe(26_000);
    const id = requestIdOf(1);
    expect(logTexts().slice(1)).toEqual([
      'INIT_REPORT Init Duration: 10000.00 ms\tPhase: init\tStatus: timeout',
      `START RequestId: ${id} Version: $LATEST`,
      `END RequestId: ${id}`,
      `REPORT RequestId: ${id}\tDuration: 4012.50 ms\tBilled Duration: 4013 ms\tMemory Size: 128 MB\tMax Memory Used: 64 MB`,
    ]);
    // The stage: one failed init, then the request (a cold one) for the whole retry and run.
    expect(ofType('init').map((event) => event.outcome.ok)).toEqual([false]);
    expect(ofType('invoke-start').map((event) => event.cold)).toEqual([true]);
    expect(states()).toEqual({ 'add-1': 'idle' });
  });

  it('times the request out when the retry outruns the function timeout too', async () => {
    const retry: InitOutcome = {
      ok: false,
      initDurationMs: 30_000,
      error: { ...INIT_TIMED_OUT.error, errorMessage: 'Task timed out after 30.00 seconds' },
    };
    const { platform, executor, logTexts, states } = slowInit(retry);
    const result = await platform.invoke('add', '{}');
    const id = requestIdOf(1);
    expect(result).toMatchObject({
      status: 'timeout',
      payload: `{"errorType":"Sandbox.Timedout","errorMessage":"RequestId: ${id} Error: Task timed out after 30.00 seconds"}`,
    });
    expect(logTexts().slice(1)).toEqual([
      'INIT_REPORT Init Duration: 10000.00 ms\tPhase: init\tStatus: timeout',
      'INIT_REPORT Init Duration: 30000.00 ms\tPhase: invoke\tStatus: timeout',
      `START RequestId: ${id} Version: $LATEST`,
      `END RequestId: ${id}`,
      `REPORT RequestId: ${id}\tDuration: 30000.00 ms\tBilled Duration: 30000 ms\tMemory Size: 128 MB\tMax Memory Used: — MB\tStatus: timeout`,
    ]);
    expect(executor.invoked).toEqual([]);
    // Timed out, the environment is reset rather than removed: the next request runs INIT again.
    expect(states()).toEqual({ 'add-1': 'timed-out' });
  });
});
