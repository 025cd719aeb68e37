// Node's `Buffer`, the global and the `buffer` module: feross's `buffer` package (the one
// browserify and webpack ship), plus the 'base64url' encoding Node gained in v15.7 and the
// package lacks. The package's base64 decoder already accepts the URL-safe alphabet.
import { Buffer, INSPECT_MAX_BYTES, kMaxLength, SlowBuffer } from 'buffer';

const BASE64URL = 'base64url';
const isBase64Url = (encoding: unknown) =>
  typeof encoding === 'string' && encoding.toLowerCase() === BASE64URL;
/** The encoding the package understands for one Node accepts. */
const understood = (encoding: unknown): unknown => (isBase64Url(encoding) ? 'base64' : encoding);

type Method = (this: unknown, ...args: unknown[]) => unknown;

/** Replaces `owner[name]` with a version that maps 'base64url' in argument `at` to 'base64'. */
function acceptBase64Url(owner: object, name: string, at: number): void {
  const original = Reflect.get(owner, name) as Method;
  const wrapped = function (this: unknown, ...args: unknown[]) {
    if (isBase64Url(args[at])) args[at] = 'base64';
    return Reflect.apply(original, this, args);
  };
  Object.defineProperty(owner, name, { value: wrapped, writable: true, configurable: true });
}

const isUtf8 = (encoding: unknown) =>
  encoding === undefined || (typeof encoding === 'string' && /^utf-?8$/i.test(encoding));
const utf8 = new TextDecoder();

/**
 * UTF-8 as Node decodes it: the WHATWG decoder's one U+FFFD per maximal invalid subpart. The
 * package's own decoder replaces byte by byte (two U+FFFD for a truncated sequence, where Node
 * gives one). Offsets clamp as Node's toString clamps them.
 */
function decodeUtf8(bytes: Uint8Array, start = 0, end = bytes.length): string {
  const from = Math.max(0, Math.trunc(start) || 0);
  const to = Math.min(bytes.length, end === undefined ? bytes.length : Math.trunc(end) || 0);
  return to <= from ? '' : utf8.decode(bytes.subarray(from, to));
}

function addBase64Url(): void {
  const prototype = Buffer.prototype as unknown as object;
  const toString = Buffer.prototype.toString as Method;
  Object.defineProperty(prototype, 'toString', {
    value: function (this: Buffer, encoding?: string, start?: number, end?: number): string {
      if (isUtf8(encoding)) return decodeUtf8(this, start, end);
      if (!isBase64Url(encoding)) return toString.call(this, encoding, start, end) as string;
      const base64 = toString.call(this, 'base64', start, end) as string;
      return base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    },
    writable: true,
    configurable: true,
  });
  acceptBase64Url(Buffer, 'from', 1);
  acceptBase64Url(Buffer, 'byteLength', 1);
  acceptBase64Url(Buffer, 'alloc', 2);
  acceptBase64Url(prototype, 'fill', 3);
  acceptBase64Url(prototype, 'includes', 2);
  acceptBase64Url(prototype, 'indexOf', 2);
  acceptBase64Url(prototype, 'lastIndexOf', 2);
  // write(string, encoding) and write(string, offset, length, encoding): the last string argument.
  const write = Buffer.prototype.write as Method;
  Object.defineProperty(prototype, 'write', {
    value: function (this: unknown, ...args: unknown[]) {
      return Reflect.apply(write, this, args.map(understood));
    },
    writable: true,
    configurable: true,
  });
  const isEncoding = Buffer.isEncoding.bind(Buffer);
  Object.defineProperty(Buffer, 'isEncoding', {
    value: (encoding: string) => isBase64Url(encoding) || isEncoding(encoding),
    writable: true,
    configurable: true,
  });
}
addBase64Url();

export { Buffer };

export const bufferModule = {
  Buffer,
  SlowBuffer,
  INSPECT_MAX_BYTES,
  kMaxLength,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: 2 ** 29 - 24 },
  atob: globalThis.atob,
  btoa: globalThis.btoa,
  Blob: globalThis.Blob,
  File: globalThis.File,
};
