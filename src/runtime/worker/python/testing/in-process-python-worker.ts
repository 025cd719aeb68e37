// Test support: a Python instance's worker in this process, over a Pyodide of its own started from
// the package (node-pyodide.ts), answering the executor's messages as a browser's Python worker does.
/// <reference types="node" />
import type { FromWorker, WorkerLike } from '../../../protocol';
import { createPythonWorker } from '../python-worker';
import { nodePyodide } from './node-pyodide';

export function createInProcessPythonWorker(): WorkerLike {
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage: (message) => setImmediate(() => python.receive(structuredClone(message))),
    terminate: () => {
      worker.onmessage = null;
    },
  };
  const python = createPythonWorker({
    post(message) {
      const data = structuredClone(message);
      setImmediate(() => worker.onmessage?.({ data } as MessageEvent<FromWorker>));
    },
    // Node's Pyodide reads its own files from the package: the handed-over ones are not needed.
    boot: async () => (await nodePyodide()).pyodide,
    now: () => performance.now(),
  });
  const unused = new Uint8Array();
  python.receive({
    type: 'boot-python',
    files: { asmScript: '', wasm: unused, stdlib: unused, lockFile: '' },
  });
  return worker;
}
