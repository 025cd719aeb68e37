// Builds a function's files, reusing the last result while its files and handler are unchanged,
// and records the outcome (problems, status) for the editor and the Problems list.
import type { BuildResult, Diagnostic } from '../../bundler';
import { bundler, isSuperseded } from '../../bundler';
import type { CodeBundle } from '../../engine';
import { isPython } from '../../engine';
import { checkPythonSyntax, networkModeOf } from '../../runtime';
import { world } from './platform-world';
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

/**
 * A Python package with the syntax errors Python's own compiler finds in its files: a file that
 * does not compile fails the build, so the last good version keeps answering, as for Node.js, and
 * "Deploy even if the code has errors" deploys the files as written. A checker that cannot start
 * holds nothing back: INIT then reports Runtime.UserCodeSyntaxError, as Lambda does.
 */
async function withPythonSyntax(result: BuildResult, files: Record<string, string>) {
  if (!result.ok) return result;
  const found = await checkPythonSyntax(files).catch(() => []);
  if (found.length === 0) return result;
  const errors = found.map(({ file, line, column, message }): Diagnostic => ({
    file,
    line,
    column,
    endLine: line,
    endColumn: column + 1,
    message,
    severity: 'error',
  }));
  const { durationMs, warnings, bundle } = result;
  return { ok: false as const, errors, warnings, durationMs, asWritten: bundle };
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
  // A Python function's first instance needs a worker that has started Python: it starts now,
  // beside the syntax check's, rather than after the check and the deploy.
  if (isPython(runtime)) world().executor.prepare(networkModeOf(draft.config), 'python');
  // The runtime decides whether a plain .js file written as an ES module loads on Lambda.
  const request = { functionId: draft.id, files: draft.files, handler, runtime };
  const result: Promise<FunctionBuild> = bundler.build(request).then(async (outcome) => {
    // A newer edit replaced this build before it ran: the newer build's result is the answer.
    if (isSuperseded(outcome)) return cache.get(draft.id)!.result;
    if (!isPython(runtime)) return record(draft.id, outcome);
    const checked = await withPythonSyntax(outcome, draft.files);
    // Python checks may answer out of order: a newer edit's build records its own outcome.
    const latest = cache.get(draft.id)!;
    return latest.result === result ? record(draft.id, checked) : latest.result;
  });
  cache.set(draft.id, { files: draft.files, handler, runtime, result });
  return result;
}
