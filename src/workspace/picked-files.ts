// Files the learner picked for an import, checked against the import's limits by their sizes
// before a byte is read: a picked folder can hold a whole node_modules, or a multi-gigabyte file.
import type { FileBytes } from '../share';
import { IMPORT_LIMITS, isSkippedPath } from '../share';

/** A picked file, not read yet (a `File` from the file input). */
export interface PickedFile {
  /** Its path in the picked folder, or its name. */
  path: string;
  size: number;
  read(): Promise<Uint8Array>;
}

const MB = 1024 * 1024;

export function isZip(files: readonly PickedFile[]): boolean {
  return files.length === 1 && /\.zip$/i.test(files[0]!.path);
}

/** The files an import reads (installed packages and build output are skipped), or why none. */
export function filesToRead(files: readonly PickedFile[]): PickedFile[] | string {
  if (isZip(files)) {
    const { size } = files[0]!;
    return size > IMPORT_LIMITS.zipBytes
      ? `The zip is larger than ${IMPORT_LIMITS.zipBytes / MB} MB.`
      : [...files];
  }
  const kept = files.filter((file) => !isSkippedPath(file.path));
  const large = kept.find((file) => file.size > IMPORT_LIMITS.fileBytes);
  if (large)
    return `${large.path} is larger than ${IMPORT_LIMITS.fileBytes / MB} MB, the most one file may hold.`;
  const total = kept.reduce((sum, file) => sum + file.size, 0);
  if (total > IMPORT_LIMITS.totalBytes) {
    return `The files come to more than ${IMPORT_LIMITS.totalBytes / MB} MB in all, the most an import may hold.`;
  }
  return kept;
}

export async function readFiles(files: readonly PickedFile[]): Promise<FileBytes[]> {
  return Promise.all(files.map(async (file) => ({ path: file.path, bytes: await file.read() })));
}
