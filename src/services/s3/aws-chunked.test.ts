import { getAwsChunkedEncodingStream } from '@smithy/core/serde';
import { describe, expect, it } from 'vitest';
import { bodyText } from '../wire/responses';
import { decodeAwsChunked, storedContentEncoding } from './aws-chunked';
import { S3Failure } from './errors';

const encoder = new TextEncoder();

/** What the SDK's own aws-chunked encoder writes for a web stream of these chunks. */
async function sdkChunked(chunks: ReadonlyArray<string | Uint8Array>): Promise<Uint8Array> {
  const source = new ReadableStream<string | Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  const encoded = getAwsChunkedEncodingStream(source, {
    bodyLengthChecker: (value: string | Uint8Array) =>
      typeof value === 'string' ? encoder.encode(value).length : value.byteLength,
  }) as ReadableStream<string | Uint8Array>;
  const parts: Uint8Array[] = [];
  const reader = encoded.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(typeof value === 'string' ? encoder.encode(value) : value);
  }
  return new Uint8Array(parts.flatMap((part) => [...part]));
}

const code = (run: () => unknown) => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof S3Failure ? error.code : String(error);
  }
};

describe('decodeAwsChunked', () => {
  it('decodes the SDK encoder’s output for string chunks, multi-byte characters included', async () => {
    const body = await sdkChunked(['héllo ', 'wörld']);
    expect(bodyText(body)).toBe('7\r\nhéllo \r\n6\r\nwörld\r\n0\r\n');
    expect(bodyText(decodeAwsChunked(body).bytes)).toBe('héllo wörld');
  });

  it('refuses what the SDK’s browser encoder makes of a byte chunk (its decimal text)', async () => {
    const body = await sdkChunked([encoder.encode('hi')]);
    expect(bodyText(body)).toBe('2\r\n104,105\r\n0\r\n');
    expect(code(() => decodeAwsChunked(body))).toBe('IncompleteBody');
  });

  it('skips chunk signatures and reads the trailing headers', () => {
    const signature = 'chunk-signature=' + 'ab'.repeat(32);
    const body = encoder.encode(
      `3;${signature}\r\nabc\r\n0;${signature}\r\n` +
        'x-amz-checksum-crc32:NSRBwg==\r\nx-amz-trailer-signature:00\r\n\r\n',
    );
    const decoded = decodeAwsChunked(body);
    expect(bodyText(decoded.bytes)).toBe('abc');
    expect(decoded.trailers.get('x-amz-checksum-crc32')).toBe('NSRBwg==');
  });

  it('keeps CR and LF bytes inside a chunk', () => {
    const decoded = decodeAwsChunked(encoder.encode('4\r\n\r\n\r\n\r\n0\r\n\r\n'));
    expect([...decoded.bytes]).toEqual([13, 10, 13, 10]);
  });

  it.each([
    ['a truncated chunk', '5\r\nabc'],
    ['a chunk longer than its size', '2\r\nabc\r\n0\r\n\r\n'],
    ['a size that is not hex', 'zz\r\nabc\r\n0\r\n\r\n'],
    ['no final chunk', '3\r\nabc\r\n'],
  ])('answers IncompleteBody for %s', (_, text) => {
    expect(code(() => decodeAwsChunked(encoder.encode(text)))).toBe('IncompleteBody');
  });
});

describe('storedContentEncoding', () => {
  it('drops aws-chunked and keeps the encodings S3 stores', () => {
    expect(storedContentEncoding('aws-chunked')).toBeNull();
    expect(storedContentEncoding('gzip,aws-chunked')).toBe('gzip');
    expect(storedContentEncoding(undefined)).toBeNull();
  });
});
