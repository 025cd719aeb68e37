// Lambda's REST-JSON error responses: the code in the `x-amzn-errortype` header, a JSON body with
// `Type` and the message, and the request id in `x-amzn-RequestId` (docs/aws-services.md#lambda-invoke-api).
import type { ApiResponse } from '../api-types';
import { jsonResponse } from '../wire/responses';
import {
  functionArnOf,
  isPlaygroundFunction,
  otherRegionMessage,
  type FunctionRef,
} from './function-names';

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
  const members: Record<string, string> = {
    ...error.extra,
    ...(!WITHOUT_TYPE.has(error.code) && { Type: 'User' }),
    [messageKey]: error.message,
  };
  // In code-unit order, as Lambda sends them: `{"Message":…,"Type":"User"}`,
  // `{"Reason":…,"Type":"User","message":…}`.
  const body = Object.fromEntries(Object.entries(members).sort(([a], [b]) => (a < b ? -1 : 1)));
  return jsonResponse(error.statusCode, body, 'application/json', [
    ['x-amzn-requestid', requestId],
    ['x-amzn-errortype', error.code],
  ]);
}

/** `Function not found: arn:aws:lambda:us-east-1:123456789012:function:name` (HTTP 404). */
export function functionNotFound(arn: string): LambdaErrorSpec {
  return resourceNotFound(`Function not found: ${arn}`);
}

export function resourceNotFound(message: string): LambdaErrorSpec {
  return { statusCode: 404, code: 'ResourceNotFoundException', message };
}

/**
 * The function a reference names, or why there is none: another region's ARN, or a function (or
 * qualifier) the playground does not have.
 */
export function lookupProblem(
  ref: FunctionRef,
  region: string,
  exists: (name: string) => boolean,
): LambdaErrorSpec | null {
  const otherRegion = otherRegionMessage(ref, region);
  if (otherRegion !== null) return resourceNotFound(otherRegion);
  if (isPlaygroundFunction(ref) && exists(ref.name)) return null;
  return functionNotFound(functionArnOf(ref, region));
}
