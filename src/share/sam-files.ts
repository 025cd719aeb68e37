// The files of an export besides the template: each function's sources and package.json, its
// test event, and where an import finds them again.
import { functionFolder } from './sam-names';
import { isPythonRuntime } from './sam-python';
import type { SamFunction } from './sam-types';

/** Text files by path relative to the archive's root, e.g. `functions/add/index.ts`. */
export type ArchiveFiles = Record<string, string>;

export function testEventPath(functionName: string): string {
  return `events/${functionName}.json`;
}

const isTypeScript = (path: string) => /\.[cm]?ts$/.test(path);

/**
 * The package.json `sam build` needs beside each function's code: its esbuild workflow installs
 * the manifest's dependencies (esbuild itself among them) before bundling.
 */
export function functionPackageJson(fn: SamFunction): string {
  const devDependencies: Record<string, string> = { esbuild: '^0.25.0' };
  if (Object.keys(fn.files).some(isTypeScript)) {
    devDependencies['@types/aws-lambda'] = '^8.10.0';
    devDependencies['@types/node'] = '^22.0.0';
  }
  const manifest = { name: fn.name, version: '1.0.0', private: true, devDependencies };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * Every file of one function: its sources, its package.json (unless it has its own; a Python
 * function needs none, sam-python.ts) and event.
 */
export function functionFiles(fn: SamFunction): ArchiveFiles {
  const folder = functionFolder(fn.name);
  // Built from entries: a file may be called `__proto__`, which an assignment would not keep.
  const files = new Map(Object.entries(fn.files).map(([path, text]) => [folder + path, text]));
  if (!files.has(`${folder}package.json`) && !isPythonRuntime(fn.runtime))
    files.set(`${folder}package.json`, functionPackageJson(fn));
  files.set(testEventPath(fn.name), fn.testEvent);
  return Object.fromEntries(files);
}

/**
 * Installed packages, version control and build output anywhere, and macOS's resource forks: never
 * imported, so never unpacked or read either.
 */
const SKIPPED =
  /(?:^|\/)(?:node_modules|\.git|\.aws-sam)\/|(?:^|\/)package-lock\.json$|^__MACOSX\//;

export function isSkippedPath(path: string): boolean {
  return SKIPPED.test(path);
}

/** Installed packages, build output, and (for code at the root) the project's own files. */
const NOT_SOURCE =
  /^(?:node_modules\/|\.aws-sam\/|events\/|package-lock\.json$|template\.ya?ml$|samconfig\.toml$|README\.md$)/;

/** The files under a `CodeUri` folder, by path relative to it; installed packages left out. */
export function filesUnder(files: ArchiveFiles, codeUri: string): ArchiveFiles {
  const folder = codeUri.replace(/^\.\//, '').replace(/\/?$/, '/');
  const root = folder === '/' ? '' : folder;
  // Built from entries, never by `inside[path] = …`: a file named `__proto__` would set the
  // record's prototype instead of becoming one of its files.
  const inside = Object.entries(files).flatMap(([path, text]) => {
    const relative = path.slice(root.length);
    return path.startsWith(root) && !NOT_SOURCE.test(relative) ? [[relative, text] as const] : [];
  });
  return Object.fromEntries(inside);
}

/** The function's package.json is dropped again when it is exactly the one the export wrote. */
export function withoutGeneratedManifest(fn: SamFunction): SamFunction {
  const manifest = fn.files['package.json'];
  // The export writes none for a Python function: one there is the function's own.
  if (manifest === undefined || isPythonRuntime(fn.runtime)) return fn;
  const { 'package.json': _generated, ...sources } = fn.files;
  return manifest === functionPackageJson({ ...fn, files: sources })
    ? { ...fn, files: sources }
    : fn;
}

export function testEventOf(files: ArchiveFiles, functionName: string): string {
  const path = testEventPath(functionName);
  return Object.hasOwn(files, path) ? files[path]! : '{}';
}
