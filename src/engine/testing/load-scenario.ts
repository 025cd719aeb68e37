// A seeded load run through the engine on a computer of a given speed: how many environments it
// starts and how many run at once. The scale-out tests hold the engine to Lambda's counts with it,
// and the benchmark takes from it the count the browser is held to (scale.expectedPeak).
import { okInvoke } from './fake-executor';
import { setupPlatform, testBundle, testConfig } from './platform-fixture';
import type { InvokeResult } from '../types';

/** Real ms per step: small against the modeled cold start (≈ 156 ms) and the requests. */
export const STEP_MS = 10;

export interface LoadRun {
  environments: number;
  peakConcurrency: number;
  /** Requests running at once, averaged over the load's second half. */
  steadyConcurrency: number;
  succeeded: number;
  throttled: number;
  /** Worker starts platform time waited for. */
  hostWaits: number;
  /** Platform ms the load took, first arrival to last answer. */
  platformMs: number;
}

/**
 * Sends the arrivals (platform ms) to `add`, whose requests take `durationMs` and whose INIT
 * measures `initMs` (5 by default), while each new worker takes `workerStartMs` of real time to
 * boot, each INIT's answer reaches the page `initLagMs` after INIT's end and each invoke's answer
 * `answerLagMs` after the handler's end (0 by default).
 */
export async function runLoadScenario(
  arrivals: readonly number[],
  options: {
    durationMs: number;
    workerStartMs: number;
    initMs?: number;
    initLagMs?: number;
    answerLagMs?: number;
  },
): Promise<LoadRun> {
  const setup = setupPlatform({ awsTiming: true }, undefined, undefined, { hostTime: true });
  const { platform, executor, platformClock, settle, ofType } = setup;
  platform.deploy(testConfig({ timeoutSec: 60 }), testBundle());
  const { workerStartMs, durationMs, initMs = 5, initLagMs = 0, answerLagMs = 0 } = options;
  executor.script.init = () => ({
    outcome: { ok: true, initDurationMs: initMs },
    bootDelayMs: workerStartMs,
    delayMs: workerStartMs + initMs + initLagMs,
  });
  executor.script.invoke = () => okInvoke('null', durationMs, durationMs + answerLagMs);
  const start = platformClock.now();
  const results: Array<Promise<InvokeResult>> = [];
  let answered = start;
  for (const at of arrivals) {
    platformClock.setTimer(at, () => {
      const result = platform.invoke('add', '{}');
      results.push(result);
      void result.then(() => (answered = Math.max(answered, platformClock.now())));
    });
  }
  let peakConcurrency = 0;
  let steadySum = 0;
  let steadySamples = 0;
  const last = arrivals.at(-1)!;
  // Real time runs until every request has been sent and answered.
  for (let guard = 0; guard < 100_000; guard++) {
    await settle(STEP_MS);
    const running = platform.snapshot().instances.filter((i) => i.state !== 'idle').length;
    peakConcurrency = Math.max(peakConcurrency, running);
    const now = platformClock.now() - start;
    if (now >= last / 2 && now <= last) {
      steadySum += running;
      steadySamples += 1;
    }
    if (results.length === arrivals.length && running === 0) break;
  }
  const settled = await Promise.all(results);
  return {
    environments: executor.started.length,
    peakConcurrency,
    steadyConcurrency: steadySum / Math.max(1, steadySamples),
    succeeded: settled.filter((r) => r.status === 'ok').length,
    throttled: settled.filter((r) => r.status === 'throttled').length,
    hostWaits: ofType('host-wait').length,
    platformMs: answered - start,
  };
}
