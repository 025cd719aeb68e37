// The object operations: PutObject, GetObject, HeadObject, DeleteObject, CopyObject. Writes go
// through the port, which fires the bucket's notifications (ObjectCreated:Put and :Copy,
// ObjectRemoved:Delete) with the calling invocation as their origin.
import type { ApiResponse } from '../api-types';
import { bytesResponse, xmlResponse } from '../wire/responses';
import { copySourceOf } from './addressing';
import { requestPayload } from './aws-chunked';
import { verifiedChecksums, verifyContentMd5 } from './checksums';
import {
  invalidArgument,
  invalidRequest,
  keyTooLong,
  noSuchBucket,
  noSuchKey,
  preconditionFailed,
  S3Failure,
} from './errors';
import { headersToStore, objectResponseHeaders } from './object-headers';
import { existingBucket, originOf, type S3Call } from './s3-call';
import type { S3Object } from './s3-port';
import { copyObjectResultXml, quotedETag } from './xml-results';

/** What S3 answers for an object PUT without Content-Type (docs/aws-services.md#s3-api). */
const DEFAULT_CONTENT_TYPE = 'binary/octet-stream';

const encoder = new TextEncoder();
const empty = new Uint8Array(0);

function objectKey(call: S3Call): string {
  // The router sends only requests that name a key here.
  const key = call.key!;
  const size = encoder.encode(key).length;
  if (size > 1024) throw keyTooLong(size);
  return key;
}

function checksumHeaders(object: S3Object): Array<[string, string]> {
  const checksums = [...object.headers].filter(([name]) => name.startsWith('x-amz-checksum-'));
  return checksums.length === 0 ? [] : [...checksums, ['x-amz-checksum-type', 'FULL_OBJECT']];
}

/** The conditional-write headers of a PutObject: If-None-Match: * and If-Match. */
function checkWriteConditions(call: S3Call, existing: S3Object | undefined, key: string): void {
  const ifNoneMatch = call.request.headers.get('if-none-match');
  if (ifNoneMatch === '*' && existing !== undefined) throw preconditionFailed('If-None-Match');
  const ifMatch = call.request.headers.get('if-match');
  if (ifMatch === undefined) return;
  if (existing === undefined) throw noSuchKey(key);
  if (ifMatch !== quotedETag(existing.eTag) && ifMatch !== existing.eTag) {
    throw preconditionFailed('If-Match');
  }
}

export async function putObject(call: S3Call): Promise<ApiResponse> {
  const bucket = existingBucket(call);
  const key = objectKey(call);
  const { request } = call;
  const payload = requestPayload(request);
  verifyContentMd5(request.headers.get('content-md5'), payload.bytes);
  const checksums = verifiedChecksums([...request.headers, ...payload.trailers], payload.bytes);
  const headers = new Map([...headersToStore(request), ...checksums]);
  checkWriteConditions(call, call.port.object(bucket, key), key);
  const stored = await call.port.putObject(
    bucket,
    {
      key,
      bytes: payload.bytes,
      contentType: request.headers.get('content-type') || DEFAULT_CONTENT_TYPE,
      headers,
      eventName: 'ObjectCreated:Put',
    },
    originOf(call),
  );
  return bytesResponse(200, empty, [
    ['etag', quotedETag(stored.eTag)],
    ['x-amz-server-side-encryption', 'AES256'],
    ...checksumHeaders(stored),
  ]);
}

/** A satisfiable `Range: bytes=…` as [first, last], null to send the whole object. */
function byteRange(header: string | undefined, size: number): [number, number] | null {
  // Anything but one well-formed byte range is ignored and the whole object sent.
  const match = header === undefined ? null : /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (match === null || (match[1] === '' && match[2] === '')) return null;
  const unsatisfiable = () =>
    new S3Failure('InvalidRange', 'The requested range is not satisfiable', 416, [
      ['RangeRequested', header!],
      ['ActualObjectSize', String(size)],
    ]);
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0 || size === 0) throw unsatisfiable();
    return [Math.max(0, size - suffix), size - 1];
  }
  const first = Number(match[1]);
  if (match[2] !== '' && Number(match[2]) < first) return null;
  if (first >= size) throw unsatisfiable();
  const last = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  return [first, last];
}

/** The read conditions (If-Match, If-None-Match) as GET and HEAD check them. */
function checkReadConditions(call: S3Call, object: S3Object): void {
  const eTag = quotedETag(object.eTag);
  const matches = (header: string) =>
    header
      .split(',')
      .map((part) => part.trim())
      .some((part) => part === '*' || part === eTag || part === object.eTag);
  const ifMatch = call.request.headers.get('if-match');
  if (ifMatch !== undefined && !matches(ifMatch)) throw preconditionFailed('If-Match');
  const ifNoneMatch = call.request.headers.get('if-none-match');
  if (ifNoneMatch !== undefined && matches(ifNoneMatch)) {
    throw new S3Failure('NotModified', 'Not Modified', 304);
  }
}

async function readObject(call: S3Call, withBody: boolean): Promise<ApiResponse> {
  const bucket = existingBucket(call);
  const key = objectKey(call);
  const object = call.port.object(bucket, key);
  if (object === undefined) throw noSuchKey(key);
  checkReadConditions(call, object);
  const size = object.bytes.length;
  const range = byteRange(call.request.headers.get('range'), size);
  const headers = objectResponseHeaders(object, call.request, range === null);
  const [first, last] = range ?? [0, size - 1];
  const body = object.bytes.subarray(first, last + 1);
  headers.set('content-length', String(body.length));
  if (range !== null) headers.set('content-range', `bytes ${first}-${last}/${size}`);
  return bytesResponse(range === null ? 200 : 206, withBody ? body : empty, headers);
}

export const getObject = (call: S3Call) => readObject(call, true);

export const headObject = (call: S3Call) => readObject(call, false);

/** 204 whether or not the key existed; only a removal notifies. */
export async function deleteObject(call: S3Call): Promise<ApiResponse> {
  const bucket = existingBucket(call);
  const key = objectKey(call);
  if (call.port.object(bucket, key) !== undefined) {
    await call.port.deleteObject(bucket, key, originOf(call));
  }
  return bytesResponse(204, empty);
}

const SELF_COPY =
  "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.";

/** What may change in a copy onto itself, besides REPLACE metadata. */
const SELF_COPY_CHANGES = [
  'x-amz-storage-class',
  'x-amz-website-redirect-location',
  'x-amz-server-side-encryption',
];

export async function copyObject(call: S3Call): Promise<ApiResponse> {
  const bucket = existingBucket(call);
  const key = objectKey(call);
  const { request, port } = call;
  const header = request.headers.get('x-amz-copy-source')!;
  const source = copySourceOf(header);
  if (!port.hasBucket(source.bucket)) throw noSuchBucket(source.bucket);
  const original = port.object(source.bucket, source.key);
  if (original === undefined) throw noSuchKey(source.key);
  const directive = request.headers.get('x-amz-metadata-directive') ?? 'COPY';
  if (directive !== 'COPY' && directive !== 'REPLACE') {
    throw invalidArgument('Unknown metadata directive.', 'x-amz-metadata-directive', directive);
  }
  const onItself = source.bucket === bucket && source.key === key;
  if (
    onItself &&
    directive === 'COPY' &&
    !SELF_COPY_CHANGES.some((name) => request.headers.has(name))
  ) {
    throw invalidRequest(SELF_COPY);
  }
  const ifMatch = request.headers.get('x-amz-copy-source-if-match');
  if (ifMatch !== undefined && ifMatch !== quotedETag(original.eTag) && ifMatch !== original.eTag) {
    throw preconditionFailed('x-amz-copy-source-If-Match');
  }
  const checksums = [...original.headers].filter(([name]) => name.startsWith('x-amz-checksum-'));
  const replaced = directive === 'REPLACE';
  const stored = await port.putObject(
    bucket,
    {
      key,
      bytes: original.bytes,
      contentType: replaced
        ? request.headers.get('content-type') || DEFAULT_CONTENT_TYPE
        : original.contentType,
      headers: replaced ? new Map([...headersToStore(request), ...checksums]) : original.headers,
      eventName: 'ObjectCreated:Copy',
    },
    originOf(call),
  );
  return xmlResponse(200, copyObjectResultXml(stored), [
    ['x-amz-server-side-encryption', 'AES256'],
  ]);
}
