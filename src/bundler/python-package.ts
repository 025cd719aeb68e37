// A Python function's deployment package: its files as written. Lambda's Python runtime compiles
// nothing ahead; it imports the handler's module from /var/task at INIT, so packaging is only
// naming the version (a content hash) and the entry file the handler string points at.
import type { CodeBundle } from '../engine/types';
import { normalizeFiles } from './build';
import { fnv1a64 } from './hash';
import type { BuildRequest, BuildResult } from './types';

/**
 * The module part of a Python handler: everything before its last dot, as the runtime splits it
 * (`handler.rsplit(".", 1)`; `lambda_function.lambda_handler` → `lambda_function`). A module path
 * may use `/` or `.` between folders (`app/handlers.main`, `app.handlers.main`).
 */
export function pythonEntryModule(handler: string): string {
  const dot = handler.lastIndexOf('.');
  return dot === -1 ? handler : handler.slice(0, dot);
}

/** The `.py` file the handler's module is imported from, or null (Runtime.ImportModuleError). */
function pythonEntryFile(files: ReadonlyMap<string, string>, handler: string): string | null {
  const module = pythonEntryModule(handler);
  if (module === '' || handler.includes('..')) return null;
  const path = `${module.replaceAll('.', '/')}.py`;
  return files.has(path) ? path : null;
}

export function packagePython(request: BuildRequest): BuildResult {
  const started = performance.now();
  const files = normalizeFiles(request.files);
  const packageFiles = Object.fromEntries([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
  const bundle: CodeBundle = {
    format: 'python',
    code: '',
    hash: fnv1a64(JSON.stringify(packageFiles)),
    entryModule: pythonEntryModule(request.handler),
    entryFile: pythonEntryFile(files, request.handler),
    packageFiles,
  };
  return { ok: true, bundle, warnings: [], durationMs: performance.now() - started };
}
