// The S3 API over the app's buckets, as the real `@aws-sdk/client-s3` calls it (REST-XML): which
// operation a request is (method, bucket or key, sub-resource), its answer with the request ids
// every S3 response carries, and the call's record for the platform's monitor and bill.
import type { ApiResponse, ServiceCallRecord, ServiceHandler, ServiceUnits } from '../api-types';
import { s3RequestId } from '../wire/request-ids';
import { addressOf, type S3Address } from './addressing';
import { headBucket, listBuckets, listObjectsV2 } from './bucket-operations';
import { errorResponse, internalError, notImplemented, S3Failure } from './errors';
import { copyObject, deleteObject, getObject, headObject, putObject } from './object-operations';
import type { S3Call } from './s3-call';
import type { S3Port } from './s3-port';
import { bytesToBase64 } from '../../share/base64';

/** How S3 prices a request: PUT, COPY, POST and LIST at one rate, GET and the rest at another. */
type Tier = 'put' | 'get' | 'free';

interface Operation {
  /** As the S3 API Reference names it. */
  name: string;
  tier: Tier;
  /** Absent for the operations the playground does not simulate (answered NotImplemented). */
  run?: (call: S3Call) => Promise<ApiResponse>;
}

/** Sub-resources that make a request another operation than the plain object or bucket one. */
/** Each method's operation name, by HTTP method. */
type ByMethod = Readonly<Partial<Record<string, string>>>;

const OBJECT_SUBRESOURCES: ReadonlyMap<string, ByMethod> = new Map<string, ByMethod>([
  ['uploads', { POST: 'CreateMultipartUpload' }],
  [
    'uploadId',
    {
      PUT: 'UploadPart',
      POST: 'CompleteMultipartUpload',
      DELETE: 'AbortMultipartUpload',
      GET: 'ListParts',
    },
  ],
  ['tagging', { GET: 'GetObjectTagging', PUT: 'PutObjectTagging', DELETE: 'DeleteObjectTagging' }],
  ['acl', { GET: 'GetObjectAcl', PUT: 'PutObjectAcl' }],
  ['attributes', { GET: 'GetObjectAttributes' }],
  ['retention', { GET: 'GetObjectRetention', PUT: 'PutObjectRetention' }],
  ['legal-hold', { GET: 'GetObjectLegalHold', PUT: 'PutObjectLegalHold' }],
  ['restore', { POST: 'RestoreObject' }],
  ['select', { POST: 'SelectObjectContent' }],
]);

const BUCKET_SUBRESOURCES: ReadonlyMap<string, ByMethod> = new Map<string, ByMethod>([
  ['delete', { POST: 'DeleteObjects' }],
  ['versions', { GET: 'ListObjectVersions' }],
  ['uploads', { GET: 'ListMultipartUploads' }],
  ['location', { GET: 'GetBucketLocation' }],
  [
    'notification',
    { GET: 'GetBucketNotificationConfiguration', PUT: 'PutBucketNotificationConfiguration' },
  ],
  ['versioning', { GET: 'GetBucketVersioning', PUT: 'PutBucketVersioning' }],
  ['policy', { GET: 'GetBucketPolicy', PUT: 'PutBucketPolicy', DELETE: 'DeleteBucketPolicy' }],
  ['tagging', { GET: 'GetBucketTagging', PUT: 'PutBucketTagging', DELETE: 'DeleteBucketTagging' }],
  ['cors', { GET: 'GetBucketCors', PUT: 'PutBucketCors', DELETE: 'DeleteBucketCors' }],
  ['lifecycle', { GET: 'GetBucketLifecycleConfiguration', PUT: 'PutBucketLifecycleConfiguration' }],
  ['acl', { GET: 'GetBucketAcl', PUT: 'PutBucketAcl' }],
  ['encryption', { GET: 'GetBucketEncryption', PUT: 'PutBucketEncryption' }],
]);

function tierOf(method: string, name: string): Tier {
  if (method === 'DELETE') return 'free';
  if (method === 'PUT' || method === 'POST' || name.startsWith('List')) return 'put';
  return 'get';
}

const unsupported = (method: string, name: string): Operation => ({
  name,
  tier: tierOf(method, name),
});

function subresourceOperation(
  method: string,
  query: ReadonlyMap<string, readonly string[]>,
  table: ReadonlyMap<string, ByMethod>,
): Operation | null {
  for (const [parameter, names] of table) {
    if (!query.has(parameter)) continue;
    // Own properties only: the method is the caller's text.
    const name = Object.hasOwn(names, method) ? names[method] : undefined;
    return unsupported(method, name ?? `${method} ?${parameter}`);
  }
  return null;
}

function objectOperation(method: string, headers: ReadonlyMap<string, string>): Operation {
  switch (method) {
    case 'PUT':
      return headers.has('x-amz-copy-source')
        ? { name: 'CopyObject', tier: 'put', run: copyObject }
        : { name: 'PutObject', tier: 'put', run: putObject };
    case 'GET':
      return { name: 'GetObject', tier: 'get', run: getObject };
    case 'HEAD':
      return { name: 'HeadObject', tier: 'get', run: headObject };
    case 'DELETE':
      return { name: 'DeleteObject', tier: 'free', run: deleteObject };
    default:
      return unsupported(method, `${method} object`);
  }
}

function bucketOperation(method: string, query: ReadonlyMap<string, readonly string[]>): Operation {
  switch (method) {
    case 'GET':
      return query.get('list-type')?.[0] === '2'
        ? { name: 'ListObjectsV2', tier: 'put', run: listObjectsV2 }
        : unsupported(method, 'ListObjects');
    case 'HEAD':
      return { name: 'HeadBucket', tier: 'get', run: headBucket };
    case 'PUT':
      return unsupported(method, 'CreateBucket');
    case 'DELETE':
      return unsupported(method, 'DeleteBucket');
    default:
      return unsupported(method, `${method} bucket`);
  }
}

function operationOf(request: Parameters<ServiceHandler>[0], address: S3Address): Operation {
  const { method, query, headers } = request;
  if (address.bucket === null) {
    return method === 'GET'
      ? { name: 'ListBuckets', tier: 'put', run: listBuckets }
      : unsupported(method, `${method} service`);
  }
  if (address.key !== null) {
    return (
      subresourceOperation(method, query, OBJECT_SUBRESOURCES) ?? objectOperation(method, headers)
    );
  }
  return subresourceOperation(method, query, BUCKET_SUBRESOURCES) ?? bucketOperation(method, query);
}

/** S3's `x-amz-id-2`: an opaque base64 host id. */
function hostId(): string {
  return bytesToBase64(crypto.getRandomValues(new Uint8Array(54)));
}

function withIds(response: ApiResponse, ids: { requestId: string; hostId: string }): ApiResponse {
  const headers = new Map(response.headers);
  headers.set('x-amz-request-id', ids.requestId);
  headers.set('x-amz-id-2', ids.hostId);
  return { ...response, headers };
}

function unitsOf(tier: Tier, statusCode: number): ServiceUnits {
  // "Bucket owners aren't billed for HTTP 5XX server error responses."
  if (tier === 'free' || statusCode >= 500) return { kind: 'free' };
  return { kind: 's3-request', tier };
}

export function createS3Api(port: S3Port): ServiceHandler {
  return async (request, caller) => {
    const ids = { requestId: s3RequestId(), hostId: hostId() };
    let operation: Operation = { name: 'Unknown', tier: 'get' };
    let bucket: string | null = null;
    let response: ApiResponse;
    let errorCode: string | null = null;
    try {
      const address = addressOf(request);
      bucket = address.bucket;
      operation = operationOf(request, address);
      if (operation.run === undefined) throw notImplemented();
      const call: S3Call = { request, caller, port, ...address };
      response = withIds(await operation.run(call), ids);
    } catch (thrown) {
      const failure = thrown instanceof S3Failure ? thrown : internalError();
      errorCode = failure.code;
      response = errorResponse(failure, ids, request.method);
    }
    const record: ServiceCallRecord = {
      service: 's3',
      operation: operation.name,
      resource: bucket !== null && port.hasBucket(bucket) ? bucket : null,
      statusCode: response.statusCode,
      errorCode,
      units: unitsOf(operation.tier, response.statusCode),
    };
    return { response, record };
  };
}
