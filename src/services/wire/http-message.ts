// The SDK's HTTP request (smithy's HttpRequest) as a plain ApiRequest that can cross from an
// instance's worker to the page, and back as the response. One conversion for the worker's request
// handler and for the tests that drive the services through the real SDK in Node.
import type { ApiRequest } from '../api-types';

/** The members of smithy's HttpRequest the conversion reads. */
export interface SdkHttpRequest {
  method: string;
  hostname: string;
  port?: number;
  path: string;
  query?: Record<string, string | (string | null)[] | null | undefined>;
  headers: Record<string, string>;
  body?: unknown;
}

const encoder = new TextEncoder();

async function streamBytes(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return parts;
    parts.push(value);
  }
}

async function iterableBytes(iterable: AsyncIterable<unknown>): Promise<Uint8Array[]> {
  const parts: Uint8Array[] = [];
  for await (const part of iterable) {
    parts.push(typeof part === 'string' ? encoder.encode(part) : toBytes(part));
  }
  return parts;
}

function toBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) {
    return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  }
  throw new TypeError(`Unsupported request body: ${Object.prototype.toString.call(value)}`);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.byteLength, 0);
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return bytes;
}

/** Any body the SDK may send (a string, bytes, a Blob, a web or Node stream) as bytes. */
export async function readBody(body: unknown): Promise<Uint8Array> {
  if (body === undefined || body === null) return new Uint8Array(0);
  if (typeof body === 'string') return encoder.encode(body);
  if (typeof Blob !== 'undefined' && body instanceof Blob) {
    return new Uint8Array(await body.arrayBuffer());
  }
  if (typeof ReadableStream !== 'undefined' && body instanceof ReadableStream) {
    return concat(await streamBytes(body as ReadableStream<Uint8Array>));
  }
  if (typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function') {
    return concat(await iterableBytes(body as AsyncIterable<unknown>));
  }
  return toBytes(body);
}

export async function toApiRequest(request: SdkHttpRequest): Promise<ApiRequest> {
  const query = new Map<string, string[]>();
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    query.set(
      name,
      values.map((item) => item ?? ''),
    );
  }
  const headers = new Map<string, string>();
  for (const [name, value] of Object.entries(request.headers)) {
    headers.set(name.toLowerCase(), value);
  }
  return {
    method: request.method,
    hostname: request.hostname,
    path: request.path,
    query,
    headers,
    body: await readBody(request.body),
  };
}
