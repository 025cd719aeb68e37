// How many repetitions each measurement gets: the full run for the README's table, and a quick
// one that only checks the benchmark still works (it still measures everything, with less care).
import type { LoadSpan } from './page/api';

export interface Plan {
  mode: 'full' | 'quick';
  /** Rounds alternate the raw figures with ours, so drift on a noisy machine hits both alike. */
  rounds: number;
  spawnsPerRound: number;
  coldPerRound: number;
  roundTripsPerRound: number;
  warmPerRound: number;
  builds: number;
  throughput: ThroughputPlan;
  /** The hostile handlers' frame figure, after the throughput rounds. */
  hostile: LoadSpan;
  firstLoads: number;
  /** Fresh pages per memory figure; each holds `memoryInstances` workers or instances. */
  memoryRepeats: number;
  memoryInstances: number;
  engine: { repeats: number; invocations: number; inFlight: number };
  /**
   * sdk.callMs: warm invocations of the SDK handler on one instance (after an untimed cold one),
   * each timing `callsPerInvocation` PutObject calls in a row.
   */
  sdk: { invocations: number; callsPerInvocation: number };
  /** scale.*: Load runs on a fresh app page each, on the idle machine and with CPU hogs. */
  scale: { repeats: number };
  /**
   * Per round, after the Node.js figures: warm Python invokes, then bare Pyodide starts and Python
   * cold starts (each of those seconds long on this machine; every cold start waits for its spare).
   */
  python: { bootsPerRound: number; coldPerRound: number; warmPerRound: number };
}

/**
 * Rounds alternate the raw throughput (bench.html) with the app's (app.html), both pages open in
 * one browser, in the order raw–app, app–raw, raw–app…, so the machine's drift within a run weighs
 * on both figures alike: the app alone ran at 3.7k to 18.7k invocations/s from one second to the
 * next over 30 s of steady load, so the rounds are short. The app's page keeps its warm
 * instances between its rounds; an idle app page beside the raw rounds made no difference to
 * them that showed over four rounds against the same page frozen through the DevTools protocol.
 */
export interface ThroughputPlan extends LoadSpan {
  rounds: number;
  /** The app's chains of invokes at once: as many as the raw figure's requests in flight. */
  inFlight: number;
  /** The app's untimed load before its first round's windows, after the scale-out. */
  firstWarmUpMs: number;
  /** …and before each later round's, as its chains start again on warm instances. */
  warmUpMs: number;
}

/** In flight at once in every throughput figure: 4 workers × 8 requests, as the raw one runs. */
const IN_FLIGHT = 32;

/**
 * The app's throughput is sustained throughput: after a scale-out to 32 new instances, V8 compiles
 * the runtime's code in each new worker's isolate (≈ 1,000 Maglev and TurboFan jobs; traces show
 * 0.5–1 s of background compiling in the first seconds), and rounds of 3 s that followed one
 * another in one page ran at 2.7k, 2.9k, then 3.9–4.1k invocations/s.
 */
const APP_WARM_UP_MS = 8000;

export const FULL: Plan = {
  mode: 'full',
  rounds: 3,
  spawnsPerRound: 20,
  coldPerRound: 20,
  roundTripsPerRound: 500,
  warmPerRound: 500,
  builds: 40,
  throughput: {
    rounds: 6,
    windows: 1,
    windowMs: 1000,
    inFlight: IN_FLIGHT,
    firstWarmUpMs: APP_WARM_UP_MS,
    warmUpMs: 1000,
  },
  hostile: { windows: 6, windowMs: 1000 },
  firstLoads: 5,
  memoryRepeats: 3,
  memoryInstances: 100,
  engine: { repeats: 5, invocations: 200_000, inFlight: IN_FLIGHT },
  sdk: { invocations: 3, callsPerInvocation: 100 },
  scale: { repeats: 2 },
  python: { bootsPerRound: 4, coldPerRound: 4, warmPerRound: 200 },
};

export const QUICK: Plan = {
  mode: 'quick',
  rounds: 1,
  spawnsPerRound: 8,
  coldPerRound: 8,
  roundTripsPerRound: 200,
  warmPerRound: 200,
  builds: 6,
  throughput: {
    rounds: 1,
    windows: 2,
    windowMs: 500,
    inFlight: IN_FLIGHT,
    firstWarmUpMs: 1000,
    warmUpMs: 1000,
  },
  hostile: { windows: 2, windowMs: 500 },
  firstLoads: 1,
  memoryRepeats: 1,
  // Fewer than the figure's 100: per-instance memory barely depends on the count, and 100 cold
  // starts alone take ~10 s on two cores.
  memoryInstances: 30,
  engine: { repeats: 2, invocations: 50_000, inFlight: IN_FLIGHT },
  sdk: { invocations: 1, callsPerInvocation: 30 },
  scale: { repeats: 1 },
  // Each boot, and each cold start's spare, is a Python start: ≈ 5 s apiece on two busy cores.
  // Warm samples cost well under a millisecond each.
  python: { bootsPerRound: 2, coldPerRound: 2, warmPerRound: 100 },
};
