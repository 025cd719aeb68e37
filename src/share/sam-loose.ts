// Loose handler files (a folder without a template, or files picked one by one) as a scenario of
// one function: its handler is `index.handler` when there is an index file, as Lambda's default;
// Python files alone make a Python function (sam-python.ts names its handler).
import { samDefaultSettings } from './sam-defaults';
import type { ArchiveFiles } from './sam-files';
import { isSkippedPath } from './sam-files';
import type { SamImport } from './sam-archive';
import { LOOSE_PYTHON_RUNTIME, loosePythonHandler } from './sam-python';

const SOURCE = /\.(?:[cm]?[jt]s|json|py)$/;
const HANDLER = /\.(?:[cm]?[jt]s)$/;

/** The folder every path starts with (`my-fn/` for a picked folder), or ''. */
function commonFolder(paths: string[]): string {
  const first = paths[0] ?? '';
  const slash = first.indexOf('/');
  if (slash === -1) return '';
  const folder = first.slice(0, slash + 1);
  return paths.every((path) => path.startsWith(folder)) ? folder : '';
}

/** `my-fn`-style function name from a folder name; Lambda allows letters, digits, - and _. */
function functionName(folder: string): string {
  const name = folder
    .replace(/\/$/, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .slice(0, 64);
  return name === '' ? 'imported-function' : name;
}

export function readLooseFiles(files: ArchiveFiles): SamImport {
  const kept = Object.entries(files).filter(([path]) => SOURCE.test(path) && !isSkippedPath(path));
  const folder = commonFolder(kept.map(([path]) => path));
  const sources: ArchiveFiles = Object.fromEntries(
    kept.map(([path, text]) => [path.slice(folder.length), text]),
  );
  const handlers = Object.keys(sources)
    .filter((path) => HANDLER.test(path) && !path.endsWith('.d.ts'))
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
  const entry = handlers.find((path) => /^index\.[cm]?[jt]s$/.test(path)) ?? handlers[0];
  const python = entry === undefined ? loosePythonHandler(sources) : null;
  if (entry === undefined && python === null) {
    return {
      ok: false,
      message:
        'No handler file found: pick a SAM zip, a folder, or .js, .mjs, .cjs, .ts or .py files.',
    };
  }
  const name = functionName(folder);
  const handler = python ?? `${entry!.replace(HANDLER, '')}.handler`;
  return {
    ok: true,
    scenario: {
      functions: [
        {
          name,
          ...samDefaultSettings(),
          ...(python !== null && { runtime: LOOSE_PYTHON_RUNTIME }),
          handler,
          files: sources,
          testEvent: '{}',
        },
      ],
      http: {
        front: 'http-api',
        routes: [{ routeKey: '$default', functionName: name }],
        urlFunctionName: name,
      },
      schedules: [],
      buckets: [],
      topics: [],
      queues: [],
    },
  };
}
