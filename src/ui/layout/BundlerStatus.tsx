// Shows esbuild-wasm arriving (a 14 MB download the first time) and whether it failed.
import { useSyncExternalStore } from 'react';
import { bundlerStatus, subscribeBundlerStatus } from '../../store';

export function BundlerStatus() {
  const status = useSyncExternalStore(subscribeBundlerStatus, bundlerStatus);
  switch (status.state) {
    case 'idle':
      return null;
    case 'loading': {
      const { loadedBytes, totalBytes } = status;
      const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);
      return (
        <span className="bundler-status" role="status">
          Loading the bundler (esbuild){' '}
          <progress
            max={totalBytes ?? undefined}
            value={loadedBytes}
            aria-label="Bundler download"
          />{' '}
          {mb(loadedBytes)}
          {totalBytes !== null && ` / ${mb(totalBytes)}`} MB
        </span>
      );
    }
    case 'ready':
      return (
        <span className="bundler-status" role="status">
          Bundler ready
        </span>
      );
    case 'failed':
      return (
        <span className="bundler-status field-problem" role="alert">
          The bundler failed to load: {status.error}. Invoke to try again.
        </span>
      );
  }
}
