// Unpacks the files of a zip under caps that hold while inflating: one file, and all files
// together, stop at the first byte past their limit, whatever the zip's directory claims.
import { inflateCapped } from './inflate-capped';
import type { ZipEntry } from './zip-directory';
import { entryDataStart, NOT_A_ZIP, readZipDirectory } from './zip-directory';

export interface ZipLimits {
  /** The most all kept files may unpack to together. */
  totalBytes: number;
  /** The most one file may unpack to. */
  fileBytes: number;
  /** The most entries the directory may list (skipped ones included). */
  entries: number;
}

export type ZipFiles =
  | { ok: true; files: Map<string, Uint8Array> }
  /** `unpacked`: bytes inflated before stopping, which tests hold to the cap plus one slice. */
  | { ok: false; message: string; unpacked: number };

export const megabytes = (bytes: number): string => `${bytes / 1024 / 1024} MB`;

function tooLargeFile(name: string, limits: ZipLimits): string {
  return `${name} unpacks to more than ${megabytes(limits.fileBytes)}, the most one file may hold.`;
}

function tooLargeTotal(limits: ZipLimits): string {
  return `The zip unpacks to more than ${megabytes(limits.totalBytes)} in all, the most an import may hold.`;
}

/** What the directory claims, checked before anything is unpacked: a truthful big zip stops here. */
function claimProblem(entries: ZipEntry[], limits: ZipLimits): string | null {
  let total = 0;
  const names = new Set<string>();
  for (const entry of entries) {
    if (names.has(entry.name)) return `The zip holds ${entry.name} twice.`;
    names.add(entry.name);
    if (entry.flags & 1) return `${entry.name} is encrypted: zip it again without a password.`;
    if (entry.method !== 0 && entry.method !== 8) {
      return `${entry.name} is compressed with method ${entry.method}, which the playground cannot read: zip it again with the usual deflate.`;
    }
    if (entry.size > limits.fileBytes) return tooLargeFile(entry.name, limits);
    total += entry.size;
    if (total > limits.totalBytes) return tooLargeTotal(limits);
  }
  return null;
}

type Unpacked = { ok: true; bytes: Uint8Array } | { ok: false; message: string; produced: number };

/** One entry's bytes, unpacked with at most `room` bytes allowed; or what stopped it. */
function unpackEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  room: number,
  limits: ZipLimits,
): Unpacked {
  const start = entryDataStart(bytes, entry);
  if (start === null) return { ok: false, message: NOT_A_ZIP, produced: 0 };
  const data = bytes.subarray(start, start + entry.compressedSize);
  const cap = Math.min(limits.fileBytes, room);
  const tooLarge = (size: number, produced: number): Unpacked => ({
    ok: false,
    message: size > limits.fileBytes ? tooLargeFile(entry.name, limits) : tooLargeTotal(limits),
    produced,
  });
  // Stored data is not unpacked at all: it is a view of the zip's own bytes.
  if (entry.method === 0) {
    return data.length > cap ? tooLarge(data.length, 0) : { ok: true, bytes: data };
  }
  const inflated = inflateCapped(data, { format: 'deflate', cap });
  if (inflated.ok) return inflated;
  if (inflated.reason === 'too-large') return tooLarge(inflated.produced, inflated.produced);
  return { ok: false, message: NOT_A_ZIP, produced: inflated.produced };
}

/**
 * The files `keep` wants (directories and the rest are never unpacked), by path. The directory's
 * sizes are checked first, then counted again while inflating, so a zip that lies about them is
 * stopped all the same; one whose data does not match its directory is called damaged.
 */
export function readZip(
  bytes: Uint8Array,
  limits: ZipLimits,
  keep: (path: string) => boolean,
): ZipFiles {
  const directory = readZipDirectory(bytes, limits.entries);
  if (!directory.ok) return { ok: false, message: directory.problem, unpacked: 0 };
  const wanted = directory.entries.filter((e) => !e.name.endsWith('/') && keep(e.name));
  const claimed = claimProblem(wanted, limits);
  if (claimed) return { ok: false, message: claimed, unpacked: 0 };
  const files = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of wanted) {
    const unpacked = unpackEntry(bytes, entry, limits.totalBytes - total, limits);
    if (!unpacked.ok) {
      return { ok: false, message: unpacked.message, unpacked: total + unpacked.produced };
    }
    total += unpacked.bytes.length;
    if (unpacked.bytes.length !== entry.size) {
      const message = `The zip is damaged: ${entry.name} does not unpack to the size its directory gives.`;
      return { ok: false, message, unpacked: total };
    }
    files.set(entry.name, unpacked.bytes);
  }
  return { ok: true, files };
}
