// The messages between the page and the worker that downloads and compiles esbuild's wasm.
import type { LoadProgress } from './types';

/** The page → the loader, once: which wasm to fetch (an absolute URL). */
export interface CompileWasm {
  url: string;
}

/** The loader → the page: progress while downloading, then exactly one of compiled or failed. */
export type FromWasmLoader =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'compiled'; wasmModule: WebAssembly.Module }
  | { type: 'failed'; error: string };
