// SQS's side of the AWS JSON 1.0 protocol in its Query-compatible form: a JSON body, and for an
// error `__type` plus the `x-amzn-query-error: {QueryCode};Sender` header from which the SDK picks
// its exception class (docs/aws-services.md#sqs-api).
import type { ApiResponse } from '../api-types';
import { uuidRequestId } from '../wire/request-ids';
import { jsonResponse } from '../wire/responses';

const CONTENT_TYPE = 'application/x-amz-json-1.0';

export interface SqsFault {
  /** The error's shape: `__type`, and the SDK's exception name (QueueDoesNotExist). */
  shape: string;
  /** The Query code SQS also sends (AWS.SimpleQueueService.NonExistentQueue). */
  queryCode: string;
  statusCode: number;
  message: string;
}

function fault(shape: string, message: string, queryCode = shape, statusCode = 400): SqsFault {
  return { shape, queryCode, statusCode, message };
}

export const sqsFault = {
  queueDoesNotExist: () =>
    fault(
      'QueueDoesNotExist',
      'The specified queue does not exist.',
      'AWS.SimpleQueueService.NonExistentQueue',
    ),
  invalidAddress: (url: string) =>
    fault(
      'InvalidAddress',
      `The address ${url} is not valid for this endpoint.`,
      'InvalidAddress',
      404,
    ),
  invalidParameterValue: (message: string) => fault('InvalidParameterValue', message),
  missingParameter: (name: string) =>
    fault('MissingParameter', `The request must contain the parameter ${name}.`),
  receiptHandleIsInvalid: (handle: string) =>
    fault(
      'ReceiptHandleIsInvalid',
      `The input receipt handle "${handle}" is not a valid receipt handle.`,
      'ReceiptHandleIsInvalid',
      404,
    ),
  invalidAttributeName: (name: string) =>
    fault('InvalidAttributeName', `Unknown Attribute ${name}.`),
  /** The batch errors' Query codes carry the AWS.SimpleQueueService. prefix. */
  batch: (shape: string, message: string) =>
    fault(shape, message, `AWS.SimpleQueueService.${shape}`),
  unknownOperation: () =>
    fault('UnknownOperationException', 'The action is not valid for this web service.'),
};

export function isSqsFault(value: unknown): value is SqsFault {
  return typeof value === 'object' && value !== null && 'queryCode' in value && 'shape' in value;
}

export function sqsResult(value: unknown): ApiResponse {
  return jsonResponse(200, value, CONTENT_TYPE, [['x-amzn-requestid', uuidRequestId()]]);
}

export function sqsError(problem: SqsFault): ApiResponse {
  const body = { __type: `com.amazonaws.sqs#${problem.shape}`, message: problem.message };
  return jsonResponse(problem.statusCode, body, CONTENT_TYPE, [
    ['x-amzn-requestid', uuidRequestId()],
    ['x-amzn-query-error', `${problem.queryCode};Sender`],
  ]);
}
