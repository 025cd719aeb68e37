import { describe, expect, it } from 'vitest';
import { okInit } from './testing/fake-executor';
import { flush, setupPlatform, T0, testBundle, testConfig } from './testing/platform-fixture';
import type { InvokeResult } from './types';

// timingRandom 0.5 draws the mean: nodejs22.x, x86_64, 1,024 MB → 158.28 ms (lambda-perf).
const PLATFORM_MS = 158.28;

function awsTimed(awsTiming = true) {
  const setup = setupPlatform({ awsTiming });
  setup.platform.deploy(testConfig({ memoryMB: 1024 }), testBundle());
  setup.executor.script.init = () => okInit(12);
  return setup;
}

describe('createPlatform with AWS timing', () => {
  it('keeps a cold instance starting for the modeled platform init, in simulated time', async () => {
    const { platform, clock, executor, states, ofType } = awsTimed();
    let result: InvokeResult | null = null;
    void platform.invoke('add', '{}').then((r) => (result = r));
    await flush();
    expect(states()).toEqual({ 'add-1': 'starting' });
    expect(executor.started).toEqual([]);
    clock.advance(158);
    await flush();
    expect(executor.started).toEqual([]);
    clock.advance(0.28);
    await flush();
    expect(executor.started.map((spec) => spec.instanceId)).toEqual(['add-1']);
    expect(ofType('init')).toEqual([
      {
        type: 'init',
        time: T0 + PLATFORM_MS,
        functionName: 'add',
        instanceId: 'add-1',
        outcome: { ok: true, initDurationMs: 12 },
        platformInitMs: PLATFORM_MS,
      },
    ]);
    expect(result).not.toBeNull();
  });

  it('reports and bills platform + measured init as Init Duration, and marks the modeled part', async () => {
    const { platform, settle, logTexts } = awsTimed();
    const pending = platform.invoke('add', '{}');
    await settle(PLATFORM_MS);
    const result = await pending;
    if (result.status !== 'ok') throw new Error(result.status);
    // Duration 10 ms (the fake's) + Init 170.28 ms → 181 ms billed, at 1 GB.
    expect(result.report).toEqual({
      requestId: result.requestId,
      durationMs: 10,
      billedDurationMs: 181,
      memorySizeMB: 1024,
      maxMemoryUsedMB: 64,
      initDurationMs: 170.28,
      platformInitMs: PLATFORM_MS,
    });
    expect(result.cost.gbSeconds).toBe(0.181);
    expect(logTexts().find((line) => line.startsWith('REPORT'))).toContain(
      'Init Duration: 170.28 ms',
    );
  });

  it('adds nothing to a warm start', async () => {
    const { platform, settle } = awsTimed();
    const cold = platform.invoke('add', '{}');
    await settle(PLATFORM_MS);
    await cold;
    const warm = await platform.invoke('add', '{}');
    expect(warm.status === 'ok' && warm.report).toEqual({
      requestId: warm.requestId,
      durationMs: 10,
      billedDurationMs: 10,
      memorySizeMB: 1024,
      maxMemoryUsedMB: 64,
    });
  });

  it('counts the platform part in a failed INIT’s Init Duration, and not again in its retry', async () => {
    const { platform, executor, settle, logTexts } = awsTimed();
    const error = { errorType: 'Runtime.ImportModuleError', errorMessage: 'nope', trace: [] };
    executor.script.init = () => ({ outcome: { ok: false, initDurationMs: 2, error } });
    const pending = platform.invoke('add', '{}');
    await settle(PLATFORM_MS);
    const result = await pending;
    expect(result.status === 'error' && result.report).toMatchObject({ durationMs: 2 });
    expect(result.status === 'error' && 'initDurationMs' in result.report).toBe(false);
    expect(result.status === 'error' && 'platformInitMs' in result.report).toBe(false);
    expect(logTexts().filter((line) => line.startsWith('INIT_REPORT'))).toEqual([
      'INIT_REPORT Init Duration: 160.28 ms\tPhase: init\tStatus: error\tError Type: Runtime.ImportModuleError',
      'INIT_REPORT Init Duration: 2.00 ms\tPhase: invoke\tStatus: error\tError Type: Runtime.ImportModuleError',
    ]);
  });

  it('is off unless asked for: only the measured init, with no wait', async () => {
    const { platform } = awsTimed(false);
    const result = await platform.invoke('add', '{}');
    expect(result.status === 'ok' && result.report.initDurationMs).toBe(12);
    expect(result.status === 'ok' && 'platformInitMs' in result.report).toBe(false);
  });

  it('can be switched on and off between cold starts', async () => {
    const { platform, settle } = awsTimed(false);
    platform.setSettings({ awsTiming: true });
    expect(platform.snapshot().settings.awsTiming).toBe(true);
    const pending = platform.invoke('add', '{}');
    await settle(PLATFORM_MS);
    const result = await pending;
    expect(result.status === 'ok' && result.report.initDurationMs).toBe(170.28);
  });
});
