// The file tree of one execution environment, in memory: the deployment package read-only under
// /var/task, an empty writable /tmp of the function's ephemeral storage size, and nothing else
// writable (docs/aws-lambda.md#tmp-and-vartask). It lives as long as the worker, so /tmp is kept
// across warm invokes and gone with the environment.
import { fsError } from './fs-errors';

export interface Times {
  atimeMs: number;
  mtimeMs: number;
  ctimeMs: number;
  birthtimeMs: number;
}

export interface FileNode extends Times {
  kind: 'file';
  ino: number;
  mode: number;
  /** The bytes; `data.length` may run ahead of `size` so appends do not copy every time. */
  data: Uint8Array;
  size: number;
  writable: boolean;
}

export interface DirNode extends Times {
  kind: 'dir';
  ino: number;
  mode: number;
  entries: Map<string, FsNode>;
  writable: boolean;
}

export type FsNode = FileNode | DirNode;

export const TMP = '/tmp';
export const MIB = 1024 * 1024;

export interface VolumeOptions {
  /** /tmp's size in bytes. */
  capacityBytes: number;
  /** The deployment package: paths under /var/task and their contents. */
  taskFiles: ReadonlyMap<string, Uint8Array>;
  now(): number;
}

export class Volume {
  readonly root: DirNode;
  readonly capacityBytes: number;
  /** Bytes held by files in /tmp. */
  used = 0;
  readonly #now: () => number;
  #nextIno = 2;

  constructor(options: VolumeOptions) {
    this.capacityBytes = options.capacityBytes;
    this.#now = options.now;
    this.root = this.newDir(false, 0o755);
    const root = this.root;
    root.entries.set('tmp', this.newDir(true, 0o1777));
    root.entries.set('opt', this.newDir(false, 0o755));
    const varDir = this.newDir(false, 0o755);
    root.entries.set('var', varDir);
    varDir.entries.set('runtime', this.newDir(false, 0o755));
    const task = this.newDir(false, 0o755);
    varDir.entries.set('task', task);
    for (const [path, data] of options.taskFiles) this.#place(task, path, data);
  }

  #place(task: DirNode, relativePath: string, data: Uint8Array): void {
    const names = relativePath.split('/').filter((name) => name !== '' && name !== '.');
    const fileName = names.pop();
    if (fileName === undefined) return;
    let dir = task;
    for (const name of names) {
      const next = dir.entries.get(name);
      if (next?.kind === 'file') return;
      dir = next ?? this.#added(dir, name, this.newDir(false, 0o755));
    }
    const file = this.newFile(false, 0o644);
    file.data = data;
    file.size = data.length;
    dir.entries.set(fileName, file);
  }

  #added(dir: DirNode, name: string, node: DirNode): DirNode {
    dir.entries.set(name, node);
    return node;
  }

  #times(): Times {
    const now = this.#now();
    return { atimeMs: now, mtimeMs: now, ctimeMs: now, birthtimeMs: now };
  }

  newDir(writable: boolean, permissions = 0o755): DirNode {
    const ino = this.#nextIno++;
    const mode = 0o040000 | permissions;
    return { kind: 'dir', ino, mode, entries: new Map(), writable, ...this.#times() };
  }

  newFile(writable: boolean, permissions = 0o644): FileNode {
    const ino = this.#nextIno++;
    const mode = 0o100000 | permissions;
    return {
      kind: 'file',
      ino,
      mode,
      data: new Uint8Array(0),
      size: 0,
      writable,
      ...this.#times(),
    };
  }

  touch(node: FsNode, what: 'access' | 'modify' | 'change'): void {
    const now = this.#now();
    if (what === 'access') node.atimeMs = now;
    if (what === 'modify') node.mtimeMs = now;
    if (what !== 'access') node.ctimeMs = now;
  }

  /** The node at an absolute, normalized path, or the error Linux gives on the way there. */
  find(absolute: string, syscall: string, shown: string): FsNode {
    let node: FsNode = this.root;
    for (const name of absolute.split('/').filter(Boolean)) {
      if (node.kind !== 'dir') throw fsError('ENOTDIR', syscall, shown);
      const next = node.entries.get(name);
      if (next === undefined) throw fsError('ENOENT', syscall, shown);
      node = next;
    }
    return node;
  }

  /** The directory that holds (or would hold) a path, and the path's last name. */
  parent(absolute: string, syscall: string, shown: string): { dir: DirNode; name: string } {
    const cut = absolute.lastIndexOf('/');
    const name = absolute.slice(cut + 1);
    const dir = this.find(absolute.slice(0, cut) || '/', syscall, shown);
    if (dir.kind !== 'dir') throw fsError('ENOTDIR', syscall, shown);
    return { dir, name };
  }

  /** Sets a file's length, holding /tmp to its size. Grows in place where the buffer allows. */
  resize(file: FileNode, size: number, syscall: string): void {
    const grow = size - file.size;
    if (grow > 0 && this.used + grow > this.capacityBytes) throw fsError('ENOSPC', syscall);
    if (size > file.data.length) {
      // Doubling (up to 64 MiB at a time) keeps a run of appends from copying on every write.
      const doubled = Math.min(Math.max(file.data.length * 2, 64 * 1024), size + 64 * MIB);
      const data = new Uint8Array(Math.max(size, doubled));
      data.set(file.data.subarray(0, file.size));
      file.data = data;
    } else if (grow < 0) {
      file.data.fill(0, size, file.size);
    }
    if (file.writable) this.used += grow;
    file.size = size;
  }

  /**
   * Writes at `position`, as much as /tmp has room for (as write(2) does); a write that fits
   * nothing fails with ENOSPC, so Node's write loops end with `ENOSPC: no space left on device, write`.
   */
  writeAt(file: FileNode, bytes: Uint8Array, position: number): number {
    if (bytes.length === 0) return 0;
    const end = position + bytes.length;
    const room = file.writable ? this.capacityBytes - this.used : Infinity;
    const growth = Math.max(0, end - file.size);
    const fits = growth <= room ? bytes.length : bytes.length - (growth - room);
    if (fits <= 0) throw fsError('ENOSPC', 'write');
    if (position + fits > file.size) this.resize(file, position + fits, 'write');
    file.data.set(bytes.subarray(0, fits), position);
    this.touch(file, 'modify');
    return fits;
  }

  /** Frees the bytes of a node leaving the tree (a directory's whole subtree). */
  release(node: FsNode): void {
    if (node.kind === 'file') {
      if (node.writable) this.used -= node.size;
      return;
    }
    for (const child of node.entries.values()) this.release(child);
  }
}
