// A zip's central directory (PKWARE APPNOTE 6.3.10, §4.3.12–4.3.16, and ZIP64 §4.3.14, §4.5.3):
// what the archive says it holds. Only a claim: readers check every size again as they unpack.

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  /** General purpose flags; bit 0 means encrypted. */
  flags: number;
  compressedSize: number;
  /** What the directory claims the entry unpacks to. */
  size: number;
  /** Where the entry's local header starts. */
  localOffset: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; problem: string };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const FULL32 = 0xffffffff;

export const NOT_A_ZIP = 'This file is not a zip archive, or it is damaged.';

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) + u16(bytes, at + 2) * 0x10000) >>> 0;
}

/** A 64-bit size as a number: exact to 2^53, far beyond any archive a browser tab can hold. */
function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) + u32(bytes, at + 4) * 0x100000000;
}

/** The end-of-central-directory record's offset, searched backwards past any comment. */
function findEnd(bytes: Uint8Array): number {
  const last = bytes.length - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at -= 1) {
    if (u32(bytes, at) === EOCD) return at;
  }
  return -1;
}

/** Where the directory starts and how many entries it says it has (ZIP64 when the record is full). */
function directoryBounds(bytes: Uint8Array, end: number): { offset: number; count: number } {
  const count = u16(bytes, end + 10);
  const offset = u32(bytes, end + 16);
  if (offset !== FULL32 && count !== 0xffff) return { offset, count };
  const locator = end - 20;
  if (locator < 0 || u32(bytes, locator) !== ZIP64_LOCATOR) return { offset, count };
  const record = u64(bytes, locator + 8);
  if (record + 56 > bytes.length || u32(bytes, record) !== ZIP64_EOCD) return { offset, count };
  return { offset: u64(bytes, record + 48), count: u64(bytes, record + 32) };
}

/** The ZIP64 extra field's values for whichever of the three 32-bit fields are full. */
function zip64Sizes(bytes: Uint8Array, extra: number, extraEnd: number, entry: ZipEntry): void {
  for (let at = extra; at + 4 <= extraEnd; at += 4 + u16(bytes, at + 2)) {
    if (u16(bytes, at) !== 0x0001) continue;
    let field = at + 4;
    const next = () => {
      const value = field + 8 <= extraEnd ? u64(bytes, field) : FULL32;
      field += 8;
      return value;
    };
    if (entry.size === FULL32) entry.size = next();
    if (entry.compressedSize === FULL32) entry.compressedSize = next();
    if (entry.localOffset === FULL32) entry.localOffset = next();
    return;
  }
}

function entryName(bytes: Uint8Array, flags: number): string {
  // Bit 11: the name is UTF-8; otherwise IBM code page 437, of which ASCII names are the common part.
  return new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(bytes);
}

/** The entries the directory lists, at most `maxEntries` of them. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const end = findEnd(bytes);
  if (end < 0) return { ok: false, problem: NOT_A_ZIP };
  const { offset, count } = directoryBounds(bytes, end);
  if (count > maxEntries) {
    return {
      ok: false,
      problem: `The zip lists ${count.toLocaleString('en-US')} files; an import takes at most ${maxEntries.toLocaleString('en-US')}.`,
    };
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL_HEADER) {
      return { ok: false, problem: NOT_A_ZIP };
    }
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength > bytes.length) return { ok: false, problem: NOT_A_ZIP };
    const entry: ZipEntry = {
      name: entryName(bytes.subarray(at + 46, nameEnd), flags),
      method: u16(bytes, at + 10),
      flags,
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    };
    zip64Sizes(bytes, nameEnd, nameEnd + extraLength, entry);
    entries.push(entry);
    at = nameEnd + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/** Where an entry's data starts, after its local header (whose name and extra may differ in size). */
export function entryDataStart(bytes: Uint8Array, entry: ZipEntry): number | null {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) return null;
  return at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
}
