// The responses a gateway writes itself: no route, a failed or malformed invoke, a throttle.
// REST APIs (payload 1.0): "If the Lambda API rejects the invocation request, API Gateway returns a
// 500 … If the function runs but returns an error, or returns a response in the wrong format, API
// Gateway returns a 502. In both cases, the body … is {"message": "Internal server error"}."
// https://docs.aws.amazon.com/lambda/latest/dg/services-apigateway-errors.html — so a Lambda
// throttle (429) reaches an API Gateway client as a 500, never a 429 (also repost.aws
// QUfI6bsdd0SOiPeyimzxSkfQ). An unknown REST resource answers 403 Missing Authentication Token
// (repost.aws knowledge-center/api-gateway-authentication-token-errors).
// HTTP APIs: 500 {"message":"Internal Server Error"} and 404 {"message":"Not Found"}
// (docs/aws-lambda.md#http-api-and-function-url-events). Function URLs answer a function error
// with 502 (github.com/awsdocs/aws-lambda-developer-guide/issues/430) and a throttle with 429;
// both bodies are unverified.
import type { ThrottleError } from '../../engine';

/** Which front door the request came through; each has its own payload format and error pages. */
export type HttpFront = 'http-api' | 'function-url' | 'rest-api';

/** What the client receives. */
export interface HttpResponse {
  status: number;
  /** In order; a name may repeat (one `set-cookie` per cookie). */
  headers: Array<[string, string]>;
  /** The body text; base64 of the real bytes when `bodyBase64` is set. */
  body: string;
  bodyBase64?: true;
}

function json(status: number, body: string): HttpResponse {
  return { status, headers: [['content-type', 'application/json']], body };
}

const HTTP_API_ERROR = '{"message":"Internal Server Error"}';
const REST_API_ERROR = '{"message": "Internal server error"}';

/** No route took the request (function URLs have no routes, so they never get here). */
export function noRouteResponse(front: Exclude<HttpFront, 'function-url'>): HttpResponse {
  return front === 'rest-api'
    ? json(403, '{"message":"Missing Authentication Token"}')
    : json(404, '{"message":"Not Found"}');
}

/** The function failed (error, timeout, crash) or answered in a shape the gateway rejects. */
export function functionErrorResponse(front: HttpFront): HttpResponse {
  if (front === 'function-url') return { status: 502, headers: [], body: 'Internal Server Error' };
  return front === 'rest-api' ? json(502, REST_API_ERROR) : json(500, HTTP_API_ERROR);
}

/**
 * The gateway stopped waiting for the function (its integration timeout): REST APIs answer 504
 * `{"message": "Endpoint request timed out"}`, HTTP APIs 503 `{"message":"Service Unavailable"}`
 * (docs/aws-lambda.md#api-gateways-integration-timeout). Function URLs have no such limit.
 */
export function integrationTimeoutResponse(
  front: Exclude<HttpFront, 'function-url'>,
): HttpResponse {
  return front === 'rest-api'
    ? json(504, '{"message": "Endpoint request timed out"}')
    : json(503, '{"message":"Service Unavailable"}');
}

/** Lambda refused the invoke for concurrency. */
export function throttledResponse(front: HttpFront, error: ThrottleError): HttpResponse {
  if (front === 'function-url') {
    const { Reason, Type, message } = error;
    return json(429, JSON.stringify({ Reason, Type, message }));
  }
  return front === 'rest-api' ? json(500, REST_API_ERROR) : json(500, HTTP_API_ERROR);
}
