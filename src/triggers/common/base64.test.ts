import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64';

describe('bytesToBase64', () => {
  it('encodes every byte value with padding', () => {
    expect(bytesToBase64(new Uint8Array([0, 255, 128]))).toBe('AP+A');
    expect(bytesToBase64(new TextEncoder().encode('Hello binary world!'))).toBe(
      'SGVsbG8gYmluYXJ5IHdvcmxkIQ==',
    );
  });
});

describe('base64ToBytes', () => {
  it('round-trips and rejects non-base64', () => {
    expect(Array.from(base64ToBytes('AP+A'))).toEqual([0, 255, 128]);
    expect(() => base64ToBytes('not base64!')).toThrow();
  });
});
