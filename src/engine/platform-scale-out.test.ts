// How many environments a load needs (docs/aws-lambda.md#platform-time): the seeded Load scenarios
// give the engine's peak and steady concurrency — the expectations the browser is held to — and
// the same counts when this computer starts every worker far later than the model's cold start,
// because platform time then waits for it.
import { describe, expect, it } from 'vitest';
import { loadArrivals } from './load/load-pattern';
import type { LoadPattern } from './load/load-pattern';
import { okInvoke } from './testing/fake-executor';
import { runLoadScenario as runLoad, STEP_MS } from './testing/load-scenario';
import { setupPlatform, testBundle, testConfig } from './testing/platform-fixture';

const constant20: LoadPattern = { shape: 'constant', ratePerSec: 20, durationSec: 10, seed: 1 };
const ramp50: LoadPattern = { shape: 'ramp', ratePerSec: 50, durationSec: 10, seed: 7 };

// Each run steps real time through a 10 s load: a second or two of the test's own time.
describe('scale-out in platform time', { timeout: 60_000 }, () => {
  it('constant 20/s into a 300 ms handler: about rate × (duration + cold start) environments', async () => {
    const quick = await runLoad(loadArrivals(constant20), { durationMs: 300, workerStartMs: 5 });
    // 20/s × (0.300 + 0.156 + 0.005) s ≈ 9 at the start, then 20 × 0.3 = 6 busy at a time.
    expect(quick.environments).toBeGreaterThanOrEqual(7);
    expect(quick.environments).toBeLessThanOrEqual(10);
    expect(quick.steadyConcurrency).toBeGreaterThan(5);
    expect(quick.steadyConcurrency).toBeLessThan(7);
    expect(quick.succeeded).toBe(200);
    expect(quick.hostWaits).toBe(0);
  });

  it('gives the same count when every worker starts 2 s late: platform time waits for them', async () => {
    const quick = await runLoad(loadArrivals(constant20), { durationMs: 300, workerStartMs: 5 });
    const slow = await runLoad(loadArrivals(constant20), { durationMs: 300, workerStartMs: 2000 });
    // Left to the real workers, every request of the first 2.3 s would start one: about 46.
    expect(slow.environments).toBeGreaterThanOrEqual(quick.environments - 1);
    expect(slow.environments).toBeLessThanOrEqual(Math.ceil(quick.environments * 1.25));
    expect(Math.abs(slow.steadyConcurrency - quick.steadyConcurrency)).toBeLessThan(1);
    expect(slow.hostWaits).toBeGreaterThanOrEqual(slow.environments);
    expect(slow.succeeded).toBe(200);
    // Platform time stood still while the workers booted: the load took as long by its clock.
    expect(Math.abs(slow.platformMs - quick.platformMs)).toBeLessThan(200);
  });

  it('runs as many at a time when every answer reaches the page 500 ms late: time waits for it', async () => {
    const quick = await runLoad(loadArrivals(constant20), { durationMs: 300, workerStartMs: 5 });
    const late = await runLoad(loadArrivals(constant20), {
      durationMs: 300,
      workerStartMs: 5,
      answerLagMs: 500,
    });
    // Left alone, each environment would look busy 800 ms a request: about 16 of them at a time.
    // Once the function has answered, a late answer holds the clock, and as many run as on Lambda.
    expect(Math.abs(late.steadyConcurrency - quick.steadyConcurrency)).toBeLessThan(1);
    expect(late.hostWaits).toBeGreaterThan(100);
    // Before its first answer there is no Duration to be overdue against: the first runs are
    // held for from their start, so their late answers start no extra environments either.
    expect(late.environments).toBeLessThanOrEqual(Math.ceil(quick.environments * 1.25));
    expect(late.succeeded).toBe(200);
  });

  it('on a computer slow to start workers and to answer, the first runs are waited for too', async () => {
    const quick = await runLoad(loadArrivals(constant20), { durationMs: 300, workerStartMs: 5 });
    const slow = await runLoad(loadArrivals(constant20), {
      durationMs: 300,
      workerStartMs: 1000,
      answerLagMs: 500,
    });
    // The late workers' holds show the computer congested: the first answers are held for as well.
    expect(slow.environments).toBeLessThanOrEqual(Math.ceil(quick.environments * 1.25));
    expect(Math.abs(slow.steadyConcurrency - quick.steadyConcurrency)).toBeLessThan(1);
    expect(slow.succeeded).toBe(200);
  });

  it('gives the same count when every INIT answers 400 ms late: platform time waits for it', async () => {
    const quick = await runLoad(loadArrivals(constant20), { durationMs: 300, workerStartMs: 5 });
    const late = await runLoad(loadArrivals(constant20), {
      durationMs: 300,
      workerStartMs: 5,
      initLagMs: 400,
    });
    // Left alone, each new environment would look like it is in INIT 400 ms longer than it is.
    expect(late.environments).toBeLessThanOrEqual(Math.ceil(quick.environments * 1.25));
    expect(Math.abs(late.steadyConcurrency - quick.steadyConcurrency)).toBeLessThan(1);
    expect(late.succeeded).toBe(200);
  });

  it('a burst of 100 at once needs 100 environments, lagging workers or not', async () => {
    const burst = Array<number>(100).fill(0);
    const quick = await runLoad(burst, { durationMs: 300, workerStartMs: 5 });
    const slow = await runLoad(burst, { durationMs: 300, workerStartMs: 2000 });
    expect([quick.environments, slow.environments]).toEqual([100, 100]);
    expect([quick.succeeded, slow.succeeded]).toEqual([100, 100]);
  });

  it('a ramp from 0 to 50/s grows to about its peak rate × duration, however late the workers', async () => {
    const quick = await runLoad(loadArrivals(ramp50), { durationMs: 300, workerStartMs: 5 });
    const slow = await runLoad(loadArrivals(ramp50), { durationMs: 300, workerStartMs: 2000 });
    // At 50/s × 0.3 s, 15 run at once at the top; new ones keep starting as the rate climbs.
    expect(quick.peakConcurrency).toBeGreaterThanOrEqual(12);
    expect(quick.peakConcurrency).toBeLessThanOrEqual(25);
    expect(slow.environments).toBeLessThanOrEqual(Math.ceil(quick.environments * 1.25));
    expect(slow.peakConcurrency).toBeLessThanOrEqual(Math.ceil(quick.peakConcurrency * 1.25));
  });

  it('without the hold, the same lag would have started an environment per request', async () => {
    // The counterfactual the hold prevents, on the manual clock alone (no platform time to hold).
    const { platform, executor, clock, settle } = setupPlatform({ awsTiming: true });
    platform.deploy(testConfig({ timeoutSec: 60 }), testBundle());
    executor.script.init = () => ({ outcome: { ok: true, initDurationMs: 5 }, delayMs: 2005 });
    executor.script.invoke = () => okInvoke('null', 300, 300);
    for (const at of loadArrivals(constant20).filter((t) => t < 2000)) {
      clock.setTimer(at, () => void platform.invoke('add', '{}'));
    }
    for (let t = 0; t < 2000; t += STEP_MS) await settle(STEP_MS);
    expect(executor.started.length).toBeGreaterThan(30);
  });
});
