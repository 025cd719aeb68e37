// A worker that downloads and compiles esbuild's 14 MB wasm, so that the page's main thread
// neither receives the bytes nor joins them: on two cores that work used to land while the
// learner's first keystroke waited (the benchmark's firstLoad). The compiled module goes back to
// the page, which hands it to esbuild's own worker.
import { fetchAndCompile } from './download';
import type { CompileWasm, FromWasmLoader } from './wasm-loader-protocol';

interface LoaderScope {
  postMessage(message: FromWasmLoader): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<CompileWasm>) => void): void;
}

const scope = self as unknown as LoaderScope;

scope.addEventListener('message', ({ data }) => {
  fetchAndCompile(data.url, (progress) => scope.postMessage({ type: 'progress', progress })).then(
    (wasmModule) => scope.postMessage({ type: 'compiled', wasmModule }),
    (error: unknown) =>
      scope.postMessage({
        type: 'failed',
        error: error instanceof Error ? error.message : String(error),
      }),
  );
});
