import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './base64url';

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
