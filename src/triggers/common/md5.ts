// MD5 (RFC 1321) over bytes: S3 eTags of uploaded objects and SQS's md5OfBody / md5OfMessageAttributes.
// Written from the RFC's description: 512-bit blocks, four rounds of sixteen operations.

const encoder = new TextEncoder();

/** Left-rotation amounts, four per round (RFC 1321 §3.4). */
const ROUND_SHIFTS = [
  [7, 12, 17, 22],
  [5, 9, 14, 20],
  [4, 11, 16, 23],
  [6, 10, 15, 21],
];

/** The rotation of each of the 64 operations. */
const SHIFTS = Int32Array.from({ length: 64 }, (_, i) => ROUND_SHIFTS[i >> 4]?.[i % 4] ?? 0);

/** T[i] = floor(2^32 × |sin(i + 1)|), the RFC's sine table. */
const SINE_TABLE = Int32Array.from({ length: 64 }, (_, i) =>
  Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32),
);

/** Which of the block's 16 words operation i reads, round by round. */
const WORD_INDEX = Int32Array.from({ length: 64 }, (_, i) =>
  i < 16 ? i : i < 32 ? (5 * i + 1) % 16 : i < 48 ? (3 * i + 5) % 16 : (7 * i) % 16,
);

/** The message padded to a multiple of 64 bytes: 0x80, zeros, then the bit length, little-endian. */
function pad(bytes: Uint8Array): DataView {
  const length = Math.ceil((bytes.length + 9) / 64) * 64;
  const padded = new Uint8Array(length);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bits = bytes.length * 8;
  view.setUint32(length - 8, bits >>> 0, true);
  view.setUint32(length - 4, Math.floor(bits / 2 ** 32), true);
  return view;
}

/** The round function of operation i: F, G, H, then I. */
function mix(i: number, b: number, c: number, d: number): number {
  if (i < 16) return (b & c) | (~b & d);
  if (i < 32) return (d & b) | (~d & c);
  if (i < 48) return b ^ c ^ d;
  return c ^ (b | ~d);
}

/** 32 lowercase hex digits, as S3 and SQS print digests. */
export function md5Hex(bytes: Uint8Array): string {
  const view = pad(bytes);
  const state = Int32Array.of(0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476);
  const words = new Int32Array(16);
  for (let offset = 0; offset < view.byteLength; offset += 64) {
    for (let w = 0; w < 16; w++) words[w] = view.getInt32(offset + w * 4, true);
    let a = state[0] ?? 0;
    let b = state[1] ?? 0;
    let c = state[2] ?? 0;
    let d = state[3] ?? 0;
    for (let i = 0; i < 64; i++) {
      const word = words[WORD_INDEX[i] ?? 0] ?? 0;
      const sum = (a + mix(i, b, c, d) + (SINE_TABLE[i] ?? 0) + word) | 0;
      const shift = SHIFTS[i] ?? 0;
      a = d;
      d = c;
      c = b;
      b = (b + ((sum << shift) | (sum >>> (32 - shift)))) | 0;
    }
    state[0] = (state[0] ?? 0) + a;
    state[1] = (state[1] ?? 0) + b;
    state[2] = (state[2] ?? 0) + c;
    state[3] = (state[3] ?? 0) + d;
  }
  // The digest is the state words little-endian, whatever the platform's byte order.
  const digest = new DataView(new ArrayBuffer(16));
  state.forEach((word, i) => digest.setInt32(i * 4, word, true));
  return Array.from(new Uint8Array(digest.buffer), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

/** MD5 of a string's UTF-8 bytes. */
export function md5OfText(text: string): string {
  return md5Hex(encoder.encode(text));
}
