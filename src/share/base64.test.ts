import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, fromBase64Url, toBase64Url } from './base64';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('toBase64Url', () => {
  it('writes the RFC 4648 test vectors without padding', () => {
    expect(
      ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map((t) => toBase64Url(bytes(t))),
    ).toEqual(['', 'Zg', 'Zm8', 'Zm9v', 'Zm9vYg', 'Zm9vYmE', 'Zm9vYmFy']);
  });

  it('uses - and _ where base64 has + and /', () => {
    expect(toBase64Url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
  });
});

describe('fromBase64Url', () => {
  it('reads what toBase64Url writes, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (data) => {
        expect(fromBase64Url(toBase64Url(data))).toEqual(data);
      }),
    );
  });

  it('refuses padding, the standard alphabet and impossible lengths', () => {
    expect(fromBase64Url('Zg==')).toBeNull();
    expect(fromBase64Url('+/8')).toBeNull();
    expect(fromBase64Url('Zm9vY')).toBeNull();
    expect(fromBase64Url('Zm 9v')).toBeNull();
  });
});

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
