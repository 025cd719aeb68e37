// Node's `http` and `https` clients on the worker's `fetch`, so a request obeys the function's
// Internet-access setting as fetch does: `request`/`get` return a ClientRequest (write, end,
// setTimeout, 'error'), and 'response' brings an IncomingMessage, a Readable with statusCode and
// lower-cased headers. Servers are for web programs only (http-server.ts).
import { Buffer } from './buffer';
import { EventEmitter } from './events';
import { IncomingMessage } from './incoming-message';
import { unavailable } from './node-errors';
import { METHODS, STATUS_CODES } from './status-codes';
import { serverModuleParts } from './http-server';
import type { ServerHost } from './http-server';
import { ServerResponse } from './server-response';

export interface RequestOptions {
  protocol?: string;
  host?: string;
  hostname?: string;
  port?: number | string;
  path?: string;
  method?: string;
  headers?: Record<string, string | number | string[]>;
  auth?: string;
  signal?: AbortSignal;
  timeout?: number;
}

type ResponseListener = (response: IncomingMessage) => void;

function fromResponse(response: Response): IncomingMessage {
  const message = new IncomingMessage();
  message.statusCode = response.status;
  message.statusMessage = response.statusText;
  response.headers.forEach((value, name) => {
    message.rawHeaders.push(name, value);
    message.headers[name] = name === 'set-cookie' ? value.split(/,\s*(?=[^;,]+=)/) : value;
  });
  return message;
}

async function pump(body: ReadableStream<Uint8Array> | null, message: IncomingMessage) {
  if (body) {
    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      message.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
    }
  }
  message.complete = true;
  message.push(null);
}

function urlOf(options: RequestOptions, defaultProtocol: string): string {
  const protocol = options.protocol ?? defaultProtocol;
  const host = options.hostname ?? options.host ?? 'localhost';
  const port = options.port === undefined ? '' : `:${String(options.port)}`;
  const auth = options.auth ? `${options.auth}@` : '';
  return `${protocol}//${auth}${host}${port}${options.path ?? '/'}`;
}

export class ClientRequest extends EventEmitter {
  readonly method: string;
  readonly path: string;
  readonly host: string;
  #url: string;
  #headers = new Map<string, string>();
  #chunks: Uint8Array[] = [];
  #controller = new AbortController();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #sent = false;
  destroyed = false;

  constructor(url: string, options: RequestOptions, callback?: ResponseListener) {
    super();
    this.#url = url;
    const parsed = new URL(url);
    this.method = (options.method ?? 'GET').toUpperCase();
    this.path = `${parsed.pathname}${parsed.search}`;
    this.host = parsed.hostname;
    for (const [name, value] of Object.entries(options.headers ?? {})) this.setHeader(name, value);
    if (callback) this.once('response', callback as (...args: unknown[]) => void);
    options.signal?.addEventListener('abort', () =>
      this.destroy(new Error('The operation was aborted')),
    );
    if (options.timeout !== undefined) this.setTimeout(options.timeout);
  }

  setHeader(name: string, value: string | number | string[]): this {
    this.#headers.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : String(value));
    return this;
  }
  getHeader(name: string): string | undefined {
    return this.#headers.get(name.toLowerCase());
  }
  removeHeader(name: string): void {
    this.#headers.delete(name.toLowerCase());
  }

  write(
    chunk: string | Uint8Array,
    encoding?: string | (() => void),
    callback?: () => void,
  ): boolean {
    const text = typeof encoding === 'string' ? encoding : 'utf8';
    this.#chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, text as 'utf8') : chunk);
    const done = typeof encoding === 'function' ? encoding : callback;
    if (done) queueMicrotask(done);
    return true;
  }

  end(
    chunk?: string | Uint8Array | (() => void),
    encoding?: string | (() => void),
    callback?: () => void,
  ): this {
    if (typeof chunk === 'function') callback = chunk;
    else if (chunk !== undefined)
      this.write(chunk, typeof encoding === 'string' ? encoding : 'utf8');
    if (typeof encoding === 'function') callback = encoding;
    if (this.#sent) return this;
    this.#sent = true;
    if (callback) this.once('finish', callback);
    void this.#send();
    return this;
  }

  setTimeout(ms: number, callback?: () => void): this {
    if (callback) this.once('timeout', callback);
    clearTimeout(this.#timer);
    if (ms > 0) this.#timer = setTimeout(() => this.emit('timeout'), ms);
    return this;
  }

  destroy(error?: Error): this {
    if (this.destroyed) return this;
    this.destroyed = true;
    clearTimeout(this.#timer);
    this.#controller.abort();
    if (error) queueMicrotask(() => this.emit('error', error));
    queueMicrotask(() => this.emit('close'));
    return this;
  }
  abort(): void {
    this.destroy();
  }

  async #send(): Promise<void> {
    const body =
      this.method === 'GET' || this.method === 'HEAD' ? undefined : Buffer.concat(this.#chunks);
    const init: RequestInit = {
      method: this.method,
      headers: [...this.#headers],
      signal: this.#controller.signal,
    };
    if (body) init.body = body;
    this.emit('finish');
    let response: Response;
    try {
      // The global fetch, which the runtime tracks as pending work and the sandbox polices.
      response = await globalThis.fetch(this.#url, init);
    } catch (error) {
      clearTimeout(this.#timer);
      if (!this.destroyed) this.emit('error', error);
      return;
    }
    const message = fromResponse(response);
    this.emit('response', message);
    try {
      await pump(response.body, message);
    } catch (error) {
      message.destroy(error instanceof Error ? error : new Error(String(error)));
    } finally {
      clearTimeout(this.#timer);
    }
  }
}

export class Agent extends EventEmitter {
  readonly options: object;
  constructor(options: object = {}) {
    super();
    this.options = options;
  }
  destroy(): void {}
}

function createHttpModule(defaultProtocol: 'http:' | 'https:', servers?: ServerHost) {
  function request(
    target: string | URL | RequestOptions,
    optionsOrCallback?: RequestOptions | ResponseListener,
    maybeCallback?: ResponseListener,
  ): ClientRequest {
    const callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback;
    const extra = typeof optionsOrCallback === 'object' ? optionsOrCallback : {};
    if (typeof target === 'string' || target instanceof URL) {
      const url = new URL(String(target));
      const options = { ...extra };
      if (extra.path !== undefined) url.pathname = extra.path;
      return new ClientRequest(url.href, options, callback);
    }
    const options = { ...target, ...extra };
    return new ClientRequest(urlOf(options, defaultProtocol), options, callback);
  }
  function get(
    target: string | URL | RequestOptions,
    optionsOrCallback?: RequestOptions | ResponseListener,
    maybeCallback?: ResponseListener,
  ): ClientRequest {
    return request(target, optionsOrCallback, maybeCallback).end();
  }
  // No server without a process that can listen (an event function's handler cannot); https's
  // never: TLS ends at the front end (a Web Function's endpoint, a load balancer), which forwards
  // plain HTTP to the program (docs/aws-lambda.md#web-programs-nodes-http-server).
  const noServer = (reason: string) => {
    const refuse = () => {
      throw unavailable(`${defaultProtocol.slice(0, -1)}.createServer`, reason);
    };
    return { Server: refuse, createServer: refuse };
  };
  const serverParts =
    defaultProtocol === 'https:'
      ? noServer(
          'TLS ends at the HTTPS front end (the Web Function endpoint or the load balancer), which forwards plain HTTP to the program: listen with http.createServer',
        )
      : servers
        ? serverModuleParts(servers)
        : noServer(
            "this playground's Lambda runtime runs in a browser worker, where only a web program (a Web Function or an ECS service) can accept connections",
          );
  const globalAgent = new Agent();
  return {
    request,
    get,
    Agent,
    globalAgent,
    ClientRequest,
    IncomingMessage,
    STATUS_CODES,
    METHODS,
    ...serverParts,
    ServerResponse,
  };
}

export const httpModule = createHttpModule('http:');
export const httpsModule = createHttpModule('https:');

/** A web program's `http` and `https`, whose servers listen in its process's port table. */
export function createServerModules(servers: ServerHost) {
  return { http: createHttpModule('http:', servers), https: createHttpModule('https:', servers) };
}
