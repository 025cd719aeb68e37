// What an operation is given: the request, who made it, the buckets, and the bucket and key the
// request addressed.
import type { ApiCaller, ApiRequest } from '../api-types';
import { noSuchBucket } from './errors';
import type { S3Port } from './s3-port';

export interface S3Call {
  request: ApiRequest;
  caller: ApiCaller;
  port: S3Port;
  /** Null only for ListBuckets. */
  bucket: string | null;
  /** Null for the bucket's own operations. */
  key: string | null;
}

/** The addressed bucket, which must exist. */
export function existingBucket(call: S3Call): string {
  if (call.bucket === null || !call.port.hasBucket(call.bucket)) {
    throw noSuchBucket(call.bucket ?? '');
  }
  return call.bucket;
}

/** One query parameter's (first) value, or null. */
export function queryValue(call: S3Call, name: string): string | null {
  return call.request.query.get(name)?.[0] ?? null;
}

/** The invocation, as the notifications it causes carry it. */
export const originOf = (call: S3Call) => ({
  functionName: call.caller.functionName,
  requestId: call.caller.requestId,
});
