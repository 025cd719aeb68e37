// The runtime's zlib against node:zlib: each format both ways, the callback and stream forms, and
// zlib's errors.
import * as node from 'node:zlib';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Buffer } from './buffer';
import { streamPromises } from './stream';
import { Readable, Writable } from 'readable-stream';
import type { Transform } from 'readable-stream';
import { zlibModule } from './zlib';

const PAIRS = [
  ['gzipSync', 'gunzipSync'],
  ['deflateSync', 'inflateSync'],
  ['deflateRawSync', 'inflateRawSync'],
] as const;
type Sync = (input: unknown, options?: object) => Uint8Array;
const ours = zlibModule as unknown as Record<
  (typeof PAIRS)[number][number] | 'unzipSync' | 'brotliCompressSync',
  Sync
> & {
  gunzip: (input: unknown, callback: (error: Error | null, result?: Buffer) => void) => void;
  createGzip: () => Transform;
  createGunzip: () => Transform;
};
const TEXT = JSON.stringify({
  logEvents: Array.from({ length: 50 }, (_, id) => ({ id, message: `line ${id} ✓` })),
});
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('zlib', () => {
  it.each(PAIRS)(
    '%s output is read by Node, and Node’s is read by ours',
    (compress, decompress) => {
      expect(node[decompress](ours[compress](TEXT)).toString('utf8')).toBe(TEXT);
      expect(text(ours[decompress](node[compress](TEXT)))).toBe(TEXT);
      expect(text(ours[decompress](ours[compress](TEXT, { level: 9 })))).toBe(TEXT);
      expect(Buffer.isBuffer(ours[compress](TEXT))).toBe(true);
    },
  );

  it('writes Node’s gzip header and unzips gzip and zlib alike', () => {
    expect([...ours.gzipSync('x').subarray(0, 10)]).toEqual([
      ...node.gzipSync('x').subarray(0, 10),
    ]);
    expect(text(ours.unzipSync(node.gzipSync(TEXT)))).toBe(TEXT);
    expect(text(ours.unzipSync(node.deflateSync(TEXT)))).toBe(TEXT);
    const twoMembers = Buffer.concat([node.gzipSync('first '), node.gzipSync('second')]);
    expect(text(ours.gunzipSync(twoMembers))).toBe(node.gunzipSync(twoMembers).toString());
  });

  it('decodes a CloudWatch Logs subscription payload through the promisified callback form', async () => {
    const data = node.gzipSync(TEXT).toString('base64');
    const unzipped = (await promisify(ours.gunzip)(Buffer.from(data, 'base64'))) as Buffer;
    expect(JSON.parse(unzipped.toString('utf8'))).toEqual(JSON.parse(TEXT));
  });

  it('fails with zlib’s messages and codes', () => {
    const failure = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        const { message, code, errno } = error as Error & { code: string; errno: number };
        return { message, code, errno };
      }
      return null;
    };
    const truncated = node.gzipSync(TEXT).subarray(0, 20);
    for (const input of [Buffer.from('hello'), truncated]) {
      expect(failure(() => ours.gunzipSync(input))).toEqual(failure(() => node.gunzipSync(input)));
    }
    expect(failure(() => ours.inflateSync(Buffer.from('hello')))).toEqual(
      failure(() => node.inflateSync(Buffer.from('hello'))),
    );
    expect(() => ours.brotliCompressSync('x')).toThrow(/Brotli is unavailable/);
  });

  it('compresses and decompresses as streams through pipeline', async () => {
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding: string, done: () => void) {
        chunks.push(chunk);
        done();
      },
    } as object);
    const source = Readable.from([TEXT.slice(0, 100), TEXT.slice(100)]);
    await (streamPromises as { pipeline: (...s: unknown[]) => Promise<void> }).pipeline(
      source,
      ours.createGzip(),
      ours.createGunzip(),
      sink,
    );
    expect(Buffer.concat(chunks).toString('utf8')).toBe(TEXT);
    expect((zlibModule as unknown as { crc32: (data: string) => number }).crc32('hello')).toBe(
      (node as unknown as { crc32?: (d: string) => number }).crc32?.('hello') ?? 907060870,
    );
  });
});
