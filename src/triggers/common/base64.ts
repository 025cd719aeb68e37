// Base64 for bodies and binary attributes; `btoa`/`atob` work on byte strings in Node 20 and browsers.

/** Standard base64 (with padding) of raw bytes. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The bytes base64 text stands for; throws on text that is not base64. */
export function base64ToBytes(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}
