// `fs` and `fs/promises` for one execution environment: the synchronous calls (fs-sync.ts), their
// callback forms (answered on a later turn of the event loop, as Node's are), their promise forms
// with FileHandle, the two streams, and fs.constants.
//
// An own implementation rather than memfs: memfs's core alone is about 170 KB minified, several
// times this whole runtime; what Lambda's /tmp needs (one writable mount of fixed size, the rest
// read-only) is a small tree with Node's errors.
import type { Buffer } from '../buffer';
import { invalidArgType } from '../node-errors';
import { createReadStream, createWriteStream } from './fs-streams';
import { createSyncFs, MODES } from './fs-sync';
import type { SyncFs } from './fs-sync';
import { Dirent, O, Stats } from './fs-values';
import { MIB, Volume } from './volume';

type Defer = (task: () => void) => void;
type Callback = (...args: unknown[]) => void;

export interface FsHost {
  /** /tmp's size in MB (the function's ephemeral storage). */
  storageMB: number;
  /** The deployment package under /var/task, by relative path. */
  taskFiles: ReadonlyMap<string, Uint8Array>;
  /** Runs a task on a later turn of the instance's event loop (its tracked setImmediate). */
  defer: Defer;
  now(): number;
}

export const fsConstants = {
  ...MODES,
  ...O,
  COPYFILE_FICLONE: 2,
  COPYFILE_FICLONE_FORCE: 4,
  S_IFMT: 0o170000,
  S_IFREG: 0o100000,
  S_IFDIR: 0o040000,
  S_IFLNK: 0o120000,
};

function takeCallback(args: unknown[]): Callback {
  const callback = args.pop();
  if (typeof callback !== 'function') throw invalidArgType('cb', 'of type function', callback);
  return callback as Callback;
}

class FileHandle {
  readonly fd: number;
  readonly #fs: SyncFs;

  constructor(fs: SyncFs, fd: number) {
    this.fd = fd;
    this.#fs = fs;
  }

  async readFile(options?: unknown) {
    return this.#fs.readFileSync(this.fd, options);
  }
  async writeFile(data: unknown, options?: unknown) {
    this.#fs.writeFileSync(this.fd, data, options);
  }
  async appendFile(data: unknown, options?: unknown) {
    this.#fs.appendFileSync(this.fd, data, options);
  }
  async read(buffer: Uint8Array, ...rest: unknown[]) {
    const bytesRead = this.#fs.readSync(this.fd, buffer, ...rest);
    return { bytesRead, buffer };
  }
  async write(data: unknown, ...rest: unknown[]) {
    const bytesWritten = this.#fs.writeSync(this.fd, data, ...rest);
    return { bytesWritten, buffer: data };
  }
  async stat() {
    return this.#fs.fstatSync(this.fd);
  }
  async truncate(length?: number) {
    this.#fs.ftruncateSync(this.fd, length);
  }
  async close() {
    this.#fs.closeSync(this.fd);
  }
  async [Symbol.asyncDispose]() {
    try {
      this.#fs.closeSync(this.fd);
    } catch {
      // Closed already.
    }
  }
}

/** A path, or a FileHandle's fd, for the calls that take either. */
const pathOrFd = (target: unknown): unknown => (target instanceof FileHandle ? target.fd : target);

export function createFsModules(host: FsHost) {
  const volume = new Volume({
    capacityBytes: host.storageMB * MIB,
    taskFiles: host.taskFiles,
    now: host.now,
  });
  const sync = createSyncFs(volume);
  const { defer } = host;

  /** `fs.x(…, callback)`: the sync call now, its answer on a later turn. */
  const callbackForm =
    <A extends unknown[]>(call: (...args: A) => unknown) =>
    (...args: unknown[]): void => {
      const callback = takeCallback(args);
      let result: unknown;
      try {
        result = call(...(args as A));
      } catch (error) {
        defer(() => callback(error));
        return;
      }
      defer(() => callback(null, result));
    };
  const promiseForm =
    <A extends unknown[], R>(call: (...args: A) => R) =>
    async (...args: A): Promise<R> =>
      call(...args);

  const promises = {
    access: promiseForm(sync.accessSync),
    appendFile: promiseForm((target: unknown, data: unknown, options?: unknown) =>
      sync.appendFileSync(pathOrFd(target), data, options),
    ),
    copyFile: promiseForm(sync.copyFileSync),
    chmod: promiseForm(sync.chmodSync),
    lstat: promiseForm(sync.lstatSync),
    mkdir: promiseForm(sync.mkdirSync),
    mkdtemp: promiseForm(sync.mkdtempSync),
    open: promiseForm(
      (path: unknown, flags?: unknown, mode?: unknown) =>
        new FileHandle(sync, sync.openSync(path, flags, mode)),
    ),
    readdir: promiseForm(sync.readdirSync),
    readFile: promiseForm((target: unknown, options?: unknown): Buffer | string =>
      sync.readFileSync(pathOrFd(target), options),
    ),
    realpath: promiseForm(sync.realpathSync),
    rename: promiseForm(sync.renameSync),
    rm: promiseForm(sync.rmSync),
    rmdir: promiseForm(sync.rmdirSync),
    stat: promiseForm(sync.statSync),
    truncate: promiseForm(sync.truncateSync),
    unlink: promiseForm(sync.unlinkSync),
    utimes: promiseForm(sync.utimesSync),
    writeFile: promiseForm((target: unknown, data: unknown, options?: unknown) =>
      sync.writeFileSync(pathOrFd(target), data, options),
    ),
    constants: fsConstants,
  };

  const fs = {
    ...sync,
    access: callbackForm(sync.accessSync),
    appendFile: callbackForm(sync.appendFileSync),
    chmod: callbackForm(sync.chmodSync),
    close: callbackForm(sync.closeSync),
    copyFile: callbackForm(sync.copyFileSync),
    /** The oldest form: the callback gets only a boolean. */
    exists(path: unknown, callback: (exists: boolean) => void) {
      const exists = sync.existsSync(path);
      defer(() => callback(exists));
    },
    fstat: callbackForm(sync.fstatSync),
    ftruncate: callbackForm(sync.ftruncateSync),
    lstat: callbackForm(sync.lstatSync),
    mkdir: callbackForm(sync.mkdirSync),
    mkdtemp: callbackForm(sync.mkdtempSync),
    open: callbackForm(sync.openSync),
    read(fd: unknown, buffer: unknown, ...rest: unknown[]) {
      const callback = takeCallback(rest);
      try {
        const bytesRead = sync.readSync(fd, buffer, ...rest);
        defer(() => callback(null, bytesRead, buffer));
      } catch (error) {
        defer(() => callback(error));
      }
    },
    readdir: callbackForm(sync.readdirSync),
    readFile: callbackForm(sync.readFileSync),
    realpath: callbackForm(sync.realpathSync),
    rename: callbackForm(sync.renameSync),
    rm: callbackForm(sync.rmSync),
    rmdir: callbackForm(sync.rmdirSync),
    stat: callbackForm(sync.statSync),
    truncate: callbackForm(sync.truncateSync),
    unlink: callbackForm(sync.unlinkSync),
    utimes: callbackForm(sync.utimesSync),
    write(fd: unknown, data: unknown, ...rest: unknown[]) {
      const callback = takeCallback(rest);
      try {
        const written = sync.writeSync(fd, data, ...rest);
        defer(() => callback(null, written, data));
      } catch (error) {
        defer(() => callback(error));
      }
    },
    writeFile: callbackForm(sync.writeFileSync),
    createReadStream: (path: unknown, options?: unknown) =>
      createReadStream(
        sync,
        defer,
        path,
        typeof options === 'string' ? { encoding: options } : options,
      ),
    createWriteStream: (path: unknown, options?: unknown) =>
      createWriteStream(
        sync,
        defer,
        path,
        typeof options === 'string' ? { encoding: options } : options,
      ),
    constants: fsConstants,
    ...fsConstants,
    Stats,
    Dirent,
    promises,
  };
  return { fs, promises, volume };
}
