// Finds files in the learner's workspace the way Lambda's loader and TypeScript would: the handler's
// entry module, and the target of each relative import.

/** Where Lambda unpacks a function's code (LAMBDA_TASK_ROOT); our virtual files live under it. */
export const TASK_ROOT = '/var/task';

/** The workspace's paths, normalized (`lib/util.ts`); a Set or the path → text Map both serve. */
export type FileIndex = Pick<ReadonlySet<string>, 'has'>;

/** Extensions tried for an extensionless import, TypeScript's first (esbuild's and tsc's habit). */
const IMPORT_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.json'];

/**
 * Lambda's runtime tries the extensionless file, then `.js`, `.mjs`, `.cjs` (RIC `UserFunction.js`
 * `_tryRequire`); TypeScript sources stand in front of the JavaScript they would compile to.
 */
const ENTRY_EXTENSIONS = ['', '.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'];

/** TypeScript lets `./util.js` name `util.ts` (the file it compiles to); these are the pairs. */
const TS_SOURCE_FOR: ReadonlyMap<string, string[]> = new Map([
  ['.js', ['.ts', '.tsx']],
  ['.jsx', ['.tsx']],
  ['.mjs', ['.mts']],
  ['.cjs', ['.cts']],
]);

/**
 * `a/./b/../c` → `a/c`, without leading or trailing slashes. null when the path climbs above the
 * workspace root, where nothing of the learner's can be.
 */
export function normalizePath(path: string): string | null {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') parts.push(part);
    else if (parts.pop() === undefined) return null;
  }
  return parts.join('/');
}

/** The directory part of a workspace path: `lib/util.ts` → `lib`, `index.ts` → ``. */
export function dirname(path: string): string {
  return path.slice(0, Math.max(0, path.lastIndexOf('/')));
}

/** Import specifiers that name a file rather than a package (`./x`, `../x`, `/var/task/x`). */
export function isPathSpecifier(specifier: string): boolean {
  return /^\.\.?(\/|$)/.test(specifier) || specifier.startsWith('/');
}

function importTarget(importerDir: string, specifier: string): string | null {
  if (!specifier.startsWith('/')) return normalizePath(`${importerDir}/${specifier}`);
  const insideRoot = specifier.startsWith(`${TASK_ROOT}/`);
  return insideRoot ? normalizePath(specifier.slice(TASK_ROOT.length)) : null;
}

/** Resolves a relative import from a file in `importerDir`; null when no workspace file matches. */
export function resolveImport(
  files: FileIndex,
  importerDir: string,
  specifier: string,
): string | null {
  const base = importTarget(importerDir, specifier);
  if (base === null) return null;
  const extension = /\.[^./]*$/.exec(base)?.[0] ?? '';
  const stem = base.slice(0, base.length - extension.length);
  const folder = base === '' ? '' : `${base}/`;
  const candidates = [
    base,
    ...(TS_SOURCE_FOR.get(extension) ?? []).map((ts) => stem + ts),
    ...IMPORT_EXTENSIONS.map((ext) => base + ext),
    ...IMPORT_EXTENSIONS.map((ext) => `${folder}index${ext}`),
  ];
  return candidates.find((path) => path !== '' && files.has(path)) ?? null;
}

/**
 * The module part of a handler string. Lambda splits the last path segment at its first dot:
 * `src/app.handlers.main` → `src/app` (RIC `UserFunction.js`, `FUNCTION_EXPR = /^([^.]*)\.(.*)$/`).
 */
export function entryModuleOf(handler: string): string {
  const segmentStart = handler.lastIndexOf('/') + 1;
  const dot = handler.indexOf('.', segmentStart);
  return dot === -1 ? handler : handler.slice(0, dot);
}

/** The file the handler's module loads from, or null (Runtime.ImportModuleError at init). */
export function resolveEntry(files: FileIndex, handler: string): string | null {
  // Lambda rejects `..` anywhere in the handler (Runtime.MalformedHandlerName), before loading.
  if (handler.includes('..')) return null;
  const module = normalizePath(entryModuleOf(handler));
  if (module === null || module === '') return null;
  return ENTRY_EXTENSIONS.map((ext) => module + ext).find((path) => files.has(path)) ?? null;
}
