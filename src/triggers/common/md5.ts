// MD5 over bytes: S3 eTags of uploaded objects and SQS's md5OfBody / md5OfMessageAttributes. The
// same audited implementation (@noble/hashes) that backs the instances' `crypto.createHash('md5')`,
// so the project has one MD5.
import { md5 } from '@noble/hashes/legacy.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const encoder = new TextEncoder();

/** MD5 of bytes as 32 lower-case hex digits, as S3 and SQS print it. */
export function md5Hex(bytes: Uint8Array): string {
  return bytesToHex(md5(bytes));
}

/** MD5 of a string's UTF-8 bytes. */
export function md5OfText(text: string): string {
  return md5Hex(encoder.encode(text));
}
