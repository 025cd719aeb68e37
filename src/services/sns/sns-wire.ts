// SNS's side of the AWS Query protocol: `<{Operation}Response>` documents holding a
// `<{Operation}Result>` and the request id, and `<ErrorResponse>` for failures
// (docs/aws-services.md#sns-api).
import type { ApiResponse } from '../api-types';
import { uuidRequestId } from '../wire/request-ids';
import { xmlResponse } from '../wire/responses';
import { document, element, type XmlContent } from '../wire/xml';

const NAMESPACE = 'http://sns.amazonaws.com/doc/2010-03-31/';

/** An SNS error: its Query code (what the SDK maps to its exception class) and HTTP status. */
export interface SnsFault {
  code: string;
  statusCode: number;
  message: string;
}

export const snsFault = {
  notFound: (message = 'Topic does not exist'): SnsFault => ({
    code: 'NotFound',
    statusCode: 404,
    message,
  }),
  invalidParameter: (message: string): SnsFault => ({
    code: 'InvalidParameter',
    statusCode: 400,
    message,
  }),
  /** InvalidParameterValueException in the SDK; the Query code is ParameterValueInvalid. */
  parameterValueInvalid: (message: string): SnsFault => ({
    code: 'ParameterValueInvalid',
    statusCode: 400,
    message,
  }),
  batch: (code: string, message: string): SnsFault => ({ code, statusCode: 400, message }),
};

export function isSnsFault(value: unknown): value is SnsFault {
  return typeof value === 'object' && value !== null && 'code' in value && 'statusCode' in value;
}

function headers(requestId: string): Array<[string, string]> {
  return [['x-amzn-requestid', requestId]];
}

export function snsResult(operation: string, result: XmlContent): ApiResponse {
  const requestId = uuidRequestId();
  const xml = document(`${operation}Response`, NAMESPACE, [
    element(`${operation}Result`, result),
    element('ResponseMetadata', element('RequestId', requestId)),
  ]);
  return xmlResponse(200, xml, headers(requestId));
}

export function snsError(fault: SnsFault): ApiResponse {
  const requestId = uuidRequestId();
  const xml = document('ErrorResponse', NAMESPACE, [
    element('Error', [
      element('Type', fault.statusCode >= 500 ? 'Receiver' : 'Sender'),
      element('Code', fault.code),
      element('Message', fault.message),
    ]),
    element('RequestId', requestId),
  ]);
  return xmlResponse(fault.statusCode, xml, headers(requestId));
}
