// Node's `crypto` as handlers use it: the random parts on the browser's Web Crypto (randomUUID,
// randomBytes, randomInt, getRandomValues, webcrypto), and the synchronous hashing Web Crypto
// lacks (createHash, createHmac, hash, pbkdf2) on @noble/hashes, an audited pure-JS library.
// Ciphers, signatures and key objects are not provided.
import { hmac } from '@noble/hashes/hmac.js';
import { md5, ripemd160, sha1 } from '@noble/hashes/legacy.js';
import { pbkdf2 as noblePbkdf2 } from '@noble/hashes/pbkdf2.js';
import { sha224, sha256, sha384, sha512, sha512_224, sha512_256 } from '@noble/hashes/sha2.js';
import { sha3_224, sha3_256, sha3_384, sha3_512 } from '@noble/hashes/sha3.js';
import { Buffer } from './buffer';
import { later } from './later';
import { invalidArgType, nodeError } from './node-errors';

import type { CHash } from '@noble/hashes/utils.js';

type HashFunction = CHash;
type Incremental = ReturnType<CHash['create']>;
/** Node's encodings, as the Buffer type spells them. */
type Encoding = 'utf8';

/** OpenSSL's names (and the aliases Node accepts) for the digests provided. */
const DIGESTS = new Map<string, HashFunction>([
  ['md5', md5],
  ['rsa-md5', md5],
  ['sha1', sha1],
  ['rsa-sha1', sha1],
  ['sha-1', sha1],
  ['sha224', sha224],
  ['sha-224', sha224],
  ['rsa-sha224', sha224],
  ['sha256', sha256],
  ['sha-256', sha256],
  ['rsa-sha256', sha256],
  ['sha384', sha384],
  ['sha-384', sha384],
  ['rsa-sha384', sha384],
  ['sha512', sha512],
  ['sha-512', sha512],
  ['rsa-sha512', sha512],
  ['sha512-224', sha512_224],
  ['sha512-256', sha512_256],
  ['sha3-224', sha3_224],
  ['sha3-256', sha3_256],
  ['sha3-384', sha3_384],
  ['sha3-512', sha3_512],
  ['ripemd160', ripemd160],
  ['rmd160', ripemd160],
  ['ripemd', ripemd160],
]);

const digestFor = (algorithm: unknown): HashFunction | undefined =>
  typeof algorithm === 'string' ? DIGESTS.get(algorithm.toLowerCase()) : undefined;

const DATA_TYPES = 'of type string or an instance of Buffer, TypedArray, or DataView';

/** The bytes of what `update` or a key was given, strings in their encoding (UTF-8 by default). */
function bytesOf(value: unknown, encoding: unknown, name: string, expected: string): Uint8Array {
  if (typeof value === 'string') {
    return Buffer.from(value, (typeof encoding === 'string' ? encoding : 'utf8') as Encoding);
  }
  if (ArrayBuffer.isView(value)) {
    return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  }
  throw invalidArgType(name, expected, value);
}

function output(bytes: Uint8Array, encoding: unknown): Buffer | string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return typeof encoding === 'string' && encoding !== 'buffer'
    ? buffer.toString(encoding as Encoding)
    : buffer;
}

const finalized = () => nodeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');

/** What createHash and createHmac return: update(data, encoding) chains, digest(encoding) ends. */
class Digest {
  #state: Incremental;
  #done = false;
  /** Hmac answers a second digest() with nothing; Hash throws. */
  readonly #repeatable: boolean;

  constructor(state: Incremental, repeatable: boolean) {
    this.#state = state;
    this.#repeatable = repeatable;
  }

  update(data: unknown, inputEncoding?: string): this {
    if (this.#done) throw finalized();
    this.#state.update(bytesOf(data, inputEncoding, 'data', `${DATA_TYPES}`));
    return this;
  }

  digest(encoding?: string): Buffer | string {
    if (this.#done) {
      if (this.#repeatable) return output(new Uint8Array(0), encoding);
      throw finalized();
    }
    this.#done = true;
    return output(this.#state.digest(), encoding);
  }

  /** Hash.copy(): the state so far, to be continued separately. */
  copy(): Digest {
    if (this.#done) throw finalized();
    return new Digest(this.#state.clone(), this.#repeatable);
  }
}

export class Hash extends Digest {}
export class Hmac extends Digest {}

function createHash(algorithm: string): Hash {
  const digest = digestFor(algorithm);
  if (!digest) throw new Error('Digest method not supported');
  return new Hash(digest.create(), false);
}

const KEY_TYPES =
  'of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey';

function keyBytes(key: unknown, encoding?: string): Uint8Array {
  if (key instanceof ArrayBuffer) return new Uint8Array(key);
  return bytesOf(key, encoding, 'key', KEY_TYPES);
}

function invalidDigest(algorithm: unknown) {
  return nodeError(
    TypeError,
    'ERR_CRYPTO_INVALID_DIGEST',
    `Invalid digest: ${String(algorithm)}`,
    false,
  );
}

function createHmac(algorithm: string, key: unknown, options?: { encoding?: string }): Hmac {
  const digest = digestFor(algorithm);
  if (!digest) throw invalidDigest(algorithm);
  return new Hmac(hmac.create(digest, keyBytes(key, options?.encoding)), true);
}

/** `crypto.hash(algorithm, data, outputEncoding = 'hex')`, Node 21.7+'s one-shot digest. */
function hash(algorithm: string, data: unknown, outputEncoding = 'hex'): Buffer | string {
  return createHash(algorithm).update(data).digest(outputEncoding);
}

function checkRange(name: string, value: unknown, low: number, high: number): number {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value) || value < low || value > high) {
    throw nodeError(
      RangeError,
      'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be >= ${low} && <= ${high}. Received ${value}`,
    );
  }
  return value;
}

const PBKDF2_INPUT =
  'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView';

function pbkdf2Sync(
  password: unknown,
  salt: unknown,
  iterations: unknown,
  keylen: unknown,
  digest: unknown,
): Buffer {
  const passwordBytes =
    password instanceof ArrayBuffer
      ? new Uint8Array(password)
      : bytesOf(password, 'utf8', 'password', PBKDF2_INPUT);
  const saltBytes =
    salt instanceof ArrayBuffer
      ? new Uint8Array(salt)
      : bytesOf(salt, 'utf8', 'salt', PBKDF2_INPUT);
  const rounds = checkRange('iterations', iterations, 1, 2147483647);
  const length = checkRange('keylen', keylen, 0, 2147483647);
  const hashFunction = digestFor(digest);
  if (!hashFunction) throw invalidDigest(digest);
  const derived = noblePbkdf2(hashFunction, passwordBytes, saltBytes, { c: rounds, dkLen: length });
  return Buffer.from(derived.buffer, derived.byteOffset, derived.byteLength);
}

function pbkdf2(
  password: unknown,
  salt: unknown,
  iterations: unknown,
  keylen: unknown,
  digest: unknown,
  callback: (error: Error | null, key?: Buffer) => void,
): void {
  if (typeof callback !== 'function')
    throw invalidArgType('callback', 'of type function', callback);
  // Argument errors throw at once, as in Node; the work itself reports through the callback.
  const key = pbkdf2Sync(password, salt, iterations, keylen, digest);
  later(() => callback(null, key));
}

const BUFFER_TYPES = 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView';

function viewOf(value: unknown, name: string): Uint8Array {
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value))
    return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  throw nodeError(
    TypeError,
    'ERR_INVALID_ARG_TYPE',
    `The "${name}" argument must be ${BUFFER_TYPES}.`,
    false,
  );
}

/** Compares every byte whatever the first difference, as Node's constant-time comparison does. */
function timingSafeEqual(a: unknown, b: unknown): boolean {
  const left = viewOf(a, 'buf1');
  const right = viewOf(b, 'buf2');
  if (left.byteLength !== right.byteLength) {
    throw nodeError(
      RangeError,
      'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH',
      'Input buffers must have the same byte length',
      false,
    );
  }
  let difference = 0;
  for (let index = 0; index < left.byteLength; index += 1) {
    difference |= (left[index] ?? 0) ^ (right[index] ?? 0);
  }
  return difference === 0;
}

function randomBytes(size: number, callback?: (error: null, bytes: Buffer) => void): Buffer {
  if (!Number.isInteger(size) || size < 0 || size > 2 ** 31 - 1) {
    throw new RangeError(
      `The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received ${size}`,
    );
  }
  const bytes = Buffer.alloc(size);
  // getRandomValues fills at most 65,536 bytes per call.
  for (let offset = 0; offset < size; offset += 65536) {
    crypto.getRandomValues(bytes.subarray(offset, offset + 65536));
  }
  if (callback) later(() => callback(null, bytes));
  return bytes;
}

/** An integer in [min, max), like Node's randomInt(max) / randomInt(min, max). */
function randomInt(minOrMax: number, max?: number): number {
  const [low, high] = max === undefined ? [0, minOrMax] : [minOrMax, max];
  const range = high - low;
  if (!Number.isSafeInteger(low) || !Number.isSafeInteger(high) || range <= 0) {
    throw new RangeError(
      `The value of "max" is out of range. It must be greater than the value of "min" (${low}). Received ${high}`,
    );
  }
  // Rejection sampling over 48 bits keeps every value equally likely.
  const limit = 2 ** 48 - (2 ** 48 % range);
  for (;;) {
    const words = crypto.getRandomValues(new Uint16Array(3));
    const value = (words[0] ?? 0) * 2 ** 32 + (words[1] ?? 0) * 2 ** 16 + (words[2] ?? 0);
    if (value < limit) return low + (value % range);
  }
}

/** The names `getHashes()` lists: the digests above, in OpenSSL's spelling. */
const HASH_NAMES = [
  'RSA-MD5', 'RSA-RIPEMD160', 'RSA-SHA1', 'RSA-SHA224', 'RSA-SHA256', 'RSA-SHA384', 'RSA-SHA512',
  'md5', 'ripemd', 'ripemd160', 'rmd160', 'sha1', 'sha224', 'sha256', 'sha3-224', 'sha3-256',
  'sha3-384', 'sha3-512', 'sha384', 'sha512', 'sha512-224', 'sha512-256',
]; // prettier-ignore

export const cryptoModule = {
  createHash,
  createHmac,
  hash,
  Hash,
  Hmac,
  getHashes: () => [...HASH_NAMES],
  pbkdf2,
  pbkdf2Sync,
  timingSafeEqual,
  randomUUID: () => crypto.randomUUID(),
  randomBytes,
  randomInt,
  getRandomValues: <T extends ArrayBufferView>(array: T) =>
    crypto.getRandomValues(array as T & Uint8Array),
  webcrypto: crypto,
  subtle: crypto.subtle,
};
