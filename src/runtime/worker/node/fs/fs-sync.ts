// fs's synchronous calls over one Volume, with Linux's rules and Node's errors: everything outside
// /tmp is read-only (EROFS), /tmp holds at most the function's ephemeral storage (ENOSPC). The
// callback and promise forms are built on these (fs-module.ts).
import type { Buffer } from '../buffer';
import { invalidArgType } from '../node-errors';
import { fsError } from './fs-errors';
import type { ResolvedPath } from './fs-values';
import {
  asResult,
  bytesOf,
  Dirent,
  encodingOf,
  optionOf,
  parseFlags,
  resolvePath,
  Stats,
} from './fs-values';
import type { DirNode, FsNode, Volume } from './volume';

interface OpenFile {
  node: FsNode;
  shown: string;
  position: number;
  readable: boolean;
  writable: boolean;
  append: boolean;
}

/** fs.constants' access and copy modes. */
export const MODES = { F_OK: 0, X_OK: 1, W_OK: 2, R_OK: 4, COPYFILE_EXCL: 1 } as const;

const TEMP_CHARACTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export function createSyncFs(volume: Volume) {
  const fds = new Map<number, OpenFile>();
  let nextFd = 3;

  const find = (path: ResolvedPath, syscall: string): FsNode => {
    const node = volume.find(path.absolute, syscall, path.shown);
    if (path.dirOnly && node.kind !== 'dir') throw fsError('ENOTDIR', syscall, path.shown);
    return node;
  };
  const findOrNull = (path: ResolvedPath): FsNode | null => {
    try {
      return find(path, 'stat');
    } catch {
      return null;
    }
  };
  const openFile = (fd: unknown, syscall: string): OpenFile => {
    const open = typeof fd === 'number' ? fds.get(fd) : undefined;
    if (typeof fd !== 'number') throw invalidArgType('fd', 'of type number', fd);
    if (!open) throw fsError('EBADF', syscall);
    return open;
  };
  /** The directory a new entry would go in, which must be writable. */
  const writableParent = (path: ResolvedPath, syscall: string, dest?: string) => {
    const { dir, name } = volume.parent(path.absolute, syscall, path.shown);
    if (!dir.writable) throw fsError('EROFS', syscall, path.shown, dest);
    return { dir, name };
  };

  function openSync(pathLike: unknown, flags?: unknown, mode?: unknown): number {
    const path = resolvePath(pathLike);
    const open = parseFlags(flags, 'r');
    const wantsWrite = open.write || open.truncate || open.create;
    let node = findOrNull(path);
    if (node && open.create && open.exclusive) throw fsError('EEXIST', 'open', path.shown);
    if (!node) {
      if (!open.create) {
        find(path, 'open');
        throw fsError('ENOENT', 'open', path.shown);
      }
      const { dir, name } = writableParent(path, 'open');
      if (path.dirOnly) throw fsError('EISDIR', 'open', path.shown);
      const permissions = typeof mode === 'number' ? mode & 0o777 & ~0o022 : 0o644;
      const file = volume.newFile(true, permissions);
      dir.entries.set(name, file);
      volume.touch(dir, 'modify');
      node = file;
    } else if (wantsWrite && !node.writable && node.kind === 'file') {
      throw fsError('EROFS', 'open', path.shown);
    }
    if (node.kind === 'dir' && open.write) throw fsError('EISDIR', 'open', path.shown);
    if (node.kind === 'file' && open.truncate && open.write) volume.resize(node, 0, 'open');
    const fd = nextFd++;
    fds.set(fd, {
      node,
      shown: path.shown,
      position: 0,
      readable: open.read,
      writable: open.write,
      append: open.append,
    });
    return fd;
  }

  function closeSync(fd: unknown): void {
    openFile(fd, 'close');
    fds.delete(fd as number);
  }

  /** readSync(fd, buffer, offset?, length?, position?) or readSync(fd, buffer, { … }). */
  function readSync(fd: unknown, buffer: unknown, ...rest: unknown[]): number {
    const open = openFile(fd, 'read');
    if (!ArrayBuffer.isView(buffer)) {
      throw invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', buffer);
    }
    const target = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    const options = typeof rest[0] === 'object' && rest[0] !== null ? rest[0] : null;
    const offset = Number(options ? (optionOf(options, 'offset') ?? 0) : (rest[0] ?? 0));
    const length = Number(
      options
        ? (optionOf(options, 'length') ?? target.length - offset)
        : (rest[1] ?? target.length - offset),
    );
    const position = (options ? optionOf(options, 'position') : rest[2]) as number | bigint | null;
    if (open.node.kind === 'dir') throw fsError('EISDIR', 'read');
    if (!open.readable) throw fsError('EBADF', 'read');
    const file = open.node;
    const from =
      typeof position === 'number' || typeof position === 'bigint' ? Number(position) : -1;
    const start = from >= 0 ? from : open.position;
    const count = Math.max(0, Math.min(length, file.size - start));
    target.set(file.data.subarray(start, start + count), offset);
    if (from < 0) open.position += count;
    volume.touch(file, 'access');
    return count;
  }

  /** writeSync(fd, buffer, offset?, length?, position?) or writeSync(fd, string, position?, encoding?). */
  function writeSync(fd: unknown, data: unknown, ...rest: unknown[]): number {
    const open = openFile(fd, 'write');
    let bytes: Uint8Array;
    let position: unknown;
    if (typeof data === 'string') {
      bytes = bytesOf(data, typeof rest[1] === 'string' ? rest[1] : 'utf8', 'buffer');
      position = rest[0];
    } else {
      const all = bytesOf(data, null, 'buffer');
      const options = typeof rest[0] === 'object' && rest[0] !== null ? rest[0] : null;
      const offset = Number((options ? optionOf(options, 'offset') : rest[0]) ?? 0);
      const length = Number(
        (options ? optionOf(options, 'length') : rest[1]) ?? all.length - offset,
      );
      bytes = all.subarray(offset, offset + length);
      position = options ? optionOf(options, 'position') : rest[2];
    }
    if (open.node.kind === 'dir') throw fsError('EISDIR', 'write');
    if (!open.writable) throw fsError('EBADF', 'write');
    const file = open.node;
    const explicit = typeof position === 'number' && position >= 0;
    let at = explicit ? (position as number) : open.position;
    if (open.append) at = file.size;
    const written = volume.writeAt(file, bytes, at);
    if (!explicit || open.append) open.position = at + written;
    return written;
  }

  /** Writes every byte (Node's writeFile loop); ENOSPC once /tmp is full. */
  function writeAll(fd: number, bytes: Uint8Array): void {
    let done = 0;
    while (done < bytes.length) done += writeSync(fd, bytes.subarray(done));
  }

  function readAll(fd: number): Uint8Array {
    const open = openFile(fd, 'read');
    if (open.node.kind === 'dir') throw fsError('EISDIR', 'read');
    if (!open.readable) throw fsError('EBADF', 'read');
    const file = open.node;
    const bytes = file.data.slice(open.position, file.size);
    open.position = file.size;
    volume.touch(file, 'access');
    return bytes;
  }

  /** Runs `run` on the fd given, or on one opened (and closed) for the path given. */
  function withFd<T>(target: unknown, flags: unknown, run: (fd: number) => T): T {
    if (typeof target === 'number') return run(target);
    const fd = openSync(target, flags);
    try {
      return run(fd);
    } finally {
      closeSync(fd);
    }
  }

  function readFileSync(target: unknown, options?: unknown): Buffer | string {
    const bytes = withFd(target, optionOf(options, 'flag') ?? 'r', readAll);
    return asResult(bytes, encodingOf(options));
  }

  function writeFileSync(target: unknown, data: unknown, options?: unknown): void {
    const bytes = bytesOf(data, encodingOf(options, 'utf8'));
    withFd(target, optionOf(options, 'flag') ?? 'w', (fd) => writeAll(fd, bytes));
  }

  function appendFileSync(target: unknown, data: unknown, options?: unknown): void {
    const bytes = bytesOf(data, encodingOf(options, 'utf8'));
    withFd(target, optionOf(options, 'flag') ?? 'a', (fd) => writeAll(fd, bytes));
  }

  function existsSync(pathLike: unknown): boolean {
    try {
      return findOrNull(resolvePath(pathLike)) !== null;
    } catch {
      return false;
    }
  }

  function accessSync(pathLike: unknown, mode: unknown = MODES.F_OK): void {
    const path = resolvePath(pathLike);
    const node = find(path, 'access');
    if (typeof mode === 'number' && (mode & MODES.W_OK) !== 0 && !node.writable) {
      throw fsError('EROFS', 'access', path.shown);
    }
  }

  function statSync(pathLike: unknown, options?: unknown): Stats | undefined {
    const path = resolvePath(pathLike);
    if (optionOf(options, 'throwIfNoEntry') === false && !findOrNull(path)) return undefined;
    return new Stats(find(path, 'stat'));
  }

  function lstatSync(pathLike: unknown, options?: unknown): Stats | undefined {
    const path = resolvePath(pathLike);
    if (optionOf(options, 'throwIfNoEntry') === false && !findOrNull(path)) return undefined;
    return new Stats(find(path, 'lstat'));
  }

  function fstatSync(fd: unknown): Stats {
    return new Stats(openFile(fd, 'fstat').node);
  }

  function mkdirSync(pathLike: unknown, options?: unknown): string | undefined {
    const path = resolvePath(pathLike);
    const recursive = optionOf(options, 'recursive') === true;
    const permissions =
      typeof options === 'number' ? options : (optionOf<number>(options, 'mode') ?? 0o777);
    if (!recursive) {
      const existing = findOrNull(path);
      if (existing) throw fsError('EEXIST', 'mkdir', path.shown);
      const { dir, name } = writableParent(path, 'mkdir');
      dir.entries.set(name, volume.newDir(true, permissions & 0o777 & ~0o022));
      volume.touch(dir, 'modify');
      return undefined;
    }
    // Recursive: make each missing directory; the first one made is returned.
    let dir: DirNode = volume.root;
    let first: string | undefined;
    let walked = '';
    for (const name of path.absolute.split('/').filter(Boolean)) {
      walked += `/${name}`;
      const next = dir.entries.get(name);
      if (next?.kind === 'file') throw fsError('ENOTDIR', 'mkdir', path.shown);
      if (next) {
        dir = next;
        continue;
      }
      if (!dir.writable) throw fsError('EROFS', 'mkdir', path.shown);
      const made = volume.newDir(true, permissions & 0o777 & ~0o022);
      dir.entries.set(name, made);
      volume.touch(dir, 'modify');
      first ??= walked;
      dir = made;
    }
    return first;
  }

  function readdirSync(pathLike: unknown, options?: unknown): Array<string | Dirent> {
    const path = resolvePath(pathLike);
    const node = find(path, 'scandir');
    if (node.kind !== 'dir') throw fsError('ENOTDIR', 'scandir', path.shown);
    const withFileTypes = optionOf(options, 'withFileTypes') === true;
    const recursive = optionOf(options, 'recursive') === true;
    const listed: Array<string | Dirent> = [];
    const visit = (dir: DirNode, prefix: string, parentPath: string) => {
      for (const [name, child] of dir.entries) {
        listed.push(
          withFileTypes ? new Dirent(name, parentPath, child.kind === 'dir') : prefix + name,
        );
        if (recursive && child.kind === 'dir') {
          visit(child, `${prefix}${name}/`, `${parentPath}/${name}`);
        }
      }
    };
    visit(node, '', path.shown.replace(/\/+$/, '') || '/');
    volume.touch(node, 'access');
    return listed;
  }

  function unlinkSync(pathLike: unknown): void {
    const path = resolvePath(pathLike);
    const node = find(path, 'unlink');
    if (!node.writable) throw fsError('EROFS', 'unlink', path.shown);
    if (node.kind === 'dir') throw fsError('EISDIR', 'unlink', path.shown);
    const { dir, name } = volume.parent(path.absolute, 'unlink', path.shown);
    dir.entries.delete(name);
    volume.release(node);
    volume.touch(dir, 'modify');
  }

  function removeDirectory(path: ResolvedPath, syscall: string, recursive: boolean): void {
    const node = find(path, syscall);
    if (node.kind !== 'dir') throw fsError('ENOTDIR', syscall, path.shown);
    if (!node.writable || path.absolute === '/tmp') {
      throw fsError(node.writable ? 'EBUSY' : 'EROFS', syscall, path.shown);
    }
    if (node.entries.size > 0 && !recursive) throw fsError('ENOTEMPTY', syscall, path.shown);
    const { dir, name } = volume.parent(path.absolute, syscall, path.shown);
    dir.entries.delete(name);
    volume.release(node);
    volume.touch(dir, 'modify');
  }

  function rmdirSync(pathLike: unknown, options?: unknown): void {
    removeDirectory(resolvePath(pathLike), 'rmdir', optionOf(options, 'recursive') === true);
  }

  function rmSync(pathLike: unknown, options?: unknown): void {
    const path = resolvePath(pathLike);
    const node = findOrNull(path);
    if (!node) {
      if (optionOf(options, 'force') === true) return;
      find(path, 'rm');
      throw fsError('ENOENT', 'rm', path.shown);
    }
    if (node.kind === 'file') return unlinkSync(pathLike);
    if (optionOf(options, 'recursive') !== true) {
      const message = `Path is a directory: rm returned EISDIR (is a directory) ${path.shown}`;
      const error = new Error(message);
      error.name = 'SystemError';
      throw Object.assign(error, {
        code: 'ERR_FS_EISDIR',
        errno: 21,
        syscall: 'rm',
        path: path.shown,
      });
    }
    removeDirectory(path, 'rm', true);
  }

  function renameSync(fromLike: unknown, toLike: unknown): void {
    const from = resolvePath(fromLike, 'oldPath');
    const to = resolvePath(toLike, 'newPath');
    const node = find(from, 'rename');
    const target = volume.parent(to.absolute, 'rename', from.shown);
    if (!node.writable || !target.dir.writable) {
      const kind = node.writable !== target.dir.writable ? 'EXDEV' : 'EROFS';
      throw fsError(kind, 'rename', from.shown, to.shown);
    }
    if (from.absolute === to.absolute) return;
    if (node.kind === 'dir' && `${to.absolute}/`.startsWith(`${from.absolute}/`)) {
      throw fsError('EINVAL', 'rename', from.shown, to.shown);
    }
    const replaced = target.dir.entries.get(target.name);
    if (replaced?.kind === 'dir' && node.kind === 'file') {
      throw fsError('EISDIR', 'rename', from.shown, to.shown);
    }
    if (replaced?.kind === 'dir' && replaced.entries.size > 0) {
      throw fsError('ENOTEMPTY', 'rename', from.shown, to.shown);
    }
    if (replaced?.kind === 'file' && node.kind === 'dir') {
      throw fsError('ENOTDIR', 'rename', from.shown, to.shown);
    }
    const source = volume.parent(from.absolute, 'rename', from.shown);
    source.dir.entries.delete(source.name);
    if (replaced) volume.release(replaced);
    target.dir.entries.set(target.name, node);
    volume.touch(node, 'change');
    volume.touch(source.dir, 'modify');
    volume.touch(target.dir, 'modify');
  }

  function copyFileSync(srcLike: unknown, destLike: unknown, mode?: unknown): void {
    const src = resolvePath(srcLike, 'src');
    const dest = resolvePath(destLike, 'dest');
    const node = find(src, 'copyfile');
    if (node.kind === 'dir') throw fsError('EISDIR', 'copyfile', src.shown, dest.shown);
    const existing = findOrNull(dest);
    if (existing && typeof mode === 'number' && (mode & MODES.COPYFILE_EXCL) !== 0) {
      throw fsError('EEXIST', 'copyfile', src.shown, dest.shown);
    }
    if (existing?.kind === 'dir') throw fsError('EISDIR', 'copyfile', src.shown, dest.shown);
    if (!(existing ?? volume.parent(dest.absolute, 'copyfile', src.shown).dir).writable) {
      throw fsError('EROFS', 'copyfile', src.shown, dest.shown);
    }
    const bytes = node.data.slice(0, node.size);
    const fd = openSync(destLike, 'w');
    try {
      writeAll(fd, bytes);
    } finally {
      closeSync(fd);
    }
  }

  function truncateOpen(open: OpenFile, length: unknown, syscall: string): void {
    if (open.node.kind === 'dir') throw fsError('EISDIR', syscall);
    if (!open.writable) throw fsError('EINVAL', syscall);
    volume.resize(open.node, Math.max(0, Number(length ?? 0)), syscall);
    volume.touch(open.node, 'modify');
  }

  function ftruncateSync(fd: unknown, length?: unknown): void {
    truncateOpen(openFile(fd, 'ftruncate'), length, 'ftruncate');
  }

  function truncateSync(target: unknown, length?: unknown): void {
    withFd(target, 'r+', (fd) => truncateOpen(openFile(fd, 'ftruncate'), length, 'ftruncate'));
  }

  function mkdtempSync(prefix: unknown): string {
    if (typeof prefix !== 'string') throw invalidArgType('prefix', 'of type string', prefix);
    for (;;) {
      let suffix = '';
      for (let i = 0; i < 6; i++) {
        suffix += TEMP_CHARACTERS[Math.floor(Math.random() * TEMP_CHARACTERS.length)];
      }
      const path = resolvePath(prefix + suffix);
      if (findOrNull(path)) continue;
      try {
        const { dir, name } = writableParent(path, 'mkdtemp');
        dir.entries.set(name, volume.newDir(true, 0o700));
      } catch (error) {
        const failed = error as { message: string; path?: string };
        const template = `${prefix}XXXXXX`;
        failed.message = failed.message.replace(`'${path.shown}'`, `'${template}'`);
        failed.path = template;
        throw error;
      }
      return path.shown;
    }
  }

  function realpathSync(pathLike: unknown): string {
    const path = resolvePath(pathLike);
    find(path, 'realpath');
    return path.absolute;
  }

  /** chmod and utimes change nothing a handler can observe here but still obey read-only. */
  function metadataChange(syscall: string) {
    return (pathLike: unknown): void => {
      const path = resolvePath(pathLike);
      const node = find(path, syscall);
      if (!node.writable) throw fsError('EROFS', syscall, path.shown);
      volume.touch(node, 'change');
    };
  }

  return {
    openSync,
    closeSync,
    readSync,
    writeSync,
    readFileSync,
    writeFileSync,
    appendFileSync,
    existsSync,
    accessSync,
    statSync,
    lstatSync,
    fstatSync,
    mkdirSync,
    readdirSync,
    unlinkSync,
    rmdirSync,
    rmSync,
    renameSync,
    copyFileSync,
    truncateSync,
    ftruncateSync,
    mkdtempSync,
    realpathSync,
    chmodSync: metadataChange('chmod'),
    utimesSync: metadataChange('utime'),
  };
}

export type SyncFs = ReturnType<typeof createSyncFs>;
