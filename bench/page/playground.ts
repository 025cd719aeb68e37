// The playground's own paths, measured through the real engine, runtime and bundler modules:
// cold and warm invokes (the bundle prebuilt once), Node.js and Python, and edit → build → deploy.
import { bundler, isSuperseded } from '../../src/bundler';
import type { BuildRequest } from '../../src/bundler';
import type { CodeBundle, FunctionConfig, InvokeResult, Platform } from '../../src/engine';
import { createPlatform, createScaledClock, defaultFunctionConfig } from '../../src/engine';
import { createBrowserExecutor } from '../../src/runtime';
import type { WorkerExecutor } from '../../src/runtime';
import { receivePlatformEvent } from '../../src/store/live/session/session-store';
import { DEFAULT_HANDLER_SOURCE, DEFAULT_TEST_EVENT } from '../../src/workspace/model';
import { pause } from './raw-workers';
import { TRIVIAL_HANDLER } from './trivial-handler';
import { bareBuild } from './raw-esbuild';

/**
 * Built like the app's own (store/platform/platform-world.ts), with the session store listening so the engine
 * builds every event and log line as it does for the learner.
 */
function createBenchPlatform(executor: WorkerExecutor): Platform {
  const created = createPlatform({
    clock: createScaledClock({ speed: 1 }),
    executor,
    // The figures are the browser's own cost: no modeled AWS platform init in coldInvokeMs.
    settings: { awsTiming: false },
  });
  created.subscribe(receivePlatformEvent);
  return created;
}

const executor = createBrowserExecutor();
const platform = createBenchPlatform(executor);

/** Long enough for the spare pool (refilled 50 ms after a take) to have booted replacements. */
const SPARES_SETTLE_MS = 150;

const config = (name: string, internetAccess = false): FunctionConfig => ({
  ...defaultFunctionConfig(name),
  timeoutSec: 30,
  internetAccess,
});

/** Each network mode its own function, so neither's instances serve the other's samples. */
const nameFor = (base: string, internetAccess: boolean) =>
  internetAccess ? `${base}-online` : base;

/** The default handler with edit number `n` in its code, so every edit is a new version. */
function editedHandler(n: number): string {
  return DEFAULT_HANDLER_SOURCE.replace(
    'event.left + event.right',
    `event.left + event.right + ${n}`,
  );
}

async function built(request: BuildRequest): Promise<CodeBundle> {
  const { functionId } = request;
  const result = await bundler.build(request);
  if (isSuperseded(result)) throw new Error(`build of ${functionId} was superseded`);
  if (!result.ok)
    throw new Error(`build failed: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.bundle;
}

const bundleOf = (functionId: string, source: string) =>
  built({ functionId, files: { 'index.ts': source }, handler: 'index.handler' });

async function timedInvoke(name: string, expectCold: boolean): Promise<number> {
  const started = performance.now();
  const result: InvokeResult = await platform.invoke(name, DEFAULT_TEST_EVENT);
  const elapsed = performance.now() - started;
  if (result.status !== 'ok') throw new Error(`${name} answered ${result.status}`);
  if ((result.report.initDurationMs !== undefined) !== expectCold) {
    throw new Error(`${name}: expected a ${expectCold ? 'cold' : 'warm'} start`);
  }
  return elapsed;
}

export async function coldInvoke(count: number, internetAccess: boolean): Promise<number[]> {
  const name = nameFor('bench-cold', internetAccess);
  const bundle = await bundleOf(name, DEFAULT_HANDLER_SOURCE);
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    platform.deploy(config(name, internetAccess), bundle);
    await pause(SPARES_SETTLE_MS);
    samples.push(await timedInvoke(name, true));
    // Removing the function ends its instance: the next sample finds it asleep again.
    platform.remove(name);
  }
  return samples;
}

export async function warmInvoke(count: number, internetAccess: boolean): Promise<number[]> {
  const name = nameFor('bench-warm', internetAccess);
  platform.deploy(config(name, internetAccess), await bundleOf(name, TRIVIAL_HANDLER));
  await timedInvoke(name, true);
  // Untimed warm invokes first: the page's and the worker's paths get compiled.
  for (let i = 0; i < 100; i++) await timedInvoke(name, false);
  const samples: number[] = [];
  for (let i = 0; i < count; i++) samples.push(await timedInvoke(name, false));
  platform.remove(name);
  return samples;
}

/** ms from an edit to its version deployed: the app's bundler, then the platform's deploy. */
async function rebuild(n: number): Promise<number> {
  const started = performance.now();
  const bundle = await bundleOf('bench-rebuild', editedHandler(n));
  const { changed } = platform.deploy(config('bench-rebuild'), bundle);
  const elapsed = performance.now() - started;
  if (!changed) throw new Error(`edit ${n} deployed no new version`);
  return elapsed;
}

/** esbuild's first builds run its engine's warm-up; these are not timed on either side. */
const UNTIMED_BUILDS = 10;

export async function builds(count: number): Promise<{ raw: number[]; rebuild: number[] }> {
  const raw: number[] = [];
  const ours: number[] = [];
  // The bare builds use the esbuild that the app's bundler loads and initializes.
  await bundleOf('bench-rebuild', DEFAULT_HANDLER_SOURCE);
  for (let n = 0; n < UNTIMED_BUILDS + count; n++) {
    const bare = await bareBuild(editedHandler(n));
    const full = await rebuild(n);
    if (n >= UNTIMED_BUILDS) {
      raw.push(bare);
      ours.push(full);
    }
  }
  return { raw, rebuild: ours };
}

/**
 * The memory figure's own platform: its 100 simultaneous cold starts can outlast Lambda's 10 s
 * INIT limit on a busy 2-core machine, and an instance that timed out is not an idle one.
 */
let idlePlatform: Platform | null = null;

/** Builds and deploys the idle-instance function, so that esbuild is loaded before a baseline. */
export async function prepareIdleInstances(): Promise<void> {
  idlePlatform ??= createBenchPlatform(createBrowserExecutor({ initTimeoutMs: 120_000 }));
  idlePlatform.deploy(config('bench-idle'), await bundleOf('bench-idle', TRIVIAL_HANDLER));
}

export async function startIdleInstances(count: number): Promise<number> {
  const target = idlePlatform;
  if (!target) throw new Error('prepareIdleInstances first');
  // All at once: no instance is idle yet, so each request starts one (scale-out).
  const requests = Array.from({ length: count }, () =>
    target.invoke('bench-idle', DEFAULT_TEST_EVENT),
  );
  await Promise.all(requests);
  return target.snapshot().instances.filter((instance) => instance.state === 'idle').length;
}

/** The course's example, verbatim: its handler is `lamda_handler` (sic), indented by two spaces. */
const PYTHON_SEED =
  "def lamda_handler(event, context):\n  print(event)\n  return event['left'] + event['right']\n";
/** The Python warm figure's handler: the seed without its log line, as trivial as Node's. */
const PYTHON_TRIVIAL =
  "def lamda_handler(event, context):\n  return event['left'] + event['right']\n";
const PYTHON_HANDLER = 'lambda_function.lamda_handler';

const pythonConfig = (name: string): FunctionConfig => ({
  ...config(name),
  runtime: 'python3.14',
  handler: PYTHON_HANDLER,
});

/** Packaged by the app's bundler, which hands a Python function to packagePython. */
const pythonBundleOf = (functionId: string, source: string) =>
  built({
    functionId,
    files: { 'lambda_function.py': source },
    handler: PYTHON_HANDLER,
    runtime: 'python3.14',
  });

/** A Python spare starts Python: seconds of a core, far more under load. */
const PYTHON_SPARE_WAIT_MS = 120_000;

/**
 * Waits until the Python spare pool (Internet access off) has every spare booted, so a timed
 * sample neither shares the machine with a booting interpreter nor finds its spare half-started.
 * The pool opens with the first Python cold start: until then there is nothing to wait for.
 */
async function pythonSparesReady(): Promise<void> {
  const deadline = performance.now() + PYTHON_SPARE_WAIT_MS;
  for (;;) {
    const { spares, ready } = executor.spares('offline', 'python');
    if (ready === spares) {
      // The pool refills 50 ms after a take: a take just before looks like a full pool.
      await pause(SPARES_SETTLE_MS);
      const again = executor.spares('offline', 'python');
      if (again.ready === again.spares) return;
    }
    if (performance.now() > deadline) throw new Error('the Python spare never finished booting');
    await pause(50);
  }
}

/**
 * Python cold starts with a spare ready, as a learner's second and later cold starts are: the
 * first sample's pool is opened beforehand by an untimed cold start if need be (python warm runs
 * first in the benchmark's rounds and does it), and each sample waits for the spare taken by the
 * one before to be replaced.
 */
export async function pythonColdInvoke(count: number): Promise<number[]> {
  const name = 'bench-python-cold';
  const bundle = await pythonBundleOf(name, PYTHON_SEED);
  if (executor.spares('offline', 'python').spares === 0) {
    platform.deploy(pythonConfig(name), bundle);
    await timedInvoke(name, true);
    platform.remove(name);
  }
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    platform.deploy(pythonConfig(name), bundle);
    await pythonSparesReady();
    samples.push(await timedInvoke(name, true));
    platform.remove(name);
  }
  // The last sample's replacement boots now: not beside the next figure.
  await pythonSparesReady();
  return samples;
}

export async function pythonWarmInvoke(count: number): Promise<number[]> {
  const name = 'bench-python-warm';
  platform.deploy(pythonConfig(name), await pythonBundleOf(name, PYTHON_TRIVIAL));
  await timedInvoke(name, true);
  // The spare that cold start's take left to boot would share the cores with the samples.
  await pythonSparesReady();
  for (let i = 0; i < 100; i++) await timedInvoke(name, false);
  const samples: number[] = [];
  for (let i = 0; i < count; i++) samples.push(await timedInvoke(name, false));
  platform.remove(name);
  return samples;
}
