// Node's `zlib` for gzip, zlib ("deflate") and raw deflate, on fflate: the sync functions, their
// callback forms, and the stream classes, all on fflate's streaming engines so that each behaves
// alike (a gzip input of several members decompresses whole, as in Node). Compressed output is
// valid for Node and any zlib, though not byte-identical to Node's. Brotli is not available.
import {
  Deflate as RawDeflater,
  Gunzip as Gunzipper,
  Gzip as Gzipper,
  Inflate as RawInflater,
  Unzlib as Unzlibber,
  Zlib as Zlibber,
} from 'fflate';
import type { FlateStreamHandler } from 'fflate';
import { Transform } from 'readable-stream';
import { Buffer } from './buffer';
import { later } from './later';
import { invalidArgType, nodeError, unavailable } from './node-errors';

type Kind = 'gzip' | 'gunzip' | 'deflate' | 'inflate' | 'deflateRaw' | 'inflateRaw' | 'unzip';

export interface ZlibOptions {
  level?: number;
}

/** fflate's engines all take `push(chunk, final)` and answer through `ondata(data, final)`. */
interface Engine {
  push(chunk: Uint8Array, final?: boolean): void;
}

const levelOf = (options: ZlibOptions | undefined) => {
  const level = options?.level ?? -1;
  if (!Number.isInteger(level) || level < -1 || level > 9) {
    throw nodeError(
      RangeError,
      'ERR_OUT_OF_RANGE',
      `The value of "options.level" is out of range. It must be >= -1 && <= 9. Received ${String(level)}`,
    );
  }
  // -1 is zlib's Z_DEFAULT_COMPRESSION, which is level 6.
  return (level === -1 ? 6 : level) as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
};

/** `unzip`: gzip or zlib, told apart by the first byte (gzip's magic number starts 0x1f). */
function unzipEngine(ondata: FlateStreamHandler): Engine {
  let engine: Engine | null = null;
  return {
    push(chunk, final) {
      if (!engine && chunk.length === 0 && !final) return;
      engine ??= chunk[0] === 0x1f ? new Gunzipper({}, ondata) : new Unzlibber({}, ondata);
      engine.push(chunk, final);
    },
  };
}

function engineFor(
  kind: Kind,
  options: ZlibOptions | undefined,
  ondata: FlateStreamHandler,
): Engine {
  // mtime 0: Node's gzip header carries no time either.
  const compress = { level: levelOf(options), mtime: 0 };
  switch (kind) {
    case 'gzip':
      return new Gzipper(compress, ondata);
    case 'deflate':
      return new Zlibber(compress, ondata);
    case 'deflateRaw':
      return new RawDeflater(compress, ondata);
    case 'gunzip':
      return new Gunzipper({}, ondata);
    case 'inflate':
      return new Unzlibber({}, ondata);
    case 'inflateRaw':
      return new RawInflater({}, ondata);
    case 'unzip':
      return unzipEngine(ondata);
  }
}

/** zlib's own messages and codes for what fflate reports (fflate's FlateErrorCode). */
const DATA_ERRORS = new Map<number, string>([
  [1, 'invalid block type'],
  [2, 'invalid literal/length code'],
  [3, 'invalid distance code'],
  [6, 'incorrect header check'],
]);

function zlibError(cause: unknown): Error {
  const code = (cause as { code?: unknown }).code;
  if (code === 0) {
    return Object.assign(nodeError(Error, 'Z_BUF_ERROR', 'unexpected end of file', false), {
      errno: -5,
    });
  }
  const message =
    (typeof code === 'number' ? DATA_ERRORS.get(code) : undefined) ??
    (cause instanceof Error ? cause.message : String(cause));
  return Object.assign(nodeError(Error, 'Z_DATA_ERROR', message, false), { errno: -3 });
}

function inputBytes(buffer: unknown): Uint8Array {
  if (typeof buffer === 'string') return Buffer.from(buffer, 'utf8');
  if (buffer instanceof ArrayBuffer) return new Uint8Array(buffer);
  if (ArrayBuffer.isView(buffer)) {
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }
  throw invalidArgType(
    'buffer',
    'of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer',
    buffer,
  );
}

function runSync(kind: Kind, buffer: unknown, options: ZlibOptions | undefined): Buffer {
  const input = inputBytes(buffer);
  const chunks: Uint8Array[] = [];
  const engine = engineFor(kind, options, (data) => chunks.push(data));
  try {
    engine.push(input, true);
  } catch (error) {
    throw zlibError(error);
  }
  return Buffer.concat(chunks);
}

type ZlibCallback = (error: Error | null, result?: Buffer) => void;

/** `zlib.gunzip(buffer[, options], callback)`: the work, then the callback as a later task. */
function runAsync(kind: Kind, buffer: unknown, optionsOrCallback: unknown, maybeCallback: unknown) {
  const callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback;
  const options = typeof optionsOrCallback === 'function' ? undefined : optionsOrCallback;
  if (typeof callback !== 'function')
    throw invalidArgType('callback', 'of type function', callback);
  const input = inputBytes(buffer);
  let result: Buffer | undefined;
  let failure: Error | null = null;
  try {
    result = runSync(kind, input, options as ZlibOptions | undefined);
  } catch (error) {
    failure = error instanceof Error ? error : zlibError(error);
  }
  const done = callback as ZlibCallback;
  later(() => (failure ? done(failure) : done(null, result)));
}

/** Node's zlib stream classes: a Transform feeding one engine, ending it on flush. */
class ZlibBase extends Transform {
  #engine: Engine;

  constructor(kind: Kind, options?: ZlibOptions) {
    super();
    this.#engine = engineFor(kind, options, (data) => {
      this.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    });
  }

  #feed(chunk: Uint8Array, final: boolean, callback: (error?: Error | null) => void): void {
    try {
      this.#engine.push(chunk, final);
    } catch (error) {
      callback(zlibError(error));
      return;
    }
    callback();
  }

  override _transform(chunk: unknown, encoding: string, callback: (error?: Error | null) => void) {
    const bytes =
      typeof chunk === 'string' ? Buffer.from(chunk, encoding as 'utf8') : inputBytes(chunk);
    this.#feed(bytes, false, callback);
  }

  override _flush(callback: (error?: Error | null) => void) {
    this.#feed(new Uint8Array(0), true, callback);
  }
}

export class Gzip extends ZlibBase {
  constructor(options?: ZlibOptions) {
    super('gzip', options);
  }
}
export class Gunzip extends ZlibBase {
  constructor(options?: ZlibOptions) {
    super('gunzip', options);
  }
}
export class Deflate extends ZlibBase {
  constructor(options?: ZlibOptions) {
    super('deflate', options);
  }
}
export class Inflate extends ZlibBase {
  constructor(options?: ZlibOptions) {
    super('inflate', options);
  }
}
export class DeflateRaw extends ZlibBase {
  constructor(options?: ZlibOptions) {
    super('deflateRaw', options);
  }
}
export class InflateRaw extends ZlibBase {
  constructor(options?: ZlibOptions) {
    super('inflateRaw', options);
  }
}
export class Unzip extends ZlibBase {
  constructor(options?: ZlibOptions) {
    super('unzip', options);
  }
}

/** CRC-32 (zlib.crc32, Node 22.2+), the IEEE polynomial gzip uses. */
const CRC_TABLE = Array.from({ length: 256 }, (_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value >>> 0;
});

function crc32(data: unknown, value = 0): number {
  let crc = ~value >>> 0;
  for (const byte of inputBytes(data)) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return ~crc >>> 0;
}

/** zlib.h's constants, as Node exports them (the Brotli ones are left out with Brotli). */
const constants = {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 4865,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15, Z_MIN_CHUNK: 64,
  Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384, Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9,
  Z_DEFAULT_MEMLEVEL: 8, Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
}; // prettier-ignore

const noBrotli = () => {
  throw unavailable(
    'Brotli',
    "this playground's Lambda runtime runs in the browser and provides gzip and deflate only",
  );
};

const KINDS: Kind[] = ['gzip', 'gunzip', 'deflate', 'inflate', 'deflateRaw', 'inflateRaw', 'unzip'];
const CLASSES = { Gzip, Gunzip, Deflate, Inflate, DeflateRaw, InflateRaw, Unzip };
const capitalized = (kind: Kind) => `${kind[0]?.toUpperCase() ?? ''}${kind.slice(1)}`;

function functionsFor(kind: Kind): Record<string, unknown> {
  const Class = CLASSES[capitalized(kind) as keyof typeof CLASSES];
  return {
    [`${kind}Sync`]: (buffer: unknown, options?: ZlibOptions) => runSync(kind, buffer, options),
    [kind]: (buffer: unknown, options: unknown, callback?: unknown) =>
      runAsync(kind, buffer, options, callback),
    [`create${capitalized(kind)}`]: (options?: ZlibOptions) => new Class(options),
  };
}

export const zlibModule = {
  ...(Object.assign({}, ...KINDS.map(functionsFor)) as Record<string, unknown>),
  ...CLASSES,
  constants,
  ...constants,
  crc32,
  brotliCompress: noBrotli,
  brotliCompressSync: noBrotli,
  brotliDecompress: noBrotli,
  brotliDecompressSync: noBrotli,
  createBrotliCompress: noBrotli,
  createBrotliDecompress: noBrotli,
  BrotliCompress: noBrotli,
  BrotliDecompress: noBrotli,
};
