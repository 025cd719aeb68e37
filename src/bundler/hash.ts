// A fast, stable content hash for bundles: 64-bit FNV-1a over the UTF-8 bytes, as 16 hex digits.
// 64 bits because "equal hash" means "no new version"; a 32-bit hash could collide in a long session.

const encoder = new TextEncoder();
const TWO_TO_32 = 2 ** 32;

/** FNV-1a 64 (offset basis 0xcbf29ce484222325, prime 2^40 + 0x1b3) in two 32-bit halves. */
export function fnv1a64(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const byte of encoder.encode(text)) {
    lo = (lo ^ byte) >>> 0;
    // h × (2^40 + 0x1b3): lo × 0x1b3 fits in 41 bits, so doubles hold it exactly; h × 2^40 only
    // moves lo's low 24 bits into hi.
    const low = lo * 0x1b3;
    hi = (Math.imul(hi, 0x1b3) + Math.floor(low / TWO_TO_32) + (lo << 8)) >>> 0;
    lo = low >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}
