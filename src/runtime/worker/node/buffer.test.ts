// The runtime's Buffer against Node's own, encoding by encoding.
import { Buffer as NodeBuffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { Buffer } from './buffer';
import { inspect } from './inspect';

const ENCODINGS = [
  'utf8',
  'hex',
  'base64',
  'base64url',
  'latin1',
  'binary',
  'ascii',
  'utf16le',
] as const;
const TEXT = 'héllo wörld ✓ 🚀 ?>~';

describe('Buffer', () => {
  it('is not Node’s (the test would prove nothing)', () => {
    expect(Buffer).not.toBe(NodeBuffer);
  });

  it.each(ENCODINGS)('encodes and decodes %s as Node does', (encoding) => {
    const ours = Buffer.from(TEXT, 'utf8');
    const node = NodeBuffer.from(TEXT, 'utf8');
    const encoded = node.toString(encoding);
    expect(ours.toString(encoding)).toBe(encoded);
    expect([...Buffer.from(encoded, encoding)]).toEqual([...NodeBuffer.from(encoded, encoding)]);
    expect(Buffer.byteLength(encoded, encoding)).toBe(NodeBuffer.byteLength(encoded, encoding));
    expect(Buffer.isEncoding(encoding)).toBe(true);
  });

  it('decodes an API Gateway base64 body and prints like Node', () => {
    const body = NodeBuffer.from('{"name":"Ada"}').toString('base64');
    expect(JSON.parse(Buffer.from(body, 'base64').toString('utf8'))).toEqual({ name: 'Ada' });
    expect(inspect(Buffer.from('hi'))).toBe('<Buffer 68 69>');
    expect(JSON.stringify(Buffer.from('hi'))).toBe(JSON.stringify(NodeBuffer.from('hi')));
  });

  it('concatenates, compares, slices and reads integers as Node does', () => {
    const ours = Buffer.concat([Buffer.from([1, 2]), Buffer.from([3, 4, 5])]);
    const node = NodeBuffer.concat([NodeBuffer.from([1, 2]), NodeBuffer.from([3, 4, 5])]);
    expect(ours.readUInt32BE(0)).toBe(node.readUInt32BE(0));
    expect(ours.subarray(1, 3).toString('hex')).toBe(node.subarray(1, 3).toString('hex'));
    expect(Buffer.compare(ours, Buffer.from([1]))).toBe(
      NodeBuffer.compare(node, NodeBuffer.from([1])),
    );
    expect(ours.equals(Buffer.from([1, 2, 3, 4, 5]))).toBe(true);
    expect(Buffer.alloc(3, 'YQ', 'base64url').toString()).toBe(
      NodeBuffer.alloc(3, 'YQ', 'base64url').toString(),
    );
  });
});
