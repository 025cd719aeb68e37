// With AWS timing on, Duration is stretched by the memory's CPU share; the bill follows it and the
// measured figures stay on the report.
import { describe, expect, it } from 'vitest';
import { okInvoke } from './testing/fake-executor';
import { setupPlatform, testBundle, testConfig } from './testing/platform-fixture';
import type { InvokeResult } from './types';

/** A warm instance of `add` at `memoryMB` whose handler computes 50 ms of its 60. */
async function warmAt(memoryMB: number, awsTiming = true) {
  const setup = setupPlatform();
  setup.platform.deploy(testConfig({ memoryMB }), testBundle());
  await setup.platform.invoke('add', '{}');
  setup.platform.setSettings({ awsTiming });
  const step = okInvoke('1', 60);
  setup.executor.script.invoke = () => ({ ...step, outcome: { ...step.outcome, cpuMs: 50 } });
  return setup;
}

function okResult(result: InvokeResult) {
  if (result.status === 'throttled') throw new Error('throttled');
  return result;
}

describe('createPlatform: memory buys CPU', () => {
  it('reports, prints and bills the modeled Duration at 128 MB, keeping the measured one', async () => {
    const { platform, logTexts } = await warmAt(128);
    const result = okResult(await platform.invoke('add', '{}'));
    // 10 ms waiting + 50 ms × 1769/128 computing = 701.02 ms.
    expect(result.report.durationMs).toBeCloseTo(701.015625, 9);
    expect(result.report.measured).toEqual({ durationMs: 60, cpuMs: 50 });
    expect(result.report.billedDurationMs).toBe(702);
    expect(result.cost.gbSeconds).toBeCloseTo(0.125 * 0.702, 12);
    expect(logTexts().at(-1)).toMatch(/\tDuration: 701\.02 ms\tBilled Duration: 702 ms\t/);
  });

  it('leaves Duration as measured from one vCPU up, and still says what was measured', async () => {
    for (const memoryMB of [1769, 3008]) {
      const { platform } = await warmAt(memoryMB);
      const result = okResult(await platform.invoke('add', '{}'));
      expect(result.report.durationMs).toBe(60);
      expect(result.report.billedDurationMs).toBe(60);
      expect(result.report.measured).toEqual({ durationMs: 60, cpuMs: 50 });
    }
  });

  it('makes the larger memory the cheaper one for CPU-bound work', async () => {
    const small = okResult(await (await warmAt(128)).platform.invoke('add', '{}'));
    const large = okResult(await (await warmAt(1769)).platform.invoke('add', '{}'));
    // 702 ms × 0.125 GB = 87.75 GB-ms at 128 MB against 60 ms × 1.7275 GB = 103.65 at 1,769 MB:
    // nearly the same money for a request that answers 11.7 times sooner.
    expect(large.report.durationMs * 11).toBeLessThan(small.report.durationMs);
    expect(large.cost.computeUsd).toBeLessThan(small.cost.computeUsd * 1.2);
  });

  it('models nothing with AWS timing off', async () => {
    const { platform } = await warmAt(128, false);
    const result = okResult(await platform.invoke('add', '{}'));
    expect(result.report.durationMs).toBe(60);
    expect(result.report.measured).toBeUndefined();
  });

  it('times out a request whose modeled Duration passes the timeout, as AWS would have', async () => {
    const { platform, executor, states, logTexts } = await warmAt(128);
    const step = okInvoke('1', 310);
    executor.script.invoke = () => ({ ...step, outcome: { ...step.outcome, cpuMs: 300 } });
    const result = okResult(await platform.invoke('add', '{}'));
    expect(result.status).toBe('timeout');
    expect(result.report).toMatchObject({ durationMs: 3000, billedDurationMs: 3000 });
    expect(result.report.measured).toEqual({ durationMs: 310, cpuMs: 300 });
    expect(logTexts().at(-1)).toMatch(/\tDuration: 3000\.00 ms\t.*\tStatus: timeout$/);
    // Reset in place, as after any timeout: the environment stays, to re-run INIT on its next request.
    expect(states()).toEqual({ 'add-1': 'timed-out' });
  });
});
