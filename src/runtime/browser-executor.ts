// The executor the app uses: instances run in workers built from worker-entry.ts, which Vite
// bundles into one classic script (vite.config.ts sets `worker.format: 'iife'`). The page fetches
// that script once and starts every worker from a data: URL, so handlers get an opaque origin.
import workerScriptUrl from './worker-entry?worker&url';
import { createOpaqueWorkerFactory } from './opaque-worker';
import { createWorkerExecutor } from './worker-executor';
import type { WorkerExecutor, WorkerExecutorOptions } from './worker-executor';

const loadScript = async () => {
  const response = await fetch(workerScriptUrl);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${workerScriptUrl}`);
  return response.text();
};

export function createBrowserExecutor(
  options: Omit<WorkerExecutorOptions, 'createWorker'> = {},
): WorkerExecutor {
  const createWorker = createOpaqueWorkerFactory({ loadScript, spawn: (url) => new Worker(url) });
  return createWorkerExecutor({ ...options, createWorker });
}
