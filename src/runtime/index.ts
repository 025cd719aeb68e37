// The runtime's public face: the browser Executor (one Web Worker per instance) and the pieces
// needed to build one around other workers (tests, the benchmark).
export {
  checkPythonSyntax,
  createBrowserExecutor,
  createBrowserTaskExecutor,
  createBrowserWebFunctionExecutor,
  createBrowserWorkerFactory,
} from './host/browser-executor';
export { createWorkerExecutor } from './host/worker-executor';
export { createWebTaskExecutor } from './host/web-task-executor';
export type { WebTaskExecutor, WebTaskExecutorOptions } from './host/web-task-executor';
export { createWebFunctionExecutor } from './host/web-function-executor';
export type { BrowserWebFunctionExecutor } from './host/web-function-executor';
export { networkModeOf } from './protocol';
export type { WorkerExecutor, WorkerExecutorOptions } from './host/worker-executor';
export type {
  FromWorker,
  NetworkMode,
  PythonSyntaxError,
  ToWorker,
  WorkerInvokeOutcome,
  WorkerLike,
} from './protocol';
