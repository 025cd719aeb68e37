// The bundler as the app sees it: loading status to subscribe to, and builds that load esbuild on
// first use, run newest-edit-wins per function, and always settle with a result.
import type { EsbuildApi } from './build';
import { buildBundle } from './build';
import { locationless } from './diagnostics';
import { latestWins } from './latest';
import { packagePython } from './python-package';
import { isPython } from '../engine/functions/runtimes';
import type { BuildRequest, BuildResult, BundlerStatus, LoadProgress, Superseded } from './types';

/** Loads esbuild once; may report download progress. Rejecting lets a later call try again. */
export type LoadEsbuild = (onProgress: (progress: LoadProgress) => void) => Promise<EsbuildApi>;

export interface Bundler {
  getStatus(): BundlerStatus;
  /** Called on every status change; returns the unsubscribe function. */
  subscribe(listener: (status: BundlerStatus) => void): () => void;
  /** Starts loading esbuild now rather than at the first build; failures show in the status. */
  preload(): void;
  /**
   * Bundles one function. Resolves with `{ superseded: true }` when a newer build of the same
   * function replaced this one before it started: ignore it, the newer one will answer.
   */
  build(request: BuildRequest): Promise<BuildResult | Superseded>;
}

export function createBundler(loadEsbuild: LoadEsbuild): Bundler {
  let status: BundlerStatus = { state: 'idle' };
  const listeners = new Set<(status: BundlerStatus) => void>();
  let loading: Promise<EsbuildApi> | null = null;

  function setStatus(next: BundlerStatus): void {
    status = next;
    for (const listener of listeners) listener(status);
  }

  function load(): Promise<EsbuildApi> {
    if (loading) return loading;
    setStatus({ state: 'loading', loadedBytes: 0, totalBytes: null });
    loading = loadEsbuild((progress) => setStatus({ state: 'loading', ...progress })).then(
      (esbuild) => {
        setStatus({ state: 'ready' });
        return esbuild;
      },
      (error: unknown) => {
        loading = null;
        setStatus({
          state: 'failed',
          error: error instanceof Error ? error.message : String(error),
        });
        throw error;
      },
    );
    return loading;
  }

  async function buildLoaded(request: BuildRequest): Promise<BuildResult> {
    const started = performance.now();
    try {
      return await buildBundle(await load(), request);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const errors = [locationless(`The bundler could not start: ${reason}`, 'error')];
      // Not the code's fault: nothing is deployed, whatever the learner chose for code with errors.
      const durationMs = performance.now() - started;
      return { ok: false, errors, warnings: [], durationMs, asWritten: null };
    }
  }

  const submit = latestWins(buildLoaded);
  /** Python is not bundled: its files are packaged as written, with no esbuild to load. */
  const packageOrBuild = (request: BuildRequest) =>
    request.runtime !== undefined && isPython(request.runtime)
      ? Promise.resolve(packagePython(request))
      : submit(request.functionId, request);

  return {
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    preload() {
      // The status carries a failure; nobody awaits this promise.
      load().catch(() => undefined);
    },
    build: packageOrBuild,
  };
}
