// The bundler's public face: one bundler per page, loading esbuild-wasm on first use.
import { createBundler } from './bundler';
import { loadBrowserEsbuild } from './load-esbuild';

export type { Bundler, LoadEsbuild } from './bundler';
export type {
  BuildRequest,
  BuildResult,
  BundlerStatus,
  Diagnostic,
  LoadProgress,
  Superseded,
} from './types';
export { createBundler } from './bundler';
export { isSuperseded } from './latest';

export const bundler = createBundler(loadBrowserEsbuild);
