// Measures the engine's own cost per invocation: manual clock, an executor that answers at once.
import { createManualClock } from './time/clock';
import { createPlatform } from './platform';
import type { CodeBundle, Executor, FunctionConfig, InitOutcome, InvokeOutcome } from './types';

export interface ThroughputOptions {
  /** Total invocations, cold starts included. */
  invocations: number;
  /** Invocations kept in flight at once (each chain invokes again as soon as one ends). */
  inFlight: number;
  /** Subscribe a listener, as the app's store does, so every event is built. Default true. */
  listen?: boolean;
  /** Untimed invocations run first on a separate platform; default min(invocations, 20,000). */
  warmupInvocations?: number;
  /** Real ms; performance.now by default. */
  now?: () => number;
}

export interface ThroughputResult {
  invocations: number;
  inFlight: number;
  elapsedMs: number;
  invocationsPerSec: number;
  /** Instances started: one per chain, since the rest reuse warm ones. */
  coldStarts: number;
  ok: number;
  throttled: number;
  /** PlatformEvents delivered to the listener (0 when not listening). */
  events: number;
}

const CONFIG: FunctionConfig = {
  name: 'bench',
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  memoryMB: 128,
  architecture: 'arm64',
  timeoutSec: 3,
  environment: {},
  reservedConcurrency: null,
};

const BUNDLE: CodeBundle = {
  format: 'cjs',
  code: 'exports.handler = async () => 1;',
  hash: 'bench',
  entryModule: 'index',
  entryFile: 'index.js',
};

/** Answers at once with shared, pre-settled promises: the executor itself costs nothing. */
function instantExecutor(): Executor {
  const init: Promise<InitOutcome> = Promise.resolve({ ok: true, initDurationMs: 1 });
  const outcome: InvokeOutcome = { kind: 'ok', payload: '1', durationMs: 0.5, maxMemoryUsedMB: 64 };
  const answer = Promise.resolve(outcome);
  return { startInstance: () => init, invoke: () => answer, stopInstance: () => {} };
}

interface Run {
  elapsedMs: number;
  coldStarts: number;
  ok: number;
  throttled: number;
  events: number;
}

/** `invocations` requests through `inFlight` chains on a fresh platform. */
async function run(
  invocations: number,
  inFlight: number,
  listen: boolean,
  now: () => number,
): Promise<Run> {
  const clock = createManualClock(0);
  const platform = createPlatform({ clock, executor: instantExecutor() });
  let events = 0;
  if (listen) platform.subscribe(() => events++);
  platform.deploy(CONFIG, BUNDLE);
  let issued = 0;
  let ok = 0;
  let throttled = 0;
  async function chain(): Promise<void> {
    while (issued < invocations) {
      issued++;
      const result = await platform.invoke(CONFIG.name, '{}');
      // Simulated time moves 1 ms per request (1,000 a second), under Lambda's invocation rate of
      // 10 a second per unit of concurrency: the figure is the engine's cost, never a throttle.
      clock.advance(1);
      if (result.status === 'ok') ok++;
      else if (result.status === 'throttled') throttled++;
    }
  }
  const start = now();
  await Promise.all(Array.from({ length: inFlight }, chain));
  const elapsedMs = now() - start;
  const coldStarts = platform.snapshot().instances.length;
  platform.dispose();
  return { elapsedMs, coldStarts, ok, throttled, events };
}

export async function measureEngineThroughput(
  options: ThroughputOptions,
): Promise<ThroughputResult> {
  const { invocations, inFlight } = options;
  const listen = options.listen ?? true;
  const now = options.now ?? (() => performance.now());
  // An untimed run first, so the figure is the sustained rate, not the JIT's warm-up.
  const warmup = options.warmupInvocations ?? Math.min(invocations, 20_000);
  if (warmup > 0) await run(warmup, inFlight, listen, now);
  const measured = await run(invocations, inFlight, listen, now);
  const { elapsedMs } = measured;
  return {
    invocations,
    inFlight,
    invocationsPerSec: elapsedMs > 0 ? (invocations / elapsedMs) * 1000 : Infinity,
    ...measured,
  };
}
