// The `aws-chunked` content encoding the SDK uses for a streaming body (a Readable, a web
// ReadableStream): the payload in chunks, each `<size in hex>[;chunk-signature=…]\r\n<bytes>\r\n`,
// a zero-size chunk, then trailing headers (the checksum the SDK computed while streaming,
// `x-amz-checksum-crc32:…`) and an empty line. S3 stores the decoded bytes; the request says their
// length in `x-amz-decoded-content-length` (docs/aws-services.md#s3-api).
import type { ApiRequest } from '../api-types';
import { incompleteBody } from './errors';

export interface DecodedPayload {
  bytes: Uint8Array;
  /** Trailing headers, lower-case names. */
  trailers: ReadonlyMap<string, string>;
}

const CR = 13;
const LF = 10;
const latin1 = new TextDecoder('latin1');

/** Where the next CRLF starts, at or after `from`; -1 when there is none. */
function lineEnd(body: Uint8Array, from: number): number {
  for (let at = from; at + 1 < body.length; at++) {
    if (body[at] === CR && body[at + 1] === LF) return at;
  }
  return -1;
}

/** Decodes an aws-chunked body; a malformed or truncated one is S3's IncompleteBody. */
export function decodeAwsChunked(body: Uint8Array): DecodedPayload {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let at = 0;
  for (;;) {
    const end = lineEnd(body, at);
    if (end === -1) throw incompleteBody();
    const sizeText = latin1.decode(body.subarray(at, end)).split(';')[0]!.trim();
    if (!/^[0-9a-fA-F]+$/.test(sizeText)) throw incompleteBody();
    const size = parseInt(sizeText, 16);
    at = end + 2;
    if (size === 0) break;
    if (at + size + 2 > body.length || body[at + size] !== CR || body[at + size + 1] !== LF) {
      throw incompleteBody();
    }
    chunks.push(body.subarray(at, at + size));
    total += size;
    at += size + 2;
  }
  const trailers = new Map<string, string>();
  while (at < body.length) {
    const end = lineEnd(body, at);
    const line = latin1.decode(body.subarray(at, end === -1 ? body.length : end));
    at = end === -1 ? body.length : end + 2;
    if (line === '') break;
    const colon = line.indexOf(':');
    if (colon === -1) throw incompleteBody();
    trailers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { bytes, trailers };
}

/** The content encodings a request names, without `aws-chunked` (which S3 does not store). */
export function storedContentEncoding(header: string | undefined): string | null {
  const kept = (header ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '' && part.toLowerCase() !== 'aws-chunked');
  return kept.length === 0 ? null : kept.join(',');
}

function isChunked(request: Pick<ApiRequest, 'headers'>): boolean {
  const encodings = (request.headers.get('content-encoding') ?? '').toLowerCase().split(',');
  const sha = request.headers.get('x-amz-content-sha256') ?? '';
  return encodings.some((part) => part.trim() === 'aws-chunked') || sha.startsWith('STREAMING-');
}

/** The object's bytes as the client meant them, and any trailing headers. */
export function requestPayload(request: Pick<ApiRequest, 'headers' | 'body'>): DecodedPayload {
  if (!isChunked(request)) return { bytes: request.body, trailers: new Map() };
  const decoded = decodeAwsChunked(request.body);
  const declared = request.headers.get('x-amz-decoded-content-length');
  // Absent when the SDK streamed a body of unknown length.
  if (
    declared !== undefined &&
    /^\d+$/.test(declared) &&
    Number(declared) !== decoded.bytes.length
  ) {
    throw incompleteBody();
  }
  return decoded;
}
