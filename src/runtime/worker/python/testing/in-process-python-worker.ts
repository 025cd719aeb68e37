// Test support: a Python instance's worker in this process, over a Pyodide of its own started from
// the package (node-pyodide.ts), answering the executor's messages as a browser's Python worker does.
/// <reference types="node" />
import { inProcessWorker } from '../../../host/testing/fake-worker';
import type { WorkerLike } from '../../../protocol';
import { createPythonWorker } from '../python-worker';
import { nodePyodide } from './node-pyodide';

export function createInProcessPythonWorker(): WorkerLike {
  return inProcessWorker((post) => {
    const python = createPythonWorker({
      post,
      // Node's Pyodide reads its own files from the package: the handed-over ones are not needed.
      boot: async () => (await nodePyodide()).pyodide,
      now: () => performance.now(),
    });
    const unused = new Uint8Array();
    python.receive({
      type: 'boot-python',
      files: { asmScript: '', wasm: unused, stdlib: unused, lockFile: '' },
    });
    return python;
  });
}
