// The page's side of the wasm loader worker: one worker per load, ended once it has answered.
import type { LoadProgress } from './types';
import type { CompileWasm, FromWasmLoader } from './wasm-loader-protocol';

/** What this module needs of a Worker, so tests can stand in for one. */
export interface LoaderWorker {
  postMessage(message: CompileWasm): void;
  onmessage: ((event: MessageEvent<FromWasmLoader>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export function compileInWorker(
  url: string,
  onProgress: (progress: LoadProgress) => void,
  spawn: () => LoaderWorker,
): Promise<WebAssembly.Module> {
  return new Promise((resolve, reject) => {
    const worker = spawn();
    const settle = (outcome: () => void) => {
      worker.terminate();
      outcome();
    };
    worker.onmessage = ({ data }) => {
      if (data.type === 'progress') onProgress(data.progress);
      else if (data.type === 'compiled') settle(() => resolve(data.wasmModule));
      else settle(() => reject(new Error(data.error)));
    };
    // A script that failed to load or threw at the top: the page would otherwise wait forever.
    worker.onerror = (event) =>
      settle(() => reject(new Error(event.message || 'The wasm loader worker did not start')));
    worker.postMessage({ url });
  });
}
