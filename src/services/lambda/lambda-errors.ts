// Lambda's REST-JSON error responses: the code in the `x-amzn-errortype` header, a JSON body with
// `Type` and the message, and the request id in `x-amzn-RequestId` (docs/aws-services.md#lambda-invoke-api).
import type { ApiResponse } from '../api-types';
import { jsonResponse } from '../wire/responses';

export interface LambdaErrorSpec {
  statusCode: number;
  code: string;
  message: string;
  /** Members some errors add, e.g. TooManyRequestsException's `Reason`. */
  extra?: Record<string, string>;
}

/**
 * The message member's spelling is the error shape's own: ResourceNotFoundException has
 * `Message`, most others `message` (the SDK's Lambda schemas read each as modeled).
 */
const CAPITAL_MESSAGE: ReadonlySet<string> = new Set(['ResourceNotFoundException']);

/** Client errors are the caller's (`Type: User`); a ValidationException has no Type. */
const WITHOUT_TYPE: ReadonlySet<string> = new Set([
  'ValidationException',
  'UnknownOperationException',
]);

export function lambdaErrorResponse(error: LambdaErrorSpec, requestId: string): ApiResponse {
  const messageKey = CAPITAL_MESSAGE.has(error.code) ? 'Message' : 'message';
  const body: Record<string, string> = {
    ...error.extra,
    ...(!WITHOUT_TYPE.has(error.code) && { Type: 'User' }),
    [messageKey]: error.message,
  };
  return jsonResponse(error.statusCode, body, 'application/json', [
    ['x-amzn-requestid', requestId],
    ['x-amzn-errortype', error.code],
  ]);
}

/** `Function not found: arn:aws:lambda:us-east-1:123456789012:function:name` (HTTP 404). */
export function functionNotFound(arn: string): LambdaErrorSpec {
  return {
    statusCode: 404,
    code: 'ResourceNotFoundException',
    message: `Function not found: ${arn}`,
  };
}
