// The executor the app uses: instances run in workers built from worker-entry.ts, which the build
// bundles into one classic script (scripts/runtime-script.ts, the same in `vite dev`). The page
// loads that script's text once and starts every worker from a data: URL, so handlers get an
// opaque origin.
import { createOpaqueWorkerFactory } from './opaque-worker';
import { createWorkerExecutor } from './worker-executor';
import type { WorkerExecutor, WorkerExecutorOptions } from './worker-executor';

// A chunk of its own, loaded when the first worker is wanted, not with the page.
const loadScript = async () => (await import('virtual:runtime-script')).default;

export function createBrowserExecutor(
  options: Omit<WorkerExecutorOptions, 'createWorker'> = {},
): WorkerExecutor {
  const createWorker = createOpaqueWorkerFactory({ loadScript, spawn: (url) => new Worker(url) });
  return createWorkerExecutor({ ...options, createWorker });
}
