// The HTTP response a client sees for an invoke, by the rules of the gateway it came through.
import type { InvokeResult } from '../../engine';
import {
  functionErrorResponse,
  throttledResponse,
  type HttpFront,
  type HttpResponse,
} from './gateway-responses';
import { responseFromPayloadV1 } from './payload-v1';
import { responseFromPayloadV2 } from './payload-v2';
import { responseFromStream } from './streamed-response';

/**
 * HTTP APIs and function URLs read payload format 2.0; REST APIs read 1.0. A function URL reads a
 * streaming handler's bytes by their content type (streamed-response.ts), whole when its invoke
 * mode is BUFFERED; an API's Lambda proxy integration buffers them and reads its payload format.
 */
export function httpResponseFromInvoke(result: InvokeResult, front: HttpFront): HttpResponse {
  if (result.status === 'throttled') return throttledResponse(front, result.error);
  if (result.status !== 'ok') return functionErrorResponse(front);
  if (result.streamed && front === 'function-url') {
    return responseFromStream(result.streamed.contentType, result.payload);
  }
  const response =
    front === 'rest-api'
      ? responseFromPayloadV1(result.payload)
      : responseFromPayloadV2(result.payload);
  return response ?? functionErrorResponse(front);
}
