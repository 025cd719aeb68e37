// S3's error responses: `<Error><Code>…</Code><Message>…</Message>…<RequestId/><HostId/></Error>`
// with the status AWS gives each code (docs/aws-services.md#s3-api). A HEAD request's error has
// no body: the SDK names a bodiless 404 `NotFound` from the status alone.
import type { ApiResponse } from '../api-types';
import { bytesResponse, xmlResponse } from '../wire/responses';
import { element } from '../wire/xml';

/** A failed request, thrown by an operation and answered by the API as S3's error document. */
export class S3Failure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly statusCode: number,
    /** Extra elements S3 adds for this code (BucketName, Key, ArgumentName…), in order. */
    readonly details: ReadonlyArray<readonly [string, string]> = [],
  ) {
    super(message);
    this.name = code;
  }
}

export const noSuchBucket = (bucket: string) =>
  new S3Failure('NoSuchBucket', 'The specified bucket does not exist', 404, [
    ['BucketName', bucket],
  ]);

export const noSuchKey = (key: string) =>
  new S3Failure('NoSuchKey', 'The specified key does not exist.', 404, [['Key', key]]);

export const invalidArgument = (message: string, name: string, value: string) =>
  new S3Failure('InvalidArgument', message, 400, [
    ['ArgumentName', name],
    ['ArgumentValue', value],
  ]);

export const invalidRequest = (message: string) => new S3Failure('InvalidRequest', message, 400);

export const invalidUri = (uri: string) =>
  new S3Failure('InvalidURI', "Couldn't parse the specified URI.", 400, [['URI', uri]]);

export const keyTooLong = (size: number) =>
  new S3Failure('KeyTooLongError', 'Your key is too long', 400, [
    ['MaxSizeAllowed', '1024'],
    ['Size', String(size)],
  ]);

export const metadataTooLarge = (size: number) =>
  new S3Failure(
    'MetadataTooLarge',
    'Your metadata headers exceed the maximum allowed metadata size',
    400,
    [
      ['Size', String(size)],
      ['MaxSizeAllowed', '2048'],
    ],
  );

export const incompleteBody = () =>
  new S3Failure(
    'IncompleteBody',
    'You did not provide the number of bytes specified by the Content-Length HTTP header',
    400,
  );

export const preconditionFailed = (condition: string) =>
  new S3Failure(
    'PreconditionFailed',
    'At least one of the pre-conditions you specified did not hold',
    412,
    [['Condition', condition]],
  );

export const notImplemented = () =>
  new S3Failure(
    'NotImplemented',
    'A header you provided implies functionality that is not implemented',
    501,
  );

export const internalError = () =>
  new S3Failure('InternalError', 'We encountered an internal error. Please try again.', 500);

/** The error as S3 sends it; `ids` are the request's x-amz-request-id and x-amz-id-2. */
export function errorResponse(
  failure: S3Failure,
  ids: { requestId: string; hostId: string },
  method: string,
): ApiResponse {
  const headers: Array<[string, string]> = [
    ['x-amz-request-id', ids.requestId],
    ['x-amz-id-2', ids.hostId],
  ];
  // A 304 Not Modified has no body either.
  if (method === 'HEAD' || failure.statusCode === 304)
    return bytesResponse(failure.statusCode, new Uint8Array(0), headers);
  const xml = element('Error', [
    element('Code', failure.code),
    element('Message', failure.message),
    ...failure.details.map(([name, value]) => element(name, value)),
    element('RequestId', ids.requestId),
    element('HostId', ids.hostId),
  ]).xml;
  return xmlResponse(failure.statusCode, xml, headers);
}
