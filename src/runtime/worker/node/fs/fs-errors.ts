// The errors Node's fs throws for a failed system call (its uvException): a plain Error whose
// message is `CODE: description, syscall 'path'` (`-> 'dest'` for two paths), with errno, code,
// syscall and path as own properties. Linux's errno numbers, as on Lambda.

const DESCRIPTIONS = {
  EPERM: [-1, 'operation not permitted'],
  ENOENT: [-2, 'no such file or directory'],
  EBADF: [-9, 'bad file descriptor'],
  EACCES: [-13, 'permission denied'],
  EBUSY: [-16, 'resource busy or locked'],
  EEXIST: [-17, 'file already exists'],
  EXDEV: [-18, 'cross-device link not permitted'],
  ENOTDIR: [-20, 'not a directory'],
  EISDIR: [-21, 'illegal operation on a directory'],
  EINVAL: [-22, 'invalid argument'],
  ENOSPC: [-28, 'no space left on device'],
  EROFS: [-30, 'read-only file system'],
  ENOTEMPTY: [-39, 'directory not empty'],
} as const;

export type FsErrorCode = keyof typeof DESCRIPTIONS;

export interface FsError extends Error {
  errno: number;
  code: FsErrorCode;
  syscall: string;
  path?: string;
  dest?: string;
}

export function fsError(code: FsErrorCode, syscall: string, path?: string, dest?: string): FsError {
  const [errno, description] = DESCRIPTIONS[code];
  let message = `${code}: ${description}, ${syscall}`;
  if (path !== undefined) message += ` '${path}'`;
  if (dest !== undefined) message += ` -> '${dest}'`;
  const error = new Error(message) as FsError;
  error.errno = errno;
  error.code = code;
  error.syscall = syscall;
  if (path !== undefined) error.path = path;
  if (dest !== undefined) error.dest = dest;
  return error;
}

/** True for errors this module made, so a wrapper can tell them from its own bugs. */
export function isFsError(error: unknown): error is FsError {
  return error instanceof Error && typeof (error as Partial<FsError>).syscall === 'string';
}
