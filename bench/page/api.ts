// What the bench pages expose on `window` for the runner to call through Playwright. Every
// function returns raw samples; the runner turns them into figures.
import type { NetworkMode } from '../../src/runtime';

/** bench.html: the browser's own costs and the playground's core paths, in one page. */
export interface BenchPageApi {
  /** ms from `new Worker` (module, blob URL) to its first message, one worker at a time. */
  workerSpawn(count: number): Promise<number[]>;
  /** ms per postMessage round trip of a small JSON event to one live worker. */
  roundTrip(count: number): Promise<number[]>;
  /** Trivial round trips per second through 4 workers × 8 in flight, one rate per window. */
  rawThroughput(span: LoadSpan): Promise<number[]>;
  /** Builds of the default handler, alternating a bare esbuild call and an edit → deploy. */
  builds(count: number): Promise<{ raw: number[]; rebuild: number[] }>;
  /**
   * ms from invoke to result with the function asleep (each sample starts a new instance), with
   * Internet access off (the default: the network sandbox's workers) or on (the page's).
   */
  coldInvoke(count: number, internetAccess: boolean): Promise<number[]>;
  /** ms from invoke to result on one warm instance, Internet access off or on. */
  warmInvoke(count: number, internetAccess: boolean): Promise<number[]>;
  /**
   * ms from `new Worker` (module, blob URL) to Python's first answer, given
   * the app's Pyodide files and compiled wasm module in memory; one fresh worker per sample.
   */
  pyodideBoot(count: number): Promise<number[]>;
  /**
   * ms from invoke to result of the course's Python example, each sample a new instance with the
   * Python spare booted (Internet access off).
   */
  pythonColdInvoke(count: number): Promise<number[]>;
  /** ms from invoke to result on one warm Python instance, trivial handler. */
  pythonWarmInvoke(count: number): Promise<number[]>;
  /** ms from asking for an instance worker of this network mode to its `ready`, one at a time. */
  spawnToReady(count: number, network: NetworkMode): Promise<number[]>;
  /** ms from a new worker factory (as a new page has) to its first worker's `ready`. */
  firstReady(network: NetworkMode): Promise<number>;
  /** Starts `count` bare module workers and keeps them alive, idle. */
  spawnBareWorkers(count: number): Promise<void>;
  /** Builds and deploys the trivial function for startIdleInstances (loads esbuild). */
  prepareIdleInstances(): Promise<void>;
  /** Starts `count` instances of a trivial function and leaves them idle; returns how many are. */
  startIdleInstances(count: number): Promise<number>;
}

/** app.html: the real app, with a handle to drive its Invoke path under load. */
export interface BenchAppApi {
  /** Puts the trivial handler into the selected function and deploys it (one build, one invoke). */
  deployTrivial(): Promise<void>;
  /** Chains of invokes of the deployed function, `inFlight` at once, with frames recorded. */
  load(options: AppLoadSpan): Promise<AppLoadResult>;
  /** p95 frame time per window while an endless loop and a log flood run again and again. */
  hostile(span: LoadSpan): Promise<number[]>;
  /**
   * ms per warm S3 PutObject, timed by a handler around `await s3.send(…)` with the real SDK, in
   * `invocations` warm invocations of `callsPerInvocation` calls each (after an untimed cold one);
   * `transport` is each call's time in the SDK's request handler alone (worker → page → worker).
   */
  /**
   * The Load tab's default run (constant 20/s for 10 s) into a handler awaiting 300 ms, AWS timing
   * on, at 1×: the most environments alive at once, and how often the clock waited for the computer.
   */
  scaleOut(): Promise<ScaleRun>;
  /**
   * p95 frame time per window while the Load tab runs at its top rate into the deployed function:
   * the animated stage under the most it can be asked to draw.
   */
  stageLoad(span: LoadSpan): Promise<number[]>;
  sdkCalls(plan: {
    invocations: number;
    callsPerInvocation: number;
  }): Promise<{ calls: number[]; transport: number[] }>;
}

export interface ScaleRun {
  peakInstances: number;
  /** How often platform time waited for the computer, and the longest wait (real ms). */
  hostWaits: number;
  longestWaitMs: number;
  /** Each cold start's measured INIT (ms). */
  inits: number[];
  /** Each request's span on the platform's clock beyond its Duration: the page's own lag. */
  lags: number[];
  /** The longest time between two frames of the page while the run went on. */
  longestFrameMs: number;
  /**
   * Environments that started while another's run was well past the handler's time: each is one
   * Lambda would not have started, had that answer come in on time.
   */
  startedBesideOverdue: number;
  /** Each request's Duration as its REPORT gives it (ms). */
  durations: number[];
  /**
   * One line per environment started: when (platform ms after the first one), and the age of
   * every run busy then (platform ms), to read an overshoot from.
   */
  startTrace: string[];
}

export interface LoadSpan {
  /** Measured windows; a figure's samples are one value per window. */
  windows: number;
  windowMs: number;
}

export interface AppLoadSpan extends LoadSpan {
  /** Chains running at once, each invoking again as soon as its last invoke answered. */
  inFlight: number;
  /** Untimed load before the windows open, so they measure the sustained rate. */
  warmUpMs: number;
}

export interface AppLoadResult {
  /** Invocations finished per second, one per window. */
  rates: number[];
  /** p95 of the frame times within each window. */
  frameP95s: number[];
  /** Invocations the app's session store counted over the run (a cross-check of the rates). */
  requestsSeen: number;
  invocations: number;
  /** Instances started while the windows ran: each one is a cold start inside the figure. */
  coldStarts: number;
}

declare global {
  interface Window {
    bench: BenchPageApi;
    benchApp: BenchAppApi;
  }
}
