// Starts esbuild-wasm in the browser, once per page: download and compile the wasm in a worker
// with progress, hand the module to esbuild's own worker, then warm the engine up with a throwaway
// build.
import wasmUrl from 'esbuild-wasm/esbuild.wasm?url';
import type { EsbuildApi } from './build';
import { buildBundle } from './build';
import { compileInWorker } from './compile-in-worker';
import type { LoadProgress } from './types';
import WasmLoaderWorker from './wasm-loader-worker?worker';

/** esbuild's `initialize` may run once per page, so the promise lives here, not in a component. */
let started: Promise<EsbuildApi> | null = null;

/**
 * The first build after initialize pays the engine's warm-up: ≈ 450–550 ms, 1–2.5 s on a busy
 * 2-core machine (docs/browser-limits.md#esbuild-wasm); after this one a learner's first build
 * took 0.1–0.25 s.
 */
const WARM_UP = {
  functionId: 'warm-up',
  files: {
    'index.ts': 'import { x } from "./x";\nexport const handler = async () => x;\n',
    'x.ts': 'export const x: number = 1;\n',
  },
  handler: 'index.handler',
};

async function start(onProgress: (progress: LoadProgress) => void): Promise<EsbuildApi> {
  const url = new URL(wasmUrl, location.href).href;
  const [wasmModule, esbuild] = await Promise.all([
    compileInWorker(url, onProgress, () => new WasmLoaderWorker()),
    import('esbuild-wasm'),
  ]);
  // `worker: true`: builds run in esbuild's own worker, off the page's main thread.
  await esbuild.initialize({ wasmModule, worker: true });
  void buildBundle(esbuild, WARM_UP);
  return esbuild;
}

export function loadBrowserEsbuild(
  onProgress: (progress: LoadProgress) => void,
): Promise<EsbuildApi> {
  started ??= start(onProgress).catch((error: unknown) => {
    // Like esbuild's own initialize: forget a failed start so that a retry can succeed.
    started = null;
    throw error;
  });
  return started;
}
