// Test support: a zip written byte by byte, so tests can make what no honest tool writes — a
// directory that lies about sizes, ZIP64 fields, encryption flags — around real compressed data.
import { deflateSync } from 'fflate';

export interface BuiltEntry {
  name: string;
  /** The entry's data as it sits in the zip (already compressed for method 8). */
  data: Uint8Array;
  method?: number;
  /** The unpacked size the directory claims; the truth unless a test wants a lie. */
  size: number;
  flags?: number;
  /** Writes the sizes and offset as 0xFFFFFFFF with the real values in a ZIP64 extra field. */
  zip64?: boolean;
}

/** A deflated entry whose directory tells the truth about its size. */
export function deflated(name: string, bytes: Uint8Array): BuiltEntry {
  return { name, data: deflateSync(bytes), method: 8, size: bytes.length };
}

class Writer {
  readonly parts: Uint8Array[] = [];
  length = 0;

  bytes(bytes: Uint8Array): void {
    this.parts.push(bytes);
    this.length += bytes.length;
  }

  u16(value: number): void {
    this.bytes(new Uint8Array([value & 255, (value >>> 8) & 255]));
  }

  u32(value: number): void {
    this.u16(value & 0xffff);
    this.u16(Math.floor(value / 0x10000) & 0xffff);
  }

  u64(value: number): void {
    this.u32(value % 0x100000000);
    this.u32(Math.floor(value / 0x100000000));
  }

  joined(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const part of this.parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}

/** The fields a local and a central header share, from "version needed" to the extra's length. */
function common(w: Writer, entry: BuiltEntry, name: Uint8Array, extra: number): void {
  w.u16(entry.zip64 ? 45 : 20);
  w.u16(entry.flags ?? 0x800);
  w.u16(entry.method ?? 8);
  w.u32(0); // time and date
  w.u32(0); // CRC-32: readers here do not check it
  w.u32(entry.zip64 ? 0xffffffff : entry.data.length);
  w.u32(entry.zip64 ? 0xffffffff : entry.size);
  w.u16(name.length);
  w.u16(extra);
}

export function buildZip(entries: BuiltEntry[]): Uint8Array {
  const w = new Writer();
  const offsets: number[] = [];
  const names = entries.map((e) => new TextEncoder().encode(e.name));
  entries.forEach((entry, i) => {
    offsets.push(w.length);
    w.u32(0x04034b50);
    common(w, entry, names[i]!, 0);
    w.bytes(names[i]!);
    w.bytes(entry.data);
  });
  const directoryStart = w.length;
  entries.forEach((entry, i) => {
    w.u32(0x02014b50);
    w.u16(20); // version made by
    common(w, entry, names[i]!, entry.zip64 ? 28 : 0);
    w.u16(0); // comment length
    w.u16(0); // disk
    w.u16(0); // internal attributes
    w.u32(0); // external attributes
    w.u32(entry.zip64 ? 0xffffffff : offsets[i]!);
    w.bytes(names[i]!);
    if (entry.zip64) {
      w.u16(0x0001);
      w.u16(24);
      w.u64(entry.size);
      w.u64(entry.data.length);
      w.u64(offsets[i]!);
    }
  });
  const directorySize = w.length - directoryStart;
  w.u32(0x06054b50);
  w.u32(0); // disk numbers
  w.u16(entries.length);
  w.u16(entries.length);
  w.u32(directorySize);
  w.u32(directoryStart);
  w.u16(0);
  return w.joined();
}
