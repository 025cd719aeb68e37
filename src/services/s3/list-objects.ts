// ListObjectsV2's page: keys in UTF-8 binary order (as S3 lists them), filtered by prefix, rolled
// up at the delimiter into common prefixes, at most max-keys entries (a common prefix counts as
// one), continued after the last entry by an opaque token.
import { fromBase64Url, toBase64Url } from '../../share/base64';
import { invalidArgument } from './errors';
import type { S3Object } from './s3-port';

export interface ListRequest {
  prefix: string;
  delimiter: string | null;
  maxKeys: number;
  startAfter: string | null;
  continuationToken: string | null;
}

export interface ListPage {
  contents: S3Object[];
  commonPrefixes: string[];
  isTruncated: boolean;
  nextContinuationToken: string | null;
}

/** Where a page ended: after a key, or after every key under a common prefix. */
interface Resume {
  kind: 'key' | 'prefix';
  value: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

function encodeToken(resume: Resume): string {
  return toBase64Url(encoder.encode(`${resume.kind === 'key' ? 'k' : 'p'}${resume.value}`));
}

function tokenText(token: string): string | null {
  const bytes = fromBase64Url(token);
  if (bytes === null) return null;
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

function decodeToken(token: string): Resume {
  const text = tokenText(token);
  const kind = text?.[0];
  if (text === null || (kind !== 'k' && kind !== 'p')) {
    throw invalidArgument(
      'The continuation token provided is incorrect',
      'continuation-token',
      token,
    );
  }
  return { kind: kind === 'k' ? 'key' : 'prefix', value: text.slice(1) };
}

/** UTF-8 byte order, which is code point order (UTF-16 order differs past the BMP). */
export function compareKeys(a: string, b: string): number {
  const left = encoder.encode(a);
  const right = encoder.encode(b);
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i++) {
    if (left[i] !== right[i]) return left[i]! - right[i]!;
  }
  return left.length - right.length;
}

export function sortedByKey(objects: readonly S3Object[]): S3Object[] {
  const keyed = objects.map((object) => ({ object, utf8: encoder.encode(object.key) }));
  keyed.sort((a, b) => {
    const length = Math.min(a.utf8.length, b.utf8.length);
    for (let i = 0; i < length; i++) {
      if (a.utf8[i] !== b.utf8[i]) return a.utf8[i]! - b.utf8[i]!;
    }
    return a.utf8.length - b.utf8.length;
  });
  return keyed.map(({ object }) => object);
}

export function listPage(objects: readonly S3Object[], request: ListRequest): ListPage {
  const resume = request.continuationToken === null ? null : decodeToken(request.continuationToken);
  // The token wins over StartAfter: it already lies past it.
  const after = resume?.value ?? request.startAfter;
  let rolledUp = resume?.kind === 'prefix' ? resume.value : null;
  const contents: S3Object[] = [];
  const commonPrefixes: string[] = [];
  let last: Resume | null = null;
  let isTruncated = false;
  for (const object of sortedByKey(objects)) {
    const { key } = object;
    if (after !== null && compareKeys(key, after) <= 0) continue;
    if (rolledUp !== null && key.startsWith(rolledUp)) continue;
    if (!key.startsWith(request.prefix)) continue;
    const cut = request.delimiter ? key.indexOf(request.delimiter, request.prefix.length) : -1;
    const entry: Resume =
      cut === -1
        ? { kind: 'key', value: key }
        : { kind: 'prefix', value: key.slice(0, cut + request.delimiter!.length) };
    if (contents.length + commonPrefixes.length >= request.maxKeys) {
      // MaxKeys 0 answers an empty, complete page.
      isTruncated = request.maxKeys > 0;
      break;
    }
    if (entry.kind === 'key') contents.push(object);
    else {
      commonPrefixes.push(entry.value);
      rolledUp = entry.value;
    }
    last = entry;
  }
  return {
    contents,
    commonPrefixes,
    isTruncated,
    nextContinuationToken: isTruncated && last !== null ? encodeToken(last) : null,
  };
}
