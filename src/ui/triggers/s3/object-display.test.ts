import { describe, expect, it } from 'vitest';
import { formatLastModified, TEXT_PREVIEW_BYTES, textPreview } from './object-display';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('textPreview', () => {
  it('decodes UTF-8 text whatever its type, and declared text types', () => {
    expect(textPreview({ bytes: utf8('héllo\nworld'), contentType: 'binary/octet-stream' })).toBe(
      'héllo\nworld',
    );
    expect(textPreview({ bytes: utf8('{"a":1}'), contentType: 'application/json' })).toBe(
      '{"a":1}',
    );
  });

  it('gives null for binary bytes, invalid UTF-8 and objects too large to preview', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(textPreview({ bytes: png, contentType: 'image/png' })).toBeNull();
    expect(textPreview({ bytes: new Uint8Array([0xff, 0xfe]), contentType: 'text/plain' })).toBe(
      null,
    );
    const big = new Uint8Array(TEXT_PREVIEW_BYTES + 1).fill(97);
    expect(textPreview({ bytes: big, contentType: 'text/plain' })).toBeNull();
  });
});

describe('formatLastModified', () => {
  it('writes the time in UTC to the second', () => {
    expect(formatLastModified(Date.UTC(2026, 10, 27, 12, 0, 1, 500))).toBe(
      '2026-11-27 12:00:01 UTC',
    );
  });
});
