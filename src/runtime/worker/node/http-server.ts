// Node's `http.Server` for a web program (docs/aws-lambda.md#web-programs-nodes-http-server). A
// browser worker cannot accept connections, so "listening" is taking a port in the program's own
// table (the web runtime's); the page's requests to that port arrive as exchanges, each becoming
// a `'request'` with an IncomingMessage and a ServerResponse. A listening server and each request
// in flight keep the process alive, as a listening socket and an open connection keep Node's.
import type { ServerEndpoint } from '../../protocol';
import { Buffer } from './buffer';
import { EventEmitter } from './events';
import { IncomingMessage } from './incoming-message';
import { nodeError } from './node-errors';
import { ServerResponse } from './server-response';
import type { ResponseSink } from './server-response';

/** One request from the page and the way back to it. */
export interface Exchange extends ResponseSink {
  method: string;
  path: string;
  headers: ReadonlyArray<readonly [string, string]>;
  body: Uint8Array;
  remoteAddress: string;
  /** Set by the server: called if the client goes away before the response ended. */
  onCancel: (() => void) | null;
}

/** What the web runtime gives the servers of its process. */
export interface ServerHost {
  /**
   * Takes the endpoint for `accept` (port 0: any free port). Returns the endpoint taken, or null
   * when another server holds it.
   */
  bind(endpoint: ServerEndpoint, accept: (exchange: Exchange) => void): ServerEndpoint | null;
  unbind(endpoint: ServerEndpoint): void;
  /** Node's process.nextTick: what the callback throws is an uncaught exception. */
  nextTick(callback: () => void): void;
  /** Counts `promise` as work that keeps the process alive until it settles. */
  track(promise: Promise<unknown>): void;
}

/** How much of a body each 'data' event carries at most: a socket read's worth (64 KiB). */
const READ_SIZE = 64 * 1024;
const MAX_PORT = 65535;

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;
type ListenCallback = () => void;

interface ListenOptions {
  port?: number | string;
  host?: string;
  path?: string;
}

/** `listen`'s many shapes, as Node's net.Server reads them. */
function listenTarget(args: unknown[]): { target: ListenOptions; callback?: ListenCallback } {
  const last = args[args.length - 1];
  const callback = typeof last === 'function' ? (last as ListenCallback) : undefined;
  const rest = callback ? args.slice(0, -1) : args;
  const [first, second] = rest;
  if (typeof first === 'object' && first !== null)
    return { target: first as ListenOptions, callback };
  if (typeof first === 'string' && !/^\d+$/.test(first))
    return { target: { path: first }, callback };
  return {
    target: {
      ...(first !== undefined && first !== null && { port: first as number | string }),
      ...(typeof second === 'string' && { host: second }),
    },
    callback,
  };
}

function checkPort(port: unknown): number {
  const value = typeof port === 'string' && port.trim() !== '' ? Number(port) : port;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_PORT) {
    const shown = typeof port === 'string' ? `'${port}'` : String(port);
    throw nodeError(
      RangeError,
      'ERR_SOCKET_BAD_PORT',
      `options.port should be >= 0 and < 65536. Received type ${typeof port} (${shown}).`,
    );
  }
  return value;
}

/** Node binds `::` when no host is given; `localhost` resolves to the IPv4 loopback. */
function bindHost(host: string | undefined): string {
  if (host === undefined || host === '') return '::';
  return host === 'localhost' ? '127.0.0.1' : host;
}

function describe(endpoint: ServerEndpoint): string {
  return endpoint.kind === 'pipe' ? endpoint.path : `${endpoint.host}:${endpoint.port}`;
}

function addressInUse(endpoint: ServerEndpoint): Error {
  // libuv's error, which Node does not name in the stack's first line.
  const error = nodeError(
    Error,
    'EADDRINUSE',
    `listen EADDRINUSE: address already in use ${describe(endpoint)}`,
    false,
  );
  return Object.assign(
    error,
    { errno: -98, syscall: 'listen' },
    endpoint.kind === 'tcp'
      ? { address: endpoint.host, port: endpoint.port }
      : { address: endpoint.path },
  );
}

/** The connection a request came on: what `req.socket` tells of it. */
class Socket extends EventEmitter {
  readonly remoteFamily: string;
  readonly localPort: number | undefined;
  readonly localAddress: string | undefined;
  destroyed = false;
  constructor(
    readonly remoteAddress: string,
    endpoint: ServerEndpoint,
    private readonly onDestroy: () => void,
  ) {
    super();
    this.remoteFamily = remoteAddress.includes(':') ? 'IPv6' : 'IPv4';
    this.localPort = endpoint.kind === 'tcp' ? endpoint.port : undefined;
    this.localAddress = endpoint.kind === 'tcp' ? endpoint.host : undefined;
  }
  get remotePort(): number {
    return 0;
  }
  destroy(): this {
    if (!this.destroyed) {
      this.destroyed = true;
      this.onDestroy();
    }
    return this;
  }
  setTimeout(): this {
    return this;
  }
  setNoDelay(): this {
    return this;
  }
  setKeepAlive(): this {
    return this;
  }
  ref(): this {
    return this;
  }
  unref(): this {
    return this;
  }
}

export class Server extends EventEmitter {
  listening = false;
  timeout = 0;
  keepAliveTimeout = 5000;
  headersTimeout = 60000;
  requestTimeout = 300000;
  maxHeadersCount: number | null = null;
  #host: ServerHost;
  #endpoint: ServerEndpoint | null = null;
  #inFlight = new Set<{ cancel(): void }>();
  #closing = false;
  /** Settles the promise that keeps the process alive while listening (or unref'd). */
  #release: (() => void) | null = null;
  #referenced = true;

  constructor(host: ServerHost, listener?: RequestListener) {
    super();
    this.#host = host;
    if (listener) this.on('request', listener as (...args: unknown[]) => void);
  }

  listen(...args: unknown[]): this {
    if (this.listening) {
      throw nodeError(
        Error,
        'ERR_SERVER_ALREADY_LISTEN',
        'Listen method has been called more than once without closing.',
      );
    }
    const { target, callback } = listenTarget(args);
    const wanted: ServerEndpoint =
      target.path !== undefined
        ? { kind: 'pipe', path: target.path }
        : { kind: 'tcp', host: bindHost(target.host), port: checkPort(target.port ?? 0) };
    if (callback) this.once('listening', callback);
    const bound = this.#host.bind(wanted, (exchange) => this.#accept(exchange));
    if (!bound) {
      this.#host.nextTick(() => this.emit('error', addressInUse(wanted)));
      return this;
    }
    this.#endpoint = bound;
    this.listening = true;
    this.#closing = false;
    if (this.#referenced) this.#keepAlive();
    this.#host.nextTick(() => this.emit('listening'));
    return this;
  }

  /** `{ address, family, port }`, a pipe's path, or null when not listening. */
  address(): { address: string; family: string; port: number } | string | null {
    const endpoint = this.#endpoint;
    if (!endpoint || !this.listening) return null;
    if (endpoint.kind === 'pipe') return endpoint.path;
    const family = endpoint.host.includes(':') ? 'IPv6' : 'IPv4';
    return { address: endpoint.host, family, port: endpoint.port };
  }

  /** Stops accepting at once; 'close' once the requests in flight have ended. */
  close(callback?: (error?: Error) => void): this {
    if (!this.listening || !this.#endpoint) {
      const error = nodeError(Error, 'ERR_SERVER_NOT_RUNNING', 'Server is not running.');
      if (callback) this.#host.nextTick(() => callback(error));
      return this;
    }
    if (callback) this.once('close', () => callback());
    this.#host.unbind(this.#endpoint);
    this.listening = false;
    this.#closing = true;
    this.#release?.();
    this.#release = null;
    this.#closeWhenIdle();
    return this;
  }

  closeAllConnections(): void {
    for (const exchange of [...this.#inFlight]) exchange.cancel();
  }
  closeIdleConnections(): void {
    // Each connection carries one request here, so none is ever idle.
  }
  setTimeout(ms: number, callback?: () => void): this {
    this.timeout = ms;
    if (callback) this.on('timeout', callback);
    return this;
  }
  ref(): this {
    this.#referenced = true;
    if (this.listening && !this.#release) this.#keepAlive();
    return this;
  }
  unref(): this {
    this.#referenced = false;
    this.#release?.();
    this.#release = null;
    return this;
  }

  #keepAlive(): void {
    this.#host.track(new Promise<void>((resolve) => (this.#release = resolve)));
  }

  #closeWhenIdle(): void {
    if (!this.#closing || this.#inFlight.size > 0) return;
    this.#closing = false;
    this.#host.nextTick(() => this.emit('close'));
  }

  #accept(exchange: Exchange): void {
    const endpoint = this.#endpoint as ServerEndpoint;
    let settle = () => {};
    this.#host.track(new Promise<void>((resolve) => (settle = resolve)));
    let open = true;
    const entry = {
      cancel: () => {
        if (!open) return;
        socket.destroy();
      },
    };
    const finished = () => {
      if (!open) return;
      open = false;
      this.#inFlight.delete(entry);
      settle();
      this.#closeWhenIdle();
    };
    const socket = new Socket(exchange.remoteAddress, endpoint, () => {
      response.destroy();
      if (!request.destroyed) request.destroy();
      finished();
    });
    const request = new IncomingMessage();
    request.method = exchange.method;
    request.url = exchange.path;
    request.statusCode = null;
    request.statusMessage = null;
    request.socket = socket;
    for (const [name, value] of exchange.headers) request.addHeaderLine(name, value);
    const sink: ResponseSink = {
      head: (...head) => exchange.head(...head),
      chunk: (bytes) => exchange.chunk(bytes),
      end: () => {
        exchange.end();
        finished();
        // A body nobody read is drained, as Node's server dumps it: the request then ends and
        // closes after the response.
        if (request.readableFlowing === null) request.resume();
      },
      reset: () => {
        exchange.reset();
        finished();
      },
    };
    const response = new ServerResponse(
      { sink, nextTick: this.#host.nextTick, method: exchange.method },
      request,
      socket,
    );
    exchange.onCancel = () => {
      if (!open) return;
      open = false;
      // Node's order: 'aborted' on a request not read to its end, the response's 'close', then the request's.
      if (!request.readableEnded) request.emit('aborted');
      response.clientClosed();
      if (!request.destroyed) request.destroy();
      this.#inFlight.delete(entry);
      settle();
      this.#closeWhenIdle();
    };
    this.#inFlight.add(entry);
    const { body } = exchange;
    for (let offset = 0; offset < body.byteLength; offset += READ_SIZE) {
      const piece = body.subarray(offset, offset + READ_SIZE);
      request.push(Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength));
    }
    request.complete = true;
    request.push(null);
    this.emit('request', request, response);
  }
}

/**
 * The process's `http.Server`, constructed as Node's is (`new http.Server([options], [listener])`),
 * and `http.createServer`, which makes one.
 */
export function serverModuleParts(host: ServerHost) {
  class HttpServer extends Server {
    constructor(options?: object | RequestListener, listener?: RequestListener) {
      super(host, typeof options === 'function' ? (options as RequestListener) : listener);
    }
  }
  Object.defineProperty(HttpServer, 'name', { value: 'Server' });
  const createServer = (options?: object | RequestListener, listener?: RequestListener) =>
    new HttpServer(options, listener);
  return { Server: HttpServer, createServer };
}
