// What fs's arguments and results are made of: paths as Node takes them, open flags, encodings,
// Stats and Dirent.
import { Buffer } from '../buffer';
import { invalidArgType, nodeError } from '../node-errors';
import { pathModule } from '../path';
import type { FsNode } from './volume';

export type PathLike = string | Uint8Array | URL;

/** The path as the learner gave it (for messages) and as the volume finds it. */
export interface ResolvedPath {
  shown: string;
  absolute: string;
  /** Written with a trailing slash: it must name a directory. */
  dirOnly: boolean;
}

export function resolvePath(path: unknown, name = 'path'): ResolvedPath {
  let shown: string;
  if (typeof path === 'string') shown = path;
  else if (path instanceof Uint8Array) shown = Buffer.from(path).toString('utf8');
  else if (path instanceof URL && path.protocol === 'file:') {
    shown = decodeURIComponent(path.pathname);
  } else {
    throw invalidArgType(name, 'of type string or an instance of Buffer or URL', path);
  }
  if (shown.includes('\0')) {
    throw nodeError(
      TypeError,
      'ERR_INVALID_ARG_VALUE',
      `The argument '${name}' must be a string, Uint8Array, or URL without null bytes. Received ${JSON.stringify(shown)}`,
    );
  }
  return {
    shown,
    absolute: pathModule.resolve(shown),
    dirOnly: shown.length > 1 && shown.endsWith('/'),
  };
}

export interface OpenFlags {
  read: boolean;
  write: boolean;
  create: boolean;
  exclusive: boolean;
  truncate: boolean;
  append: boolean;
}

/** fs.constants' open flags, Linux's values. */
export const O = {
  O_RDONLY: 0,
  O_WRONLY: 1,
  O_RDWR: 2,
  O_CREAT: 64,
  O_EXCL: 128,
  O_TRUNC: 512,
  O_APPEND: 1024,
} as const;

const NAMED_FLAGS: ReadonlyMap<string, number> = new Map([
  ['r', O.O_RDONLY],
  ['rs', O.O_RDONLY],
  ['sr', O.O_RDONLY],
  ['r+', O.O_RDWR],
  ['rs+', O.O_RDWR],
  ['sr+', O.O_RDWR],
  ['w', O.O_TRUNC | O.O_CREAT | O.O_WRONLY],
  ['wx', O.O_TRUNC | O.O_CREAT | O.O_WRONLY | O.O_EXCL],
  ['xw', O.O_TRUNC | O.O_CREAT | O.O_WRONLY | O.O_EXCL],
  ['w+', O.O_TRUNC | O.O_CREAT | O.O_RDWR],
  ['wx+', O.O_TRUNC | O.O_CREAT | O.O_RDWR | O.O_EXCL],
  ['xw+', O.O_TRUNC | O.O_CREAT | O.O_RDWR | O.O_EXCL],
  ['a', O.O_APPEND | O.O_CREAT | O.O_WRONLY],
  ['ax', O.O_APPEND | O.O_CREAT | O.O_WRONLY | O.O_EXCL],
  ['xa', O.O_APPEND | O.O_CREAT | O.O_WRONLY | O.O_EXCL],
  ['as', O.O_APPEND | O.O_CREAT | O.O_WRONLY],
  ['sa', O.O_APPEND | O.O_CREAT | O.O_WRONLY],
  ['a+', O.O_APPEND | O.O_CREAT | O.O_RDWR],
  ['ax+', O.O_APPEND | O.O_CREAT | O.O_RDWR | O.O_EXCL],
  ['xa+', O.O_APPEND | O.O_CREAT | O.O_RDWR | O.O_EXCL],
  ['as+', O.O_APPEND | O.O_CREAT | O.O_RDWR],
  ['sa+', O.O_APPEND | O.O_CREAT | O.O_RDWR],
]);

export function parseFlags(flags: unknown, fallback: string): OpenFlags {
  const given = flags ?? fallback;
  const bits = typeof given === 'number' ? given : NAMED_FLAGS.get(String(given));
  if (bits === undefined) {
    throw nodeError(
      TypeError,
      'ERR_INVALID_ARG_VALUE',
      `The argument 'flags' is invalid. Received ${String(given)}`,
    );
  }
  const access = bits & 3;
  return {
    read: access === O.O_RDONLY || access === O.O_RDWR,
    write: access === O.O_WRONLY || access === O.O_RDWR,
    create: (bits & O.O_CREAT) !== 0,
    exclusive: (bits & O.O_EXCL) !== 0,
    truncate: (bits & O.O_TRUNC) !== 0,
    append: (bits & O.O_APPEND) !== 0,
  };
}

export type Encoding = string | null;

/** `'utf8'` or `{ encoding: 'utf8' }` → `'utf8'`; nothing → null (bytes). */
export function encodingOf(options: unknown, fallback: Encoding = null): Encoding {
  if (typeof options === 'string') return options;
  if (options !== null && typeof options === 'object' && 'encoding' in options) {
    const encoding = (options as { encoding?: unknown }).encoding;
    return typeof encoding === 'string' ? encoding : null;
  }
  return fallback;
}

export function optionOf<T>(options: unknown, key: string): T | undefined {
  if (options === null || typeof options !== 'object') return undefined;
  return (options as Record<string, T | undefined>)[key];
}

/** Data to write, as bytes: strings in their encoding, any ArrayBufferView as its bytes. */
export function bytesOf(data: unknown, encoding: Encoding, name = 'data'): Uint8Array {
  // Any of Buffer's encodings; an unknown one fails inside Buffer with Node's own error.
  if (typeof data === 'string') return Buffer.from(data, (encoding ?? 'utf8') as 'utf8');
  if (ArrayBuffer.isView(data))
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw invalidArgType(
    name,
    'of type string or an instance of Buffer, TypedArray, or DataView',
    data,
  );
}

/** Bytes as Node returns them: a Buffer, or a string in the asked-for encoding. */
export function asResult(bytes: Uint8Array, encoding: Encoding): Buffer | string {
  const buffer = Buffer.from(bytes);
  return encoding === null || encoding === 'buffer' ? buffer : buffer.toString(encoding as 'utf8');
}

/**
 * Lambda runs functions as a non-root sandbox user (`sbx_user…`) and the package belongs to root;
 * the user's ids here are representative, not documented.
 */
const OWNER = { user: { uid: 993, gid: 990 }, root: { uid: 0, gid: 0 } };

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;

/**
 * The type questions Stats and Dirent both answer. Only files and directories exist here: no
 * links, devices, pipes or sockets.
 */
abstract class FileType {
  protected abstract fileTypeBits(): number;

  isFile(): boolean {
    return this.fileTypeBits() === S_IFREG;
  }
  isDirectory(): boolean {
    return this.fileTypeBits() === S_IFDIR;
  }
  isSymbolicLink(): boolean {
    return false;
  }
  isBlockDevice(): boolean {
    return false;
  }
  isCharacterDevice(): boolean {
    return false;
  }
  isFIFO(): boolean {
    return false;
  }
  isSocket(): boolean {
    return false;
  }
}

export class Stats extends FileType {
  dev: number;
  mode: number;
  nlink: number;
  uid: number;
  gid: number;
  rdev = 0;
  blksize = 4096;
  ino: number;
  size: number;
  blocks: number;
  atimeMs: number;
  mtimeMs: number;
  ctimeMs: number;
  birthtimeMs: number;
  atime: Date;
  mtime: Date;
  ctime: Date;
  birthtime: Date;

  constructor(node: FsNode) {
    super();
    const owner = node.writable ? OWNER.user : OWNER.root;
    this.dev = node.writable ? 66306 : 66305;
    this.mode = node.mode;
    this.nlink = node.kind === 'dir' ? 2 : 1;
    this.uid = owner.uid;
    this.gid = owner.gid;
    this.ino = node.ino;
    this.size = node.kind === 'file' ? node.size : 4096;
    this.blocks = Math.ceil(this.size / 4096) * 8;
    this.atimeMs = node.atimeMs;
    this.mtimeMs = node.mtimeMs;
    this.ctimeMs = node.ctimeMs;
    this.birthtimeMs = node.birthtimeMs;
    this.atime = new Date(node.atimeMs);
    this.mtime = new Date(node.mtimeMs);
    this.ctime = new Date(node.ctimeMs);
    this.birthtime = new Date(node.birthtimeMs);
  }

  protected override fileTypeBits(): number {
    return this.mode & S_IFMT;
  }
}

export class Dirent extends FileType {
  name: string;
  parentPath: string;
  /** Deprecated alias of parentPath, still present on Node 22. */
  path: string;
  readonly #directory: boolean;

  constructor(name: string, parentPath: string, directory: boolean) {
    super();
    this.name = name;
    this.parentPath = parentPath;
    this.path = parentPath;
    this.#directory = directory;
  }

  protected override fileTypeBits(): number {
    return this.#directory ? S_IFDIR : S_IFREG;
  }
}
