// Node's `http.IncomingMessage`: a Readable of the body with the message's head. The client's
// `'response'` gets one (status, headers) and a server's `'request'` listener another (method,
// url, headers, the socket it came on), as in Node, where both sides share the class.
import { Readable } from 'readable-stream';

type Headers = Record<string, string | string[]>;

/**
 * Headers Node keeps only the first of when a message repeats them (lib/_http_incoming.js
 * matchKnownFields); `set-cookie` becomes an array, `cookie` is joined with `; `, any other with `, `.
 */
const SINGLE_VALUED = new Set([
  'age', 'authorization', 'content-length', 'content-type', 'etag', 'expires', 'from', 'host',
  'if-modified-since', 'if-unmodified-since', 'last-modified', 'location', 'max-forwards',
  'proxy-authorization', 'referer', 'retry-after', 'server', 'user-agent',
]); // prettier-ignore

export class IncomingMessage extends Readable {
  statusCode: number | null = 0;
  statusMessage: string | null = '';
  httpVersion = '1.1';
  httpVersionMajor = 1;
  httpVersionMinor = 1;
  headers: Headers = {};
  rawHeaders: string[] = [];
  trailers: Headers = {};
  rawTrailers: string[] = [];
  url = '';
  method: string | null = null;
  complete = false;
  socket: unknown = null;

  get connection(): unknown {
    return this.socket;
  }

  /** Adds one header line as Node's parser does: raw as received, folded into `headers`. */
  addHeaderLine(name: string, value: string): void {
    this.rawHeaders.push(name, value);
    const key = name.toLowerCase();
    const existing = this.headers[key];
    if (existing === undefined) {
      this.headers[key] = key === 'set-cookie' ? [value] : value;
    } else if (Array.isArray(existing)) {
      existing.push(value);
    } else if (!SINGLE_VALUED.has(key)) {
      this.headers[key] = `${existing}${key === 'cookie' ? '; ' : ', '}${value}`;
    }
  }

  override _read(): void {
    // The body is pushed as it arrives.
  }
}
