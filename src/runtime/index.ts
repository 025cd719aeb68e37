// The runtime's public face: the browser Executor (one Web Worker per instance) and the pieces
// needed to build one around other workers (tests, a sandboxed iframe).
export { createBrowserExecutor } from './browser-executor';
export { createWorkerExecutor } from './worker-executor';
export type { WorkerExecutor, WorkerExecutorOptions } from './worker-executor';
export type { FromWorker, ToWorker, WorkerInvokeOutcome, WorkerLike } from './protocol';
