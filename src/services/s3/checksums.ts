// The integrity checks S3 makes on a PutObject: Content-MD5, and the flexible checksums the SDK
// sends by default (`x-amz-checksum-crc32`, in a header or, for a streamed body, a trailer). CRC32
// and CRC32C are verified here; the other algorithms' values are kept and answered as sent.
import { bytesToBase64 } from '../../share/base64';
import { md5Hex } from '../../triggers';
import { S3Failure } from './errors';

/** `x-amz-checksum-<name>` → the algorithm's name as S3 words it in messages and XML. */
export const CHECKSUM_ALGORITHMS: ReadonlyMap<string, string> = new Map([
  ['crc32', 'CRC32'],
  ['crc32c', 'CRC32C'],
  ['crc64nvme', 'CRC64NVME'],
  ['sha1', 'SHA1'],
  ['sha256', 'SHA256'],
]);

export const CHECKSUM_PREFIX = 'x-amz-checksum-';

function crcTable(polynomial: number): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let bit = 0; bit < 8; bit++) c = c & 1 ? polynomial ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

// Reflected polynomials: CRC-32 (ISO-HDLC, zlib's) and CRC-32C (Castagnoli).
const TABLES = new Map([
  ['crc32', crcTable(0xedb88320)],
  ['crc32c', crcTable(0x82f63b78)],
]);

function crc(table: Uint32Array, bytes: Uint8Array): Uint8Array {
  let c = 0xffffffff;
  for (const byte of bytes) c = table[(c ^ byte) & 0xff]! ^ (c >>> 8);
  c = (c ^ 0xffffffff) >>> 0;
  return new Uint8Array([c >>> 24, (c >>> 16) & 0xff, (c >>> 8) & 0xff, c & 0xff]);
}

/** The base64 checksum S3 would compute, for the algorithms verified here; null for the others. */
export function computeChecksum(algorithm: string, bytes: Uint8Array): string | null {
  const table = TABLES.get(algorithm);
  return table === undefined ? null : bytesToBase64(crc(table, bytes));
}

function hexToBytes(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

/** Content-MD5: base64 of the 16-byte digest. */
export function verifyContentMd5(header: string | undefined, bytes: Uint8Array): void {
  if (header === undefined) return;
  if (!/^[A-Za-z0-9+/]{22}==$/.test(header)) {
    throw new S3Failure('InvalidDigest', 'The Content-MD5 you specified was invalid.', 400, [
      ['Content-MD5', header],
    ]);
  }
  if (bytesToBase64(hexToBytes(md5Hex(bytes))) !== header) {
    throw new S3Failure(
      'BadDigest',
      'The Content-MD5 you specified did not match what we received.',
      400,
      [
        ['ExpectedDigest', header],
        ['CalculatedDigest', bytesToBase64(hexToBytes(md5Hex(bytes)))],
      ],
    );
  }
}

/**
 * The checksums sent with a put (headers and trailers), verified where the algorithm is; the
 * stored `x-amz-checksum-*` headers.
 */
export function verifiedChecksums(
  sent: Iterable<readonly [string, string]>,
  bytes: Uint8Array,
): Map<string, string> {
  const checksums = new Map<string, string>();
  for (const [name, value] of sent) {
    if (!name.startsWith(CHECKSUM_PREFIX)) continue;
    const algorithm = name.slice(CHECKSUM_PREFIX.length);
    const label = CHECKSUM_ALGORITHMS.get(algorithm);
    if (label === undefined) continue;
    const computed = computeChecksum(algorithm, bytes);
    if (computed !== null && computed !== value) {
      throw new S3Failure(
        'BadDigest',
        `The ${label} you specified did not match the calculated checksum.`,
        400,
      );
    }
    checksums.set(name, value);
  }
  return checksums;
}
