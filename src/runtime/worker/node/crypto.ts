// The random parts of Node's `crypto`, backed by the browser's Web Crypto (randomUUID,
// randomBytes, randomInt, getRandomValues, webcrypto). Hashing needs a sync API the browser lacks.
import { bytesToBase64, toBase64Url } from '../../../share/base64';

const hex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** What `randomBytes` returns: bytes that print as hex or base64 like a Buffer does. */
export class RandomBytes extends Uint8Array {
  override toString(encoding?: string): string {
    const binary = () => String.fromCharCode(...this);
    switch (encoding) {
      case 'hex':
        return hex(this);
      case 'base64':
        return bytesToBase64(this);
      case 'base64url':
        return toBase64Url(this);
      case 'latin1':
      case 'binary':
        return binary();
      default:
        return new TextDecoder().decode(this);
    }
  }
}

function randomBytes(size: number, callback?: (error: null, bytes: RandomBytes) => void) {
  if (!Number.isInteger(size) || size < 0 || size > 2 ** 31 - 1) {
    throw new RangeError(
      `The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received ${size}`,
    );
  }
  const bytes = new RandomBytes(size);
  // getRandomValues fills at most 65,536 bytes per call.
  for (let offset = 0; offset < size; offset += 65536) {
    crypto.getRandomValues(bytes.subarray(offset, offset + 65536));
  }
  if (callback) queueMicrotask(() => callback(null, bytes));
  return bytes;
}

/** An integer in [min, max), like Node's randomInt(max) / randomInt(min, max). */
function randomInt(minOrMax: number, max?: number): number {
  const [low, high] = max === undefined ? [0, minOrMax] : [minOrMax, max];
  const range = high - low;
  if (!Number.isSafeInteger(low) || !Number.isSafeInteger(high) || range <= 0) {
    throw new RangeError(
      `The value of "max" is out of range. It must be greater than the value of "min" (${low}). Received ${high}`,
    );
  }
  // Rejection sampling over 48 bits keeps every value equally likely.
  const limit = 2 ** 48 - (2 ** 48 % range);
  for (;;) {
    const words = crypto.getRandomValues(new Uint16Array(3));
    const value = (words[0] ?? 0) * 2 ** 32 + (words[1] ?? 0) * 2 ** 16 + (words[2] ?? 0);
    if (value < limit) return low + (value % range);
  }
}

export const cryptoModule = {
  randomUUID: () => crypto.randomUUID(),
  randomBytes,
  randomInt,
  getRandomValues: <T extends ArrayBufferView>(array: T) =>
    crypto.getRandomValues(array as T & Uint8Array),
  webcrypto: crypto,
  subtle: crypto.subtle,
};
