import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { md5Hex, md5OfText } from './md5';

describe('md5OfText', () => {
  it('matches the RFC 1321 test suite (appendix A.5)', () => {
    expect(md5OfText('')).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(md5OfText('a')).toBe('0cc175b9c0f1b6a831c399e269772661');
    expect(md5OfText('abc')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(md5OfText('message digest')).toBe('f96b697d7cb7938d525a2f31aaf161d0');
    expect(md5OfText('abcdefghijklmnopqrstuvwxyz')).toBe('c3fcd3d76192e4007dfb496cca67e13b');
    expect(md5OfText('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')).toBe(
      'd174ab98d277d9f5a5611c2c9f419d9f',
    );
    expect(md5OfText('1234567890'.repeat(8))).toBe('57edf4a22be3c955ac49da2e2107b67a');
  });

  it('hashes the UTF-8 bytes of non-ASCII text', () => {
    expect(md5OfText('héllo 🌍')).toBe(createHash('md5').update('héllo 🌍').digest('hex'));
  });
});

describe('md5Hex', () => {
  it('agrees with Node for every length around the 64-byte block and padding edges', () => {
    for (let length = 0; length <= 200; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
      expect(md5Hex(bytes), `length ${length}`).toBe(createHash('md5').update(bytes).digest('hex'));
    }
  });
});
