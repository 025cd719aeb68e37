import { deflateSync, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { adler32, inflateCapped, MAX_SLICE_OUTPUT } from './inflate-capped';

const MB = 1024 * 1024;
/** A real bomb: 100 MB of zeros, which deflate packs into about 100 KB (made once, when needed). */
let bombs: { zlib: Uint8Array; deflate: Uint8Array } | undefined;
function bomb() {
  const zeros = new Uint8Array(100 * MB);
  bombs ??= { zlib: zlibSync(zeros), deflate: deflateSync(zeros) };
  return bombs;
}

describe('inflateCapped', () => {
  it('unpacks whole streams in either format', () => {
    const text = new TextEncoder().encode('hello, '.repeat(10_000));
    expect(inflateCapped(zlibSync(text), { format: 'zlib', cap: MB })).toEqual({
      ok: true,
      bytes: text,
    });
    expect(inflateCapped(deflateSync(text), { format: 'deflate', cap: MB })).toEqual({
      ok: true,
      bytes: text,
    });
  });

  it('stops a bomb at the cap, having unpacked no more than the cap and one slice', () => {
    const { zlib, deflate } = bomb();
    expect(zlib.length).toBeLessThan(200_000);
    for (const [format, packed] of [
      ['zlib', zlib],
      ['deflate', deflate],
    ] as const) {
      const result = inflateCapped(packed, { format, cap: 8 * MB });
      expect(result).toMatchObject({ ok: false, reason: 'too-large' });
      const { produced } = result as { produced: number };
      expect(produced).toBeGreaterThan(8 * MB);
      expect(produced).toBeLessThanOrEqual(8 * MB + MAX_SLICE_OUTPUT);
    }
  }, 30_000);

  it('takes output of exactly the cap, and refuses one byte more', () => {
    const exact = new Uint8Array(4096).fill(7);
    expect(inflateCapped(zlibSync(exact), { format: 'zlib', cap: 4096 }).ok).toBe(true);
    expect(inflateCapped(zlibSync(exact), { format: 'zlib', cap: 4095 })).toMatchObject({
      ok: false,
      reason: 'too-large',
    });
  });

  it('calls a cut stream, garbage, or a wrong checksum damaged', () => {
    const packed = zlibSync(new TextEncoder().encode('{"functions":[]}'.repeat(500)));
    const cut = packed.subarray(0, packed.length - 10);
    const wrongSum = packed.slice();
    wrongSum[wrongSum.length - 1] = wrongSum.at(-1)! ^ 1;
    for (const bad of [cut, wrongSum, new Uint8Array([1, 2, 3]), new Uint8Array(0)]) {
      expect(inflateCapped(bad, { format: 'zlib', cap: MB })).toMatchObject({
        ok: false,
        reason: 'damaged',
      });
    }
  });
});

describe(adler32, () => {
  it('matches RFC 1950’s checksum', () => {
    // The worked example of Wikipedia's "Adler-32" article.
    expect(adler32(new TextEncoder().encode('Wikipedia'))).toBe(0x11e60398);
    expect(adler32(new Uint8Array(0))).toBe(1);
  });

  it('agrees with the trailer zlib writes, across the sums’ reduction runs', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) & 255);
    const packed = zlibSync(bytes);
    const trailer = new DataView(packed.buffer, packed.byteOffset + packed.length - 4).getUint32(0);
    expect(adler32(bytes)).toBe(trailer);
  });
});
