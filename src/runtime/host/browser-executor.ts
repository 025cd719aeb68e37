// The executor the app uses: instances run in workers built from worker-entry.ts, which the build
// bundles into one classic script (scripts/runtime-script.ts, the same in `vite dev`). The page
// loads that script's text once and starts every worker from a data: URL, so handlers get an
// opaque origin; functions with Internet access off get theirs from the network sandbox.
import { openNetworkSandbox } from './network-sandbox';
import { createOpaqueWorkerFactory } from './opaque-worker';
import { loadSdkScripts } from './sdk-scripts';
import type { Spawn } from './opaque-worker';
import type { NetworkMode, WorkerLike } from '../protocol';
import { createWorkerExecutor } from './worker-executor';
import type { WorkerExecutor, WorkerExecutorOptions } from './worker-executor';

// A chunk of its own, loaded when the first worker is wanted, not with the page.
const loadScript = async () => (await import('virtual:runtime-script')).default;

/** Starts instance workers in the browser, each where its network mode says. */
export function createBrowserWorkerFactory(): (network: NetworkMode) => WorkerLike {
  // Made once, when the first offline worker is wanted (the executor's spares, at start-up), so
  // the iframe and its check are done long before the learner's first cold start.
  let sandbox: Promise<Spawn> | null = null;
  const openSandbox = () =>
    (sandbox ??= openNetworkSandbox(document).then(
      (SandboxWorker) => (url: string) => new SandboxWorker(url),
    ));
  return createOpaqueWorkerFactory({
    loadScript,
    spawner: (network) =>
      network === 'online' ? Promise.resolve((url: string) => new Worker(url)) : openSandbox(),
  });
}

export function createBrowserExecutor(
  options: Omit<WorkerExecutorOptions, 'createWorker'> = {},
): WorkerExecutor {
  return createWorkerExecutor({
    ...options,
    createWorker: createBrowserWorkerFactory(),
    loadSdkScripts,
  });
}
