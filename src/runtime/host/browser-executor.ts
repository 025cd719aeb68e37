// The executor the app uses: instances run in workers built from worker-entry.ts (Node.js) or
// python-worker-entry.ts (Python), which the build bundles into one classic script each
// (scripts/runtime-script.ts, the same in `vite dev`). The page loads a script's text once and
// starts every worker from a data: URL, so handlers get an opaque origin; functions with Internet
// access off get theirs from the network sandbox. A Python worker is sent Pyodide's files first.
import { openNetworkSandbox } from './network-sandbox';
import { createOpaqueWorkerFactory } from './opaque-worker';
import { loadSdkScripts } from './sdk-scripts';
import { pyodideFiles } from './pyodide-files';
import { createPythonSyntaxCheck } from './python-syntax-check';
import type { PythonSyntaxCheck } from './python-syntax-check';
import type { RuntimeLanguage } from '../../engine/functions/runtimes';
import type { Spawn } from './opaque-worker';
import type { NetworkMode, WorkerLike } from '../protocol';
import { createWorkerExecutor } from './worker-executor';
import type { WorkerExecutor, WorkerExecutorOptions } from './worker-executor';
import { createWebTaskExecutor } from './web-task-executor';
import type { WebTaskExecutor, WebTaskExecutorOptions } from './web-task-executor';
import { createWebFunctionExecutor } from './web-function-executor';
import type { BrowserWebFunctionExecutor } from './web-function-executor';

// Chunks of their own, loaded when the first worker of the language is wanted, not with the page.
const loadScript = async () => (await import('virtual:runtime-script')).default;
const loadPythonScript = async () => (await import('virtual:python-runtime-script')).default;

/** Starts instance workers in the browser, each where its network mode says. */
export function createBrowserWorkerFactory(): (
  network: NetworkMode,
  language?: RuntimeLanguage,
) => WorkerLike {
  // Made once, when the first offline worker is wanted (the executor's spares, at start-up), so
  // the iframe and its check are done long before the learner's first cold start.
  let sandbox: Promise<Spawn> | null = null;
  const openSandbox = () =>
    (sandbox ??= openNetworkSandbox(document).then(
      (SandboxWorker) => (url: string) => new SandboxWorker(url),
    ));
  const spawner = (network: NetworkMode) =>
    network === 'online' ? Promise.resolve((url: string) => new Worker(url)) : openSandbox();
  const nodeWorker = createOpaqueWorkerFactory({ loadScript, spawner });
  const pythonWorker = createOpaqueWorkerFactory({ loadScript: loadPythonScript, spawner });
  return (network, language = 'nodejs') => {
    if (language === 'nodejs') return nodeWorker(network);
    const worker = pythonWorker(network);
    pyodideFiles().then(
      (files) => worker.postMessage({ type: 'boot-python', files }),
      (error: unknown) => {
        const message = `Python's files could not be read: ${error instanceof Error ? error.message : String(error)}`;
        worker.onerror?.({ message, error, preventDefault: () => undefined } as ErrorEvent);
      },
    );
    return worker;
  };
}

/** The page's one factory: its network sandbox (an iframe) serves the executor and the checker. */
let pageFactory: ReturnType<typeof createBrowserWorkerFactory> | null = null;
const pageWorkerFactory = () => (pageFactory ??= createBrowserWorkerFactory());

export function createBrowserExecutor(
  options: Omit<WorkerExecutorOptions, 'createWorker'> = {},
): WorkerExecutor {
  return createWorkerExecutor({
    ...options,
    createWorker: pageWorkerFactory(),
    loadSdkScripts,
  });
}

/**
 * Python's compiler for the editor, in a Python worker of its own, started on first use. In the
 * network sandbox like a function without Internet access, though it runs none of the code.
 */
export const checkPythonSyntax: PythonSyntaxCheck = (() => {
  let check: PythonSyntaxCheck | null = null;
  return (files) => {
    check ??= createPythonSyntaxCheck(() => pageWorkerFactory()('offline', 'python'));
    return check(files);
  };
})();

/**
 * The TaskExecutor of the app's ECS services: each task's container in a worker of its own, from
 * the same runtime script and with the same opaque origin as a function's instance. A container
 * in a public subnet reaches the Internet, so its worker is started online.
 */
export function createBrowserTaskExecutor(
  options: Omit<WebTaskExecutorOptions, 'createWorker' | 'loadSdkScripts'>,
): WebTaskExecutor {
  return createWebTaskExecutor({
    ...options,
    createWorker: () => pageWorkerFactory()('online', 'nodejs'),
    loadSdkScripts,
  });
}

/**
 * The WebFunctionExecutor of the app's Web Functions: each execution environment in a worker of
 * its own, from the same runtime script and with the same opaque origin as a function's instance.
 * A function outside a VPC reaches the Internet, so its worker is started online.
 */
export function createBrowserWebFunctionExecutor(
  options: Omit<WebTaskExecutorOptions, 'createWorker' | 'loadSdkScripts'>,
): BrowserWebFunctionExecutor {
  return createWebFunctionExecutor({
    ...options,
    createWorker: () => pageWorkerFactory()('online', 'nodejs'),
    loadSdkScripts,
  });
}
