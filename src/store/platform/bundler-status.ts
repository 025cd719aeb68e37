// esbuild-wasm's loading, as the views show it (the status line, the editor's wait, the offline
// update notice), and the start of its download once the page has settled.
import type { BundlerStatus } from '../../bundler';
import { bundler } from '../../bundler';

/** Calls `listener` whenever the bundler's status changes; returns the unsubscribe. */
export function subscribeBundlerStatus(listener: () => void): () => void {
  return bundler.subscribe(listener);
}

export function bundlerStatus(): BundlerStatus {
  return bundler.getStatus();
}

/** Starts downloading and compiling esbuild ahead of the first build. */
export function preloadBundler(): void {
  bundler.preload();
}
