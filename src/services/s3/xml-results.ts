// The XML documents S3 answers with: ListBucketResult (ListObjectsV2), CopyObjectResult,
// ListAllMyBucketsResult, in the 2006-03-01 namespace. Times are ISO 8601 with milliseconds, ETags
// quoted.
import { encodeS3Key } from '../../triggers';
import { document, element } from '../wire/xml';
import { CHECKSUM_ALGORITHMS, CHECKSUM_PREFIX } from './checksums';
import type { ListPage, ListRequest } from './list-objects';
import type { S3Bucket, S3Object } from './s3-port';

const NAMESPACE = 'http://s3.amazonaws.com/doc/2006-03-01/';

/** The owner S3 reports: the canonical user id from the S3 API Reference's examples. */
export const OWNER_ID = '75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a';

export const isoTime = (ms: number) => new Date(ms).toISOString();

export const quotedETag = (eTag: string) => `"${eTag}"`;

/** The stored checksums as S3 names their algorithms: `[['CRC32', 'PURI5w==']]`. */
export function storedChecksums(object: S3Object): Array<[string, string]> {
  const checksums: Array<[string, string]> = [];
  for (const [name, value] of object.headers) {
    const label = name.startsWith(CHECKSUM_PREFIX)
      ? CHECKSUM_ALGORITHMS.get(name.slice(CHECKSUM_PREFIX.length))
      : undefined;
    if (label !== undefined) checksums.push([label, value]);
  }
  return checksums;
}

export function listObjectsV2Xml(
  bucket: string,
  request: ListRequest & { encodingType: 'url' | null; fetchOwner: boolean },
  page: ListPage,
): string {
  const encode = (text: string) => (request.encodingType === 'url' ? encodeS3Key(text) : text);
  const contents = page.contents.map((object) => {
    const algorithms = storedChecksums(object).map(([algorithm]) => algorithm);
    return element('Contents', [
      element('Key', encode(object.key)),
      element('LastModified', isoTime(object.lastModified)),
      element('ETag', quotedETag(object.eTag)),
      algorithms.map((algorithm) => element('ChecksumAlgorithm', algorithm)),
      algorithms.length > 0 ? element('ChecksumType', 'FULL_OBJECT') : null,
      element('Size', object.bytes.length),
      request.fetchOwner ? element('Owner', element('ID', OWNER_ID)) : null,
      element('StorageClass', 'STANDARD'),
    ]);
  });
  return document('ListBucketResult', NAMESPACE, [
    element('Name', bucket),
    element('Prefix', encode(request.prefix)),
    request.continuationToken === null
      ? null
      : element('ContinuationToken', request.continuationToken),
    page.nextContinuationToken === null
      ? null
      : element('NextContinuationToken', page.nextContinuationToken),
    request.startAfter === null ? null : element('StartAfter', encode(request.startAfter)),
    element('KeyCount', page.contents.length + page.commonPrefixes.length),
    element('MaxKeys', request.maxKeys),
    request.delimiter === null ? null : element('Delimiter', encode(request.delimiter)),
    request.encodingType === null ? null : element('EncodingType', request.encodingType),
    element('IsTruncated', page.isTruncated),
    contents,
    page.commonPrefixes.map((prefix) =>
      element('CommonPrefixes', element('Prefix', encode(prefix))),
    ),
  ]);
}

export function copyObjectResultXml(object: S3Object): string {
  const checksums = storedChecksums(object);
  return document('CopyObjectResult', NAMESPACE, [
    element('ETag', quotedETag(object.eTag)),
    element('LastModified', isoTime(object.lastModified)),
    checksums.length > 0 ? element('ChecksumType', 'FULL_OBJECT') : null,
    checksums.map(([algorithm, value]) => element(`Checksum${algorithm}`, value)),
  ]);
}

export function listBucketsXml(buckets: readonly S3Bucket[], region: string): string {
  return document('ListAllMyBucketsResult', NAMESPACE, [
    element(
      'Buckets',
      buckets.map((bucket) =>
        element('Bucket', [
          element('Name', bucket.name),
          element('CreationDate', isoTime(bucket.createdAt)),
          element('BucketRegion', region),
        ]),
      ),
    ),
    element('Owner', element('ID', OWNER_ID)),
  ]);
}
