// How many environments a load needs, decided in platform time (docs/aws-lambda.md#platform-time):
// the seeded Load scenarios give the engine's peak and steady concurrency — the expectations the
// browser is held to — and the same counts when the workers start far slower than the model says.
import { describe, expect, it } from 'vitest';
import { loadArrivals } from './load/load-pattern';
import type { LoadPattern } from './load/load-pattern';
import { okInvoke } from './testing/fake-executor';
import { setupPlatform, testBundle, testConfig } from './testing/platform-fixture';
import type { InvokeResult } from './types';

/** Simulated ms per step: small against the modeled cold start (≈ 156 ms) and the requests. */
const STEP_MS = 10;

interface LoadRun {
  environments: number;
  peakConcurrency: number;
  /** Requests running at once, averaged over the load's second half. */
  steadyConcurrency: number;
  throttled: number;
  /** Requests that waited for a lagging worker. */
  heldRequests: number;
}

/**
 * Sends the arrivals to `add`, whose requests take `durationMs` and whose INIT measures 5 ms,
 * while each worker takes `workerStartMs` of real time to be ready (the lag a slow computer adds).
 */
async function runLoad(
  arrivals: readonly number[],
  options: { durationMs: number; workerStartMs: number },
): Promise<LoadRun> {
  const { platform, executor, clock, settle, ofType } = setupPlatform({ awsTiming: true });
  platform.deploy(testConfig({ timeoutSec: 60 }), testBundle());
  executor.script.init = () => ({
    outcome: { ok: true, initDurationMs: 5 },
    delayMs: options.workerStartMs,
  });
  executor.script.invoke = () => okInvoke('null', options.durationMs, options.durationMs);
  const start = clock.now();
  const results: Array<Promise<InvokeResult>> = [];
  for (const at of arrivals) {
    clock.setTimer(at, () => results.push(platform.invoke('add', '{}')));
  }
  let peakConcurrency = 0;
  const end = arrivals.at(-1)! + options.durationMs + options.workerStartMs + 1000;
  const half = arrivals.at(-1)! / 2;
  let steadySum = 0;
  let steadySamples = 0;
  for (let t = 0; t <= end; t += STEP_MS) {
    await settle(STEP_MS);
    const running = platform.snapshot().instances.filter((i) => i.state !== 'idle').length;
    peakConcurrency = Math.max(peakConcurrency, running);
    const now = clock.now() - start;
    if (now >= half && now <= arrivals.at(-1)!) {
      steadySum += running;
      steadySamples += 1;
    }
  }
  const settled = await Promise.all(results);
  return {
    environments: executor.started.length,
    peakConcurrency,
    steadyConcurrency: steadySum / Math.max(1, steadySamples),
    throttled: settled.filter((r) => r.status === 'throttled').length,
    heldRequests: ofType('host-wait').length,
  };
}

const constant20: LoadPattern = { shape: 'constant', ratePerSec: 20, durationSec: 10, seed: 1 };
const ramp50: LoadPattern = { shape: 'ramp', ratePerSec: 50, durationSec: 10, seed: 7 };

// Each run steps simulated time through a 10 s load: a few seconds of real time.
describe('scale-out in platform time', { timeout: 60_000 }, () => {
  it('constant 20/s into a 300 ms handler: about rate × (duration + cold start) environments', async () => {
    const quick = await runLoad(loadArrivals(constant20), { durationMs: 300, workerStartMs: 5 });
    // 20/s × (0.300 + 0.156 + 0.005) s ≈ 9 at the start, then 20 × 0.3 = 6 busy at a time.
    expect(quick.environments).toBeGreaterThanOrEqual(7);
    expect(quick.environments).toBeLessThanOrEqual(10);
    expect(quick.steadyConcurrency).toBeGreaterThan(5);
    expect(quick.steadyConcurrency).toBeLessThan(7);
    expect(quick.heldRequests).toBe(0);
  });

  it('gives the same count when every worker starts 2 s late, holding requests instead', async () => {
    const quick = await runLoad(loadArrivals(constant20), { durationMs: 300, workerStartMs: 5 });
    const slow = await runLoad(loadArrivals(constant20), { durationMs: 300, workerStartMs: 2000 });
    // Left to the real workers, every request of the first 2.3 s would start one: about 46.
    expect(slow.environments).toBeLessThanOrEqual(Math.ceil(quick.environments * 1.25));
    expect(slow.environments).toBeGreaterThanOrEqual(quick.environments);
    expect(slow.heldRequests).toBeGreaterThan(0);
    expect(slow.throttled).toBe(0);
  });

  it('a burst of 100 at once needs 100 environments, lagging workers or not', async () => {
    const burst = Array<number>(100).fill(0);
    const quick = await runLoad(burst, { durationMs: 300, workerStartMs: 5 });
    const slow = await runLoad(burst, { durationMs: 300, workerStartMs: 2000 });
    expect([quick.environments, slow.environments]).toEqual([100, 100]);
    expect(slow.heldRequests).toBe(0);
  });

  it('a ramp from 0 to 50/s grows to about its peak rate × duration, however late the workers', async () => {
    const quick = await runLoad(loadArrivals(ramp50), { durationMs: 300, workerStartMs: 5 });
    const slow = await runLoad(loadArrivals(ramp50), { durationMs: 300, workerStartMs: 2000 });
    // At 50/s × 0.3 s, 15 run at once at the top; new ones keep starting as the rate climbs.
    expect(quick.peakConcurrency).toBeGreaterThanOrEqual(12);
    expect(quick.peakConcurrency).toBeLessThanOrEqual(25);
    expect(slow.environments).toBeLessThanOrEqual(Math.ceil(quick.environments * 1.25));
  });
});
