// Lambda's error payloads as the invoke API returns them, and the platform's own API errors.
import type { LambdaError } from './types';

/**
 * A handler's or init's error: for Node.js `{"errorType","errorMessage","trace"}`, in that key
 * order (RIC `Errors.js`); for Python the runtime's own JSON (`LambdaError.payload`). Runtime.ExitError is the exception: the runtime process is gone, so the platform
 * writes it, without a trace (real payloads, e.g. `{"errorType":"Runtime.ExitError","errorMessage":
 * "RequestId: … Error: Runtime exited with error: signal: killed"}`).
 */
export function errorPayload(error: LambdaError): string {
  if (error.errorType === 'Runtime.ExitError') return platformErrorPayload(error);
  // A runtime that writes its own error JSON (Python's) is answered with it as written.
  if (error.payload !== undefined) return error.payload;
  return JSON.stringify({
    errorType: error.errorType,
    errorMessage: error.errorMessage,
    trace: error.trace,
  });
}

/**
 * An error the platform reports for a runtime that died has no trace, e.g.
 * `{"errorType":"Runtime.ExitError","errorMessage":"RequestId: … Error: Runtime exited with error: …"}`.
 */
export function platformErrorPayload(
  error: Pick<LambdaError, 'errorType' | 'errorMessage'>,
): string {
  return JSON.stringify({ errorType: error.errorType, errorMessage: error.errorMessage });
}

/** `RequestId: <id> Error: Task timed out after 3.00 seconds` (docs/aws-lambda.md#timeouts). */
export function timeoutPayload(requestId: string, timeoutSec: number): string {
  return platformErrorPayload({
    errorType: 'Sandbox.Timedout',
    errorMessage: `RequestId: ${requestId} Error: Task timed out after ${timeoutSec.toFixed(2)} seconds`,
  });
}

/** What Lambda's API answers for a function name it does not know (HTTP 404). */
export class ResourceNotFoundError extends Error {
  readonly code = 'ResourceNotFoundException';
  readonly statusCode = 404;

  constructor(functionName: string) {
    super(`ResourceNotFoundException: Function not found: ${functionName}`);
    this.name = 'ResourceNotFoundError';
  }
}

/**
 * Any other refusal of the platform's API, named as AWS names it, e.g.
 * `InvalidParameterValueException` (400) or `AWS.SimpleQueueService.NonExistentQueue` (400).
 */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A request the API refuses for a bad parameter: the message says which, as the console would. */
export function invalidParameter(message: string): ApiError {
  return new ApiError('InvalidParameterValueException', 400, message);
}
