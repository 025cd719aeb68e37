// The playground's own paths, measured through the real engine, runtime and bundler modules:
// cold and warm invokes (the bundle prebuilt once) and edit → build → deploy.
import { bundler, isSuperseded } from '../../src/bundler';
import type { CodeBundle, FunctionConfig, InvokeResult, Platform } from '../../src/engine';
import { createPlatform, createScaledClock, defaultFunctionConfig } from '../../src/engine';
import { createBrowserExecutor } from '../../src/runtime';
import { receivePlatformEvent } from '../../src/store/live/session/session-store';
import { DEFAULT_HANDLER_SOURCE, DEFAULT_TEST_EVENT } from '../../src/workspace/model';
import { pause } from './raw-workers';
import { TRIVIAL_HANDLER } from './trivial-handler';
import { bareBuild } from './raw-esbuild';

/**
 * Built like the app's own (store/platform/platform-world.ts), with the session store listening so the engine
 * builds every event and log line as it does for the learner.
 */
function createBenchPlatform(executor: Parameters<typeof createBrowserExecutor>[0] = {}): Platform {
  const created = createPlatform({
    clock: createScaledClock({ speed: 1 }),
    executor: createBrowserExecutor(executor),
    // The figures are the browser's own cost: no modeled AWS platform init in coldInvokeMs.
    settings: { awsTiming: false },
  });
  created.subscribe(receivePlatformEvent);
  return created;
}

const platform = createBenchPlatform();

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

async function bundleOf(functionId: string, source: string): Promise<CodeBundle> {
  const result = await bundler.build({
    functionId,
    files: { 'index.ts': source },
    handler: 'index.handler',
  });
  if (isSuperseded(result)) throw new Error(`build of ${functionId} was superseded`);
  if (!result.ok)
    throw new Error(`build failed: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.bundle;
}

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
  idlePlatform ??= createBenchPlatform({ initTimeoutMs: 120_000 });
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
