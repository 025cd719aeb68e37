// The executor the app uses: instances run in workers built from worker-entry.ts, which Vite
// bundles into one classic script (vite.config.ts sets `worker.format: 'iife'`).
import RuntimeWorker from './worker-entry?worker';
import { createWorkerExecutor } from './worker-executor';
import type { WorkerExecutor, WorkerExecutorOptions } from './worker-executor';

export function createBrowserExecutor(
  options: Omit<WorkerExecutorOptions, 'createWorker'> = {},
): WorkerExecutor {
  return createWorkerExecutor({ ...options, createWorker: () => new RuntimeWorker() });
}
