// Bytes as base64 text and back, the one place the app encodes it: standard base64 with padding
// (HTTP bodies, SQS/SNS binary attributes, a handler's `toString('base64')`) and base64url without
// padding (RFC 4648 §5), the alphabet that survives a URL fragment untouched, whose decoding
// refuses anything that is not exactly such text.
const STANDARD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((char, i) => [char, i]));

function encode(bytes: Uint8Array, alphabet: string): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c += 1) text += alphabet[(chunk >> (18 - 6 * c)) & 63];
  }
  return text;
}

/** Standard base64 (with padding) of raw bytes. */
export function bytesToBase64(bytes: Uint8Array): string {
  const text = encode(bytes, STANDARD);
  return text + '='.repeat((4 - (text.length % 4)) % 4);
}

/** The bytes standard base64 text stands for; throws on text that is not base64. */
export function base64ToBytes(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

/** base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  return encode(bytes, ALPHABET);
}

/** The bytes, or null when `text` has a character outside the alphabet or an impossible length. */
export function fromBase64Url(text: string): Uint8Array | null {
  // 4n+1 characters would carry 6 bits of a byte: no encoder writes that.
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let buffer = 0;
  let at = 0;
  for (const char of text) {
    const value = VALUE.get(char);
    if (value === undefined) return null;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}
