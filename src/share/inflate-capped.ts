// Inflates deflate or zlib data a slice at a time and stops at the first byte past a cap, so a
// small input that would unpack to gigabytes (a decompression bomb) costs the cap plus one slice.
import { Inflate, Unzlib } from 'fflate';

/**
 * Compressed bytes handed to fflate per push. fflate inflates all it is given before it calls
 * back, so the slice is what bounds each step: deflate expands at most 1032:1 (a 258-byte match in
 * about two bits), so one slice unpacks to at most about a megabyte.
 */
export const INPUT_SLICE = 1024;
/** The most one slice can unpack to, with room for the bits a slice carries into the next. */
export const MAX_SLICE_OUTPUT = (INPUT_SLICE + 8) * 1032;

export type Inflated =
  | { ok: true; bytes: Uint8Array }
  | {
      ok: false;
      /** `too-large`: past the cap; `damaged`: not a whole, valid stream. */
      reason: 'too-large' | 'damaged';
      /** Bytes unpacked before stopping, so callers and tests can see what the attempt cost. */
      produced: number;
    };

export interface InflateOptions {
  format: 'zlib' | 'deflate';
  /** The most bytes the output may have; one byte more stops the inflating. */
  cap: number;
}

function joined(chunks: Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** RFC 1950's Adler-32 of `bytes`; fflate's Unzlib strips the trailer without checking it. */
export function adler32(bytes: Uint8Array): number {
  const MOD = 65521;
  // 5552 is the most bytes whose sums cannot overflow 2^53 before reducing (zlib's NMAX is for 2^32).
  const RUN = 5552;
  let a = 1;
  let b = 0;
  for (let start = 0; start < bytes.length; start += RUN) {
    const end = Math.min(bytes.length, start + RUN);
    for (let i = start; i < end; i += 1) {
      a += bytes[i]!;
      b += a;
    }
    a %= MOD;
    b %= MOD;
  }
  return b * 65536 + a;
}

function zlibTrailer(packed: Uint8Array): number | null {
  if (packed.length < 4) return null;
  const [w, x, y, z] = packed.subarray(-4);
  return ((w! << 24) >>> 0) + (x! << 16) + (y! << 8) + z!;
}

/** The unpacked bytes, or why there are none. Never throws. */
export function inflateCapped(packed: Uint8Array, options: InflateOptions): Inflated {
  const chunks: Uint8Array[] = [];
  let produced = 0;
  let over = false;
  let finished = false;
  const onData = (chunk: Uint8Array, final: boolean) => {
    if (over) return;
    produced += chunk.length;
    if (produced > options.cap) {
      over = true;
      return;
    }
    chunks.push(chunk);
    finished = final;
  };
  const stream = options.format === 'zlib' ? new Unzlib(onData) : new Inflate(onData);
  try {
    for (let at = 0; at < packed.length && !over && !finished; at += INPUT_SLICE) {
      const end = Math.min(packed.length, at + INPUT_SLICE);
      stream.push(packed.subarray(at, end), end === packed.length);
    }
  } catch {
    return { ok: false, reason: 'damaged', produced };
  }
  if (over) return { ok: false, reason: 'too-large', produced };
  if (!finished) return { ok: false, reason: 'damaged', produced };
  const bytes = joined(chunks, produced);
  if (options.format === 'zlib' && adler32(bytes) !== zlibTrailer(packed)) {
    return { ok: false, reason: 'damaged', produced };
  }
  return { ok: true, bytes };
}
