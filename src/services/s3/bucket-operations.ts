// The bucket and service operations: ListObjectsV2, HeadBucket, ListBuckets.
import type { ApiResponse } from '../api-types';
import { bytesResponse, xmlResponse } from '../wire/responses';
import { invalidArgument } from './errors';
import { listPage } from './list-objects';
import { existingBucket, queryValue, type S3Call } from './s3-call';
import { listBucketsXml, listObjectsV2Xml } from './xml-results';

/** Where the playground's buckets are: its S3 events say us-east-1 too. */
export const BUCKET_REGION = 'us-east-1';

/** "Returns some or all (up to 1,000) of the objects in a bucket with each request." */
const MOST_KEYS = 1000;

function maxKeysOf(call: S3Call): number {
  const raw = queryValue(call, 'max-keys');
  if (raw === null) return MOST_KEYS;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(value <= 2147483647)) {
    throw invalidArgument(
      'Provided max-keys not an integer or within integer range',
      'max-keys',
      raw,
    );
  }
  return value;
}

function encodingTypeOf(call: S3Call): 'url' | null {
  const raw = queryValue(call, 'encoding-type');
  if (raw === null) return null;
  if (raw !== 'url') {
    throw invalidArgument('Invalid Encoding Method specified in Request', 'encoding-type', raw);
  }
  return 'url';
}

export function listObjectsV2(call: S3Call): Promise<ApiResponse> {
  const bucket = existingBucket(call);
  const maxKeys = maxKeysOf(call);
  const request = {
    prefix: queryValue(call, 'prefix') ?? '',
    delimiter: queryValue(call, 'delimiter') || null,
    maxKeys,
    startAfter: queryValue(call, 'start-after') || null,
    continuationToken: queryValue(call, 'continuation-token'),
    encodingType: encodingTypeOf(call),
    fetchOwner: queryValue(call, 'fetch-owner') === 'true',
  };
  const page = listPage(call.port.objects(bucket), {
    ...request,
    maxKeys: Math.min(maxKeys, MOST_KEYS),
  });
  return Promise.resolve(xmlResponse(200, listObjectsV2Xml(bucket, request, page)));
}

export function headBucket(call: S3Call): Promise<ApiResponse> {
  existingBucket(call);
  return Promise.resolve(
    bytesResponse(200, new Uint8Array(0), [
      ['x-amz-bucket-region', BUCKET_REGION],
      ['x-amz-access-point-alias', 'false'],
    ]),
  );
}

export function listBuckets(call: S3Call): Promise<ApiResponse> {
  const buckets = [...call.port.buckets()].sort((a, b) => (a.name < b.name ? -1 : 1));
  return Promise.resolve(xmlResponse(200, listBucketsXml(buckets, BUCKET_REGION)));
}
