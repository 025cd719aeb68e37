// Builds a function's files, reusing the last result while its files and handler are unchanged,
// and records the outcome (problems, status) for the editor and the Problems list.
import type { BuildResult } from '../../bundler';
import { bundler, isSuperseded } from '../../bundler';
import type { CodeBundle } from '../../engine';
import { setBuild } from './control-store';
import type { FunctionDraft } from '../../workspace/model';

/** A failed build keeps what Lambda would have received had it been deployed anyway. */
export type FunctionBuild =
  { ok: true; bundle: CodeBundle } | { ok: false; asWritten: CodeBundle | null };

interface CachedBuild {
  files: Record<string, string>;
  handler: string;
  runtime: FunctionDraft['config']['runtime'];
  result: Promise<FunctionBuild>;
}

const cache = new Map<string, CachedBuild>();

function record(functionId: string, result: BuildResult): FunctionBuild {
  const diagnostics = result.ok ? result.warnings : [...result.errors, ...result.warnings];
  setBuild(functionId, { status: result.ok ? 'ok' : 'failed', diagnostics });
  return result.ok
    ? { ok: true, bundle: result.bundle }
    : { ok: false, asWritten: result.asWritten };
}

/** The draft's build: the cached one if nothing it depends on changed, else a new one. */
export function buildFunction(draft: FunctionDraft): Promise<FunctionBuild> {
  const cached = cache.get(draft.id);
  // Files objects are replaced on every edit, so identity tells whether anything changed.
  const { handler, runtime } = draft.config;
  if (cached?.files === draft.files && cached.handler === handler && cached.runtime === runtime) {
    return cached.result;
  }
  setBuild(draft.id, { status: 'building' });
  // The runtime decides whether a plain .js file written as an ES module loads on Lambda.
  const request = { functionId: draft.id, files: draft.files, handler, runtime };
  const result = bundler.build(request).then((outcome) =>
    // A newer edit replaced this build before it ran: the newer build's result is the answer.
    isSuperseded(outcome) ? cache.get(draft.id)!.result : record(draft.id, outcome),
  );
  cache.set(draft.id, { files: draft.files, handler, runtime, result });
  return result;
}
