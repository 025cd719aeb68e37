// Node's `http.ServerResponse` for a web program (docs/aws-lambda.md#web-programs-nodes-http-server):
// headers kept until the first write or end, then sent with what Node adds on the wire (Date,
// Connection, Keep-Alive, and Content-Length when the whole body is known, else chunked), the body
// passed on write by write. Misuse fails with Node's codes and messages (lib/_http_outgoing.js,
// lib/_http_server.js): thrown where Node throws, emitted as 'error' where Node emits it.
import { Buffer } from './buffer';
import { EventEmitter } from './events';
import { invalidArgType, nodeError } from './node-errors';
import { STATUS_CODES } from './status-codes';

export type HeaderValue = string | number | readonly string[];
type Callback = (error?: Error | null) => void;

/** Where a response goes: one request's connection to the page. */
export interface ResponseSink {
  head(statusCode: number, statusMessage: string, headers: Array<[string, string]>): void;
  chunk(bytes: Uint8Array): void;
  end(): void;
  /** The socket is destroyed before the response ended: the client sees a reset connection. */
  reset(): void;
}

export interface ResponseHost {
  sink: ResponseSink;
  /** Node's process.nextTick: what the callback throws is an uncaught exception. */
  nextTick(callback: () => void): void;
  /** The request's method: a HEAD response has no body. */
  method: string;
}

const TOKEN = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const INVALID_HEADER_CHAR = /[^\t\x20-\x7e\x80-\xff]/;

export function headersSent(action: string) {
  return nodeError(
    Error,
    'ERR_HTTP_HEADERS_SENT',
    `Cannot ${action} headers after they are sent to the client`,
  );
}

function checkHeader(name: unknown, value: unknown): asserts name is string {
  if (typeof name !== 'string' || name === '' || !TOKEN.test(name)) {
    throw nodeError(
      TypeError,
      'ERR_INVALID_HTTP_TOKEN',
      `Header name must be a valid HTTP token ["${String(name)}"]`,
    );
  }
  if (value === undefined) {
    throw nodeError(
      TypeError,
      'ERR_HTTP_INVALID_HEADER_VALUE',
      `Invalid value "undefined" for header "${name}"`,
    );
  }
  const values = Array.isArray(value) ? (value as unknown[]) : [value];
  if (values.some((one) => INVALID_HEADER_CHAR.test(String(one)))) {
    throw nodeError(
      TypeError,
      'ERR_INVALID_CHAR',
      `Invalid character in header content ["${name}"]`,
    );
  }
}

const writeAfterEnd = () => nodeError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');

function toBytes(chunk: unknown, encoding: unknown): Uint8Array {
  if (chunk === null) {
    throw nodeError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
  }
  if (typeof chunk === 'string') {
    return Buffer.from(chunk, (typeof encoding === 'string' ? encoding : 'utf8') as 'utf8');
  }
  if (chunk instanceof Uint8Array) return chunk;
  throw invalidArgType('chunk', 'of type string or an instance of Buffer or Uint8Array', chunk);
}

export class ServerResponse extends EventEmitter {
  statusCode = 200;
  statusMessage: string | undefined = undefined;
  sendDate = true;
  /** `res.finished`, Node's older name for writableEnded. */
  finished = false;
  writableFinished = false;
  destroyed = false;
  readonly writable = true;
  readonly req: unknown;
  readonly socket: unknown;
  #host: ResponseHost;
  /** By lower-cased name: the name as set, and the value. */
  #headers = new Map<string, [string, HeaderValue]>();
  /** The head as sent (frozen by writeHead); null until then. */
  #head: Array<[string, string]> | null = null;
  #headPosted = false;
  #hasBody = true;
  /** The body's length when `end` carries all of it (Content-Length), else null (chunked). */
  #contentLength: number | null = null;

  constructor(host: ResponseHost, req: unknown, socket: unknown) {
    super();
    this.#host = host;
    this.req = req;
    this.socket = socket;
    this.#hasBody = host.method !== 'HEAD';
  }

  get headersSent(): boolean {
    return this.#head !== null;
  }
  get writableEnded(): boolean {
    return this.finished;
  }
  get connection(): unknown {
    return this.socket;
  }

  setHeader(name: string, value: HeaderValue): this {
    if (this.#head) throw headersSent('set');
    checkHeader(name, value);
    this.#headers.set(name.toLowerCase(), [name, value]);
    return this;
  }
  appendHeader(name: string, value: HeaderValue): this {
    if (this.#head) throw headersSent('append');
    checkHeader(name, value);
    const key = name.toLowerCase();
    const existing = this.#headers.get(key);
    const added = Array.isArray(value) ? (value as string[]) : [String(value)];
    if (!existing) this.#headers.set(key, [name, added.length === 1 ? String(value) : added]);
    else {
      const before = Array.isArray(existing[1]) ? existing[1] : [String(existing[1])];
      this.#headers.set(key, [existing[0], [...(before as string[]), ...added]]);
    }
    return this;
  }
  getHeader(name: string): HeaderValue | undefined {
    return this.#headers.get(String(name).toLowerCase())?.[1];
  }
  hasHeader(name: string): boolean {
    return this.#headers.has(String(name).toLowerCase());
  }
  removeHeader(name: string): void {
    if (this.#head) throw headersSent('remove');
    this.#headers.delete(String(name).toLowerCase());
  }
  getHeaderNames(): string[] {
    return [...this.#headers.keys()];
  }
  getRawHeaderNames(): string[] {
    return [...this.#headers.values()].map(([name]) => name);
  }
  /** A null-prototype object keyed by lower-cased name, as Node's. */
  getHeaders(): Record<string, HeaderValue> {
    const headers = Object.create(null) as Record<string, HeaderValue>;
    for (const [key, [, value]] of this.#headers) headers[key] = value;
    return headers;
  }

  writeHead(
    statusCode: number,
    message?: string | Record<string, HeaderValue> | HeaderValue[],
    headers?: Record<string, HeaderValue> | HeaderValue[],
  ): this {
    if (this.#head) throw headersSent('write');
    const original = statusCode;
    const code = Number(statusCode) | 0;
    if (code < 100 || code > 999) {
      throw nodeError(
        RangeError,
        'ERR_HTTP_INVALID_STATUS_CODE',
        `Invalid status code: ${String(original)}`,
      );
    }
    if (typeof message === 'string') this.statusMessage = message;
    else {
      headers = message;
      this.statusMessage ||= STATUS_CODES[code] ?? 'unknown';
    }
    this.statusCode = code;
    // An array may name a header twice (two Set-Cookie lines): each is kept, as Node keeps them.
    const add = Array.isArray(headers) ? this.appendHeader : this.setHeader;
    for (const [name, value] of headerEntries(headers)) add.call(this, name, value);
    // 1xx, 204 and 304 responses have no body (RFC 9110 §6.4.1); Node ignores writes to them.
    if (code === 204 || code === 304 || (code >= 100 && code < 200)) this.#hasBody = false;
    this.#head = this.#wireHeaders();
    return this;
  }

  /** Sends the head now, without waiting for the first write. */
  flushHeaders(): void {
    if (!this.#head) this.#implicitHead(null);
    this.#postHead();
  }

  write(chunk: unknown, encoding?: string | Callback, callback?: Callback): boolean {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    const bytes = toBytes(chunk, encoding);
    return this.#write(bytes, callback, false);
  }

  end(chunk?: unknown, encoding?: string | Callback, callback?: Callback): this {
    if (typeof chunk === 'function') {
      callback = chunk as Callback;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (chunk !== undefined && chunk !== null && chunk !== '') {
      if (this.finished) {
        this.#fail(writeAfterEnd(), callback);
        return this;
      }
      this.#write(toBytes(chunk, encoding), undefined, true);
    } else if (this.finished) {
      if (callback) {
        if (!this.writableFinished) this.once('finish', () => callback());
        else {
          const done = callback;
          const error = nodeError(
            Error,
            'ERR_STREAM_ALREADY_FINISHED',
            'Cannot call end after a stream was finished',
          );
          this.#host.nextTick(() => done(error));
        }
      }
      return this;
    } else if (!this.#head) {
      this.#implicitHead(0);
    }
    if (callback) this.once('finish', () => callback());
    this.finished = true;
    if (this.destroyed) return this;
    this.#postHead();
    this.#host.sink.end();
    this.#host.nextTick(() => {
      this.writableFinished = true;
      this.emit('finish');
      this.#host.nextTick(() => this.emit('close'));
    });
    return this;
  }

  /** The client went away (or the program destroyed the socket): 'close', and no more writes. */
  destroy(): this {
    if (this.destroyed) return this;
    this.destroyed = true;
    // Once ended, the response is on its way and its 'close' is already due.
    if (this.finished) return this;
    this.#host.sink.reset();
    this.#host.nextTick(() => this.emit('close'));
    return this;
  }

  /** Called by the server when the client cancelled: no reset to send, the connection is gone. */
  clientClosed(): void {
    if (this.destroyed || this.finished) return;
    this.destroyed = true;
    this.#host.nextTick(() => this.emit('close'));
  }

  setTimeout(_ms: number, callback?: () => void): this {
    if (callback) this.on('timeout', callback);
    return this;
  }
  writeContinue(): void {}
  addTrailers(): void {}
  cork(): void {}
  uncork(): void {}

  #write(bytes: Uint8Array, callback: Callback | undefined, fromEnd: boolean): boolean {
    if (this.finished) {
      this.#fail(writeAfterEnd(), callback);
      return false;
    }
    if (this.destroyed) {
      const error = nodeError(
        Error,
        'ERR_STREAM_DESTROYED',
        'Cannot call write after a stream was destroyed',
      );
      if (callback) this.#host.nextTick(() => callback(error));
      return false;
    }
    if (!this.#head) this.#implicitHead(fromEnd ? bytes.byteLength : null);
    this.#postHead();
    if (this.#hasBody && bytes.byteLength > 0) {
      // A copy: the program may reuse its buffer once write returns, as Node's socket copies.
      this.#host.sink.chunk(Uint8Array.prototype.slice.call(bytes));
    }
    if (callback) this.#host.nextTick(() => callback());
    return true;
  }

  /** Node's onError: the callback, then 'error' on the response (uncaught with no listener). */
  #fail(error: Error, callback: Callback | undefined): void {
    if (this.destroyed) return;
    this.#host.nextTick(() => {
      callback?.(error);
      if (!this.destroyed) this.emit('error', error);
    });
  }

  /** writeHead(statusCode) at the first write or end, with the body's length when end knows it. */
  #implicitHead(contentLength: number | null): void {
    this.#contentLength = contentLength;
    this.writeHead(this.statusCode);
  }

  #wireHeaders(): Array<[string, string]> {
    const wire: Array<[string, string]> = [];
    for (const [name, value] of this.#headers.values()) {
      if (Array.isArray(value)) for (const one of value as string[]) wire.push([name, String(one)]);
      else wire.push([name, String(value as string | number)]);
    }
    const has = (name: string) => this.#headers.has(name);
    if (this.sendDate && !has('date')) wire.push(['Date', new Date().toUTCString()]);
    if (!has('connection')) {
      wire.push(['Connection', 'keep-alive'], ['Keep-Alive', 'timeout=5']);
    }
    if (this.#hasBody && !has('content-length') && !has('transfer-encoding')) {
      if (this.#contentLength !== null) {
        wire.push(['Content-Length', String(this.#contentLength)]);
      } else wire.push(['Transfer-Encoding', 'chunked']);
    }
    return wire;
  }

  #postHead(): void {
    if (this.#headPosted || !this.#head || this.destroyed) return;
    this.#headPosted = true;
    this.#host.sink.head(this.statusCode, this.statusMessage ?? '', this.#head);
  }
}

/** writeHead's headers: an object, a flat [name, value, …] array, or an array of pairs. */
function headerEntries(
  headers: Record<string, HeaderValue> | HeaderValue[] | undefined,
): Array<[string, HeaderValue]> {
  if (headers === undefined || headers === null) return [];
  if (!Array.isArray(headers)) return Object.entries(headers);
  if (headers.length > 0 && Array.isArray(headers[0])) {
    return (headers as unknown as Array<[string, HeaderValue]>).map(([name, value]) => [
      name,
      value,
    ]);
  }
  if (headers.length % 2 !== 0) {
    throw nodeError(
      TypeError,
      'ERR_INVALID_ARG_VALUE',
      `The argument 'headers' is invalid. Received [ ${headers.map((one) => `'${String(one as string)}'`).join(', ')} ]`,
    );
  }
  const entries: Array<[string, HeaderValue]> = [];
  for (let index = 0; index < headers.length; index += 2) {
    entries.push([String(headers[index] as string), headers[index + 1] as HeaderValue]);
  }
  return entries;
}
