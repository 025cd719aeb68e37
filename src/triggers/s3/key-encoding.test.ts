import { describe, expect, it } from 'vitest';
import { decodeS3Key, encodeS3Key } from './key-encoding';

describe('encodeS3Key', () => {
  it("writes spaces as + and escapes a literal + (the S3 documentation's example)", () => {
    expect(encodeS3Key('red flower.jpg')).toBe('red+flower.jpg');
    expect(encodeS3Key('my photo.jpg')).toBe('my+photo.jpg');
    expect(encodeS3Key('c++/notes.txt')).toBe('c%2B%2B/notes.txt');
  });

  it('keeps slashes and form-unreserved characters, escapes the rest as UTF-8', () => {
    expect(encodeS3Key('photos/2026/a-b_c.d*e')).toBe('photos/2026/a-b_c.d*e');
    expect(encodeS3Key('dt=2018-05-04/_SUCCESS')).toBe('dt%3D2018-05-04/_SUCCESS');
    expect(encodeS3Key('copy (1).png')).toBe('copy+%281%29.png');
    expect(encodeS3Key("it's ~!")).toBe('it%27s+%7E%21');
    expect(encodeS3Key('café 🌍')).toBe('caf%C3%A9+%F0%9F%8C%8D');
  });
});

describe('decodeS3Key', () => {
  it('undoes encodeS3Key', () => {
    for (const key of ['my photo.jpg', 'c++/notes.txt', 'café 🌍', 'a%b (1)=x&y?']) {
      expect(decodeS3Key(encodeS3Key(key))).toBe(key);
    }
    expect(decodeS3Key('photos/red+flower.jpg')).toBe('photos/red flower.jpg');
  });
});
