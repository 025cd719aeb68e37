// The script a Python instance's worker runs: a classic script started from a data: URL, as the
// Node.js runtime's is (src/runtime/host/opaque-worker.ts). It starts Pyodide from the files the page
// posts (`boot-python`) and hands every message to the Python worker.
// First, so that Pyodide's module finds no importScripts when it runs (no-classic-worker.ts).
import './no-classic-worker';
import type { FromWorker, ToWorker } from '../../protocol';
import { bootPyodide } from './pyodide-boot';
import type { CreatePyodideModule } from './pyodide-boot';
import { createPythonWorker } from './python-worker';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
}

const scope = self as unknown as WorkerScope;
const post = scope.postMessage.bind(scope);

/** Emscripten's module script, imported from a blob: URL (the only kind the sandbox allows). */
async function importAsm(source: string): Promise<CreatePyodideModule> {
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  try {
    const module = (await import(/* @vite-ignore */ url)) as { default: CreatePyodideModule };
    return module.default;
  } finally {
    URL.revokeObjectURL(url);
  }
}

const worker = createPythonWorker({
  post,
  async boot(files) {
    const createPyodideModule = await importAsm(files.asmScript);
    const { wasm, stdlib, lockFile } = files;
    return bootPyodide({ createPyodideModule, wasm, stdlib, lockFile });
  },
  now: () => performance.now(),
});

// A Lambda process has no postMessage or close: Python's `import js` must not speak the protocol.
Object.assign(scope, { postMessage: undefined, close: undefined });

scope.addEventListener('message', (event) => worker.receive(event.data));
