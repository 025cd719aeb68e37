// The headers S3 stores with an object from its PUT, and answers on GET and HEAD.
import type { ApiRequest } from '../api-types';
import { storedContentEncoding } from './aws-chunked';
import { metadataTooLarge } from './errors';
import type { S3Object } from './s3-port';

export const META_PREFIX = 'x-amz-meta-';

/** The content headers a PUT sets and a GET returns (Content-Type is kept apart). */
const CONTENT_HEADERS = ['cache-control', 'content-disposition', 'content-language', 'expires'];

/** Metadata and content headers of a PUT (or a CopyObject with REPLACE). */
export function headersToStore(request: Pick<ApiRequest, 'headers'>): Map<string, string> {
  const stored = new Map<string, string>();
  let metadataBytes = 0;
  const encoder = new TextEncoder();
  for (const [name, value] of request.headers) {
    if (name.startsWith(META_PREFIX)) {
      stored.set(name, value);
      metadataBytes += encoder.encode(name.slice(META_PREFIX.length) + value).length;
    } else if (CONTENT_HEADERS.includes(name)) {
      stored.set(name, value);
    }
  }
  // "The user-defined metadata is limited to 2 KB in size", keys and values in UTF-8.
  if (metadataBytes > 2048) throw metadataTooLarge(metadataBytes);
  const encoding = storedContentEncoding(request.headers.get('content-encoding'));
  if (encoding !== null) stored.set('content-encoding', encoding);
  return stored;
}

/** GetObject's `response-content-type` and the like override what is stored, for one answer. */
const OVERRIDES = new Map([
  ['response-content-type', 'content-type'],
  ['response-content-language', 'content-language'],
  ['response-expires', 'expires'],
  ['response-cache-control', 'cache-control'],
  ['response-content-disposition', 'content-disposition'],
  ['response-content-encoding', 'content-encoding'],
]);

/** The object's headers on GET or HEAD; checksums only when asked (x-amz-checksum-mode). */
export function objectResponseHeaders(
  object: S3Object,
  request: Pick<ApiRequest, 'headers' | 'query'>,
  wholeObject: boolean,
): Map<string, string> {
  const headers = new Map<string, string>([
    ['accept-ranges', 'bytes'],
    ['content-type', object.contentType],
    ['etag', `"${object.eTag}"`],
    ['last-modified', new Date(object.lastModified).toUTCString()],
    ['x-amz-server-side-encryption', 'AES256'],
  ]);
  const checksumMode = request.headers.get('x-amz-checksum-mode') === 'ENABLED';
  let checksums = 0;
  for (const [name, value] of object.headers) {
    if (!name.startsWith('x-amz-checksum-')) headers.set(name, value);
    else if (checksumMode && wholeObject) {
      headers.set(name, value);
      checksums++;
    }
  }
  if (checksums > 0) headers.set('x-amz-checksum-type', 'FULL_OBJECT');
  for (const [parameter, header] of OVERRIDES) {
    const value = request.query.get(parameter)?.[0];
    if (value !== undefined) headers.set(header, value);
  }
  return headers;
}
