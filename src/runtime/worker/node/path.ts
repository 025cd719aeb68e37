// Node's `path` as a Lambda function sees it: POSIX, with the working directory /var/task.
// `path.win32` exists, but each of its functions says that Windows paths are not provided.
import { checkString } from './node-errors';

/** process.cwd() on Lambda. */
export const TASK_ROOT = '/var/task';

/** `a/./b/../c` → `a/c`; `..` above the start is kept for a relative path, dropped at the root. */
function normalizeSegments(path: string, keepAboveRoot: boolean): string {
  const kept: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') kept.push(segment);
    else if (kept.length > 0 && kept[kept.length - 1] !== '..') kept.pop();
    else if (keepAboveRoot) kept.push('..');
  }
  return kept.join('/');
}

function resolve(...paths: unknown[]): string {
  let resolved = '';
  for (let i = paths.length - 1; i >= -1 && !resolved.startsWith('/'); i--) {
    const path = i >= 0 ? paths[i] : TASK_ROOT;
    checkString(path, `paths[${i}]`);
    if (path === '') continue;
    resolved = resolved === '' ? path : `${path}/${resolved}`;
  }
  return `/${normalizeSegments(resolved, false)}`;
}

function normalize(path: unknown): string {
  checkString(path, 'path');
  if (path === '') return '.';
  const absolute = path.startsWith('/');
  const trailing = path.endsWith('/');
  let normalized = normalizeSegments(path, !absolute);
  if (normalized === '') {
    if (absolute) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) normalized += '/';
  return absolute ? `/${normalized}` : normalized;
}

function isAbsolute(path: unknown): boolean {
  checkString(path, 'path');
  return path.startsWith('/');
}

function join(...paths: unknown[]): string {
  const parts: string[] = [];
  paths.forEach((path) => {
    checkString(path, 'path');
    if (path !== '') parts.push(path);
  });
  return parts.length === 0 ? '.' : normalize(parts.join('/'));
}

function relative(from: unknown, to: unknown): string {
  checkString(from, 'from');
  checkString(to, 'to');
  if (from === to) return '';
  const fromParts = resolve(from).split('/').filter(Boolean);
  const toParts = resolve(to).split('/').filter(Boolean);
  let common = 0;
  while (
    common < fromParts.length &&
    common < toParts.length &&
    fromParts[common] === toParts[common]
  ) {
    common++;
  }
  const up = fromParts.slice(common).map(() => '..');
  return [...up, ...toParts.slice(common)].join('/');
}

function dirname(path: unknown): string {
  checkString(path, 'path');
  if (path === '') return '.';
  const hasRoot = path.startsWith('/');
  // The slash before the last name, skipping slashes that end the path.
  let end = -1;
  let inTrailingSlashes = true;
  for (let i = path.length - 1; i >= 1; i--) {
    if (path[i] === '/') {
      if (!inTrailingSlashes) {
        end = i;
        break;
      }
    } else {
      inTrailingSlashes = false;
    }
  }
  if (end === -1) return hasRoot ? '/' : '.';
  if (hasRoot && end === 1) return '//';
  return path.slice(0, end);
}

/** The last name of a path, trailing slashes ignored, and where it starts. */
function lastName(path: string): { name: string; start: number } {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  const start = end === 0 ? 0 : path.lastIndexOf('/', end - 1) + 1;
  return { name: path.slice(start, end), start };
}

function basename(path: unknown, suffix?: unknown): string {
  if (suffix !== undefined) checkString(suffix, 'suffix');
  checkString(path, 'path');
  const { name, start } = lastName(path);
  if (suffix === undefined || suffix === '' || suffix.length > path.length) return name;
  if (suffix === path) return '';
  // Node's quirk: when the whole name is only the end of the suffix, the name comes back with
  // its trailing slashes (a path of slashes only comes back whole).
  if (name !== suffix && suffix.endsWith(name)) return path.slice(start);
  return name !== suffix && name.endsWith(suffix) ? name.slice(0, -suffix.length) : name;
}

/** The extension of a name: from its last dot, unless the dot starts it or the name is `..`. */
function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || name === '..') return '';
  return name.slice(dot);
}

function extname(path: unknown): string {
  checkString(path, 'path');
  return extensionOf(lastName(path).name);
}

interface ParsedPath {
  root: string;
  dir: string;
  base: string;
  ext: string;
  name: string;
}

function parse(path: unknown): ParsedPath {
  checkString(path, 'path');
  const root = path.startsWith('/') ? '/' : '';
  if (path === '') return { root, dir: '', base: '', ext: '', name: '' };
  const { name: base, start } = lastName(path);
  // Node's quirk: `/..` parses with the extension `.` (its `..` rule looks one place further in).
  const ext = root !== '' && start === 1 && base === '..' ? '.' : extensionOf(base);
  let dir = root;
  if (start > 1 || (start === 1 && root === '')) dir = path.slice(0, start - 1);
  if (dir === '' && root !== '') dir = root;
  return { root, dir, base, ext, name: ext === '' ? base : base.slice(0, -ext.length) };
}

function format(pathObject: unknown): string {
  if (pathObject === null || typeof pathObject !== 'object') {
    checkString(undefined, 'pathObject');
  }
  const parts = pathObject as Partial<ParsedPath>;
  const dir = parts.dir || parts.root;
  const ext = parts.ext ? `${parts.ext.startsWith('.') ? '' : '.'}${parts.ext}` : '';
  const base = parts.base || `${parts.name || ''}${ext}`;
  if (!dir) return base;
  return dir === parts.root ? `${dir}${base}` : `${dir}/${base}`;
}

function toNamespacedPath(path: unknown): unknown {
  return path;
}

function windowsPathsUnavailable(): never {
  throw new Error(
    'path.win32 is not available: Lambda runs on Linux, so this runtime provides POSIX paths only (path.posix).',
  );
}

const win32 = Object.fromEntries(
  [
    'resolve',
    'normalize',
    'isAbsolute',
    'join',
    'relative',
    'dirname',
    'basename',
    'extname',
    'parse',
    'format',
  ].map((name) => [name, windowsPathsUnavailable]),
);

interface PathModule {
  resolve: typeof resolve;
  normalize: typeof normalize;
  isAbsolute: typeof isAbsolute;
  join: typeof join;
  relative: typeof relative;
  dirname: typeof dirname;
  basename: typeof basename;
  extname: typeof extname;
  parse: typeof parse;
  format: typeof format;
  toNamespacedPath: typeof toNamespacedPath;
  sep: '/';
  delimiter: ':';
  posix: PathModule;
  win32: Record<string, (() => never) | string>;
}

export const pathModule = {
  resolve,
  normalize,
  isAbsolute,
  join,
  relative,
  dirname,
  basename,
  extname,
  parse,
  format,
  toNamespacedPath,
  sep: '/',
  delimiter: ':',
  win32: { ...win32, sep: '\\', delimiter: ';' },
} as Omit<PathModule, 'posix'> as PathModule;
pathModule.posix = pathModule;
