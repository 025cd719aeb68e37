// The declaration files (.d.ts) a set of packages' types need, and nothing more: from each
// package's entry types, every file reached through imports, re-exports, `import("…")` types and
// `/// <reference path|types>`, with package specifiers resolved as TypeScript does for a modern
// project (package.json `exports` with its `types` condition, then `typesVersions`, then `types`).
// The editor gives these files to Monaco's TypeScript (scripts/sdk-types.ts).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export interface DtsClosure {
  /** Every declaration file reached, by absolute path, with its text. */
  files: Map<string, string>;
  /**
   * Each package specifier resolved (`@smithy/core/protocols`) to its package's folder and the
   * file it names there, so the editor can place a redirect where its own resolution looks.
   */
  packageEntries: Map<string, PackageEntry>;
  /** Specifiers no file answers, such as Node's built-in modules (`node:stream`). */
  unresolved: Set<string>;
}

export interface PackageEntry {
  packageDir: string;
  /** The path after the package name, '' for the package itself. */
  subpath: string;
  file: string;
}

interface PackageJson {
  types?: unknown;
  typings?: unknown;
  typesVersions?: unknown;
  exports?: unknown;
}

/** The TypeScript that reads the files, for `typesVersions` ranges such as `<4.5`. */
const TS_VERSION = ts.versionMajorMinor;

/** Older TypeScript's copies, which a current TypeScript never reads. */
const DOWNLEVEL_FOLDER = /[\\/]ts3\.4[\\/]/;

/**
 * Node's built-in modules, and `/// <reference types="node" />`: their types are @types/node's
 * 2.3 MB, which the editor replaces with its own declarations (src/ui/editor/lambda-globals.ts).
 */
function isNodeBuiltin(specifier: string): boolean {
  return (
    specifier === 'node' || specifier.startsWith('node:') || builtinModules.includes(specifier)
  );
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/** `a.b` against `a.b`: negative, zero or positive. */
function compareVersions(left: string, right: string): number {
  const [leftMajor = 0, leftMinor = 0] = left.split('.').map(Number);
  const [rightMajor = 0, rightMinor = 0] = right.split('.').map(Number);
  return leftMajor - rightMajor || leftMinor - rightMinor;
}

/** A `typesVersions` key: `*`, or comparisons (`>=4.1 <5`) that must all hold. */
export function typesVersionMatches(range: string, version = TS_VERSION): boolean {
  return range
    .trim()
    .split(/\s+/)
    .every((part) => {
      const match = /^(>=|<=|>|<|=)?v?(\d+(?:\.\d+)?)/.exec(part);
      if (part === '*' || !match) return part === '*';
      const order = compareVersions(version, match[2] ?? '0');
      switch (match[1]) {
        case '>=':
          return order >= 0;
        case '<=':
          return order <= 0;
        case '>':
          return order > 0;
        case '<':
          return order < 0;
        default:
          return order === 0;
      }
    });
}

/** `pattern` with at most one `*` against `path`: what the star stands for, or null. */
function matchPattern(pattern: string, path: string): string | null {
  const star = pattern.indexOf('*');
  if (star < 0) return pattern === path ? '' : null;
  const prefix = pattern.slice(0, star);
  const suffix = pattern.slice(star + 1);
  if (!path.startsWith(prefix) || !path.endsWith(suffix)) return null;
  if (path.length < prefix.length + suffix.length) return null;
  return path.slice(prefix.length, path.length - suffix.length);
}

/** The `types` target of an `exports` value, following nested conditions. */
function typesTarget(value: unknown): string | null {
  if (typeof value === 'string') return /\.d\.[cm]?ts$/.test(value) ? value : null;
  if (Array.isArray(value)) {
    for (const each of value) {
      const found = typesTarget(each);
      if (found) return found;
    }
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const conditions = new Map(Object.entries(value));
  const types = conditions.get('types');
  if (typeof types === 'string') return types;
  for (const condition of ['import', 'require', 'node', 'default']) {
    const found = typesTarget(conditions.get(condition));
    if (found) return found;
  }
  return null;
}

/** What `exports` gives for `./subpath` (`.` for the package), or undefined if it has no say. */
function fromExports(exports: unknown, subpath: string): string | null | undefined {
  if (exports === undefined) return undefined;
  const key = subpath === '' ? '.' : `./${subpath}`;
  const isSubpathMap =
    typeof exports === 'object' &&
    exports !== null &&
    !Array.isArray(exports) &&
    Object.keys(exports).some((name) => name.startsWith('.'));
  if (!isSubpathMap) return key === '.' ? typesTarget(exports) : null;
  for (const [pattern, target] of Object.entries(exports)) {
    const star = matchPattern(pattern, key);
    if (star === null) continue;
    const found = typesTarget(target);
    return found === null ? null : found.replaceAll('*', star);
  }
  return null;
}

/** `typesVersions`' rewrite of `path` for this TypeScript, or `path` itself. */
function throughTypesVersions(typesVersions: unknown, path: string): string {
  if (typeof typesVersions !== 'object' || typesVersions === null) return path;
  for (const [range, mappings] of Object.entries(typesVersions)) {
    if (!typesVersionMatches(range)) continue;
    if (typeof mappings !== 'object' || mappings === null) return path;
    for (const [pattern, targets] of Object.entries(mappings)) {
      const star = matchPattern(pattern, path);
      if (star === null || !Array.isArray(targets)) continue;
      const [target] = targets;
      if (typeof target === 'string') return target.replaceAll('*', star);
    }
    return path;
  }
  return path;
}

/** A relative path to a declaration file: as written, `.d.ts` added, `.js` swapped, or index. */
function resolveFile(base: string): string | null {
  const candidates = [
    base,
    `${base}.d.ts`,
    base.replace(/\.([cm]?)js$/, '.d.$1ts'),
    join(base, 'index.d.ts'),
  ];
  return (
    candidates.find((candidate) => /\.d\.[cm]?ts$/.test(candidate) && isFile(candidate)) ?? null
  );
}

/** `@scope/name/sub/path` → [`@scope/name`, `sub/path`]. */
export function splitSpecifier(specifier: string): [string, string] {
  const parts = specifier.split('/');
  const length = specifier.startsWith('@') ? 2 : 1;
  return [parts.slice(0, length).join('/'), parts.slice(length).join('/')];
}

/** The folder Node's lookup finds for `name`, walking up from `fromDir`. */
function findPackageDir(name: string, fromDir: string): string | null {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (isFile(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

function readPackageJson(packageDir: string): PackageJson {
  return JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as PackageJson;
}

/** The declaration file a package specifier names, as TypeScript's modern resolution finds it. */
function resolvePackage(specifier: string, fromDir: string): PackageEntry | null {
  const [name, subpath] = splitSpecifier(specifier);
  const packageDir = findPackageDir(name, fromDir) ?? findPackageDir(`@types/${name}`, fromDir);
  if (!packageDir) return null;
  const manifest = readPackageJson(packageDir);
  const exported = fromExports(manifest.exports, subpath);
  if (exported === null) return null;
  let relativePath = exported;
  if (relativePath === undefined) {
    const declared = manifest.types ?? manifest.typings;
    relativePath =
      subpath !== '' ? subpath : typeof declared === 'string' ? declared : 'index.d.ts';
    relativePath = throughTypesVersions(manifest.typesVersions, relativePath.replace(/^\.\//, ''));
  }
  const file = resolveFile(resolve(packageDir, relativePath));
  return file ? { packageDir, subpath, file } : null;
}

/** Every module specifier and referenced file a declaration file names. */
function referencesOf(text: string): { specifiers: string[]; paths: string[]; types: string[] } {
  const found = ts.preProcessFile(text, true, true);
  return {
    specifiers: found.importedFiles.map((each) => each.fileName),
    paths: found.referencedFiles.map((each) => each.fileName),
    types: found.typeReferenceDirectives.map((each) => each.fileName),
  };
}

/** The closure of declaration files from `packages`' entry types, looked up from `rootDir`. */
export function collectDtsClosure(packages: readonly string[], rootDir: string): DtsClosure {
  const closure: DtsClosure = {
    files: new Map(),
    packageEntries: new Map(),
    unresolved: new Set(),
  };
  const pending: string[] = [];
  const visit = (file: string) => {
    if (closure.files.has(file) || DOWNLEVEL_FOLDER.test(file)) return;
    closure.files.set(file, readFileSync(file, 'utf8'));
    pending.push(file);
  };
  const visitPackage = (specifier: string, fromDir: string): boolean => {
    const entry = isNodeBuiltin(specifier) ? null : resolvePackage(specifier, fromDir);
    if (!entry) {
      closure.unresolved.add(specifier);
      return false;
    }
    const key = relative(rootDir, join(entry.packageDir, entry.subpath)).split(sep).join('/');
    closure.packageEntries.set(key, entry);
    visit(entry.file);
    return true;
  };

  for (const name of packages) {
    if (!visitPackage(name, rootDir)) throw new Error(`dts-closure: no types for ${name}`);
  }
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    const fromDir = dirname(file);
    const { specifiers, paths, types } = referencesOf(closure.files.get(file) ?? '');
    for (const path of paths) {
      const found = resolveFile(resolve(fromDir, path));
      if (found) visit(found);
      else closure.unresolved.add(path);
    }
    for (const specifier of [...specifiers, ...types]) {
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        const found = resolveFile(resolve(fromDir, specifier));
        if (found) visit(found);
        else closure.unresolved.add(specifier);
      } else {
        visitPackage(specifier, fromDir);
      }
    }
  }
  return closure;
}
