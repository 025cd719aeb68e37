// Payload format 2.0 events: API Gateway HTTP APIs and Lambda function URLs (same schema).
// Shape: docs/aws-lambda.md#http-api-and-function-url-events (AWS "Create AWS Lambda proxy
// integrations for HTTP APIs") — headers lower-cased with repeats comma-joined, cookies in their
// own array, repeated query keys comma-joined; absent fields are left out rather than null.
// Function URL specifics (accountId "anonymous" with auth NONE, `<url-id>.lambda-url.<region>.on.aws`,
// routeKey and stage `$default`): https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { requestTime } from '../common/time-format';
import { forwardedHeaders } from './forwarded-headers';
import { groupValues, queryPairs, requestCookies, type HttpRequestSpec } from './request';
import type { RouteMatch } from './routes';

/** Everything about an HTTP API call that is not in the request itself. */
export interface HttpApiContext {
  accountId: string;
  region: string;
  /** 10 characters, e.g. `r3pmxmplak`; also the domain prefix. */
  apiId: string;
  /** HTTP APIs use short ids like `JKJaXmPLvHcESHA=`. */
  requestId: string;
  timeMs: number;
  sourceIp: string;
  traceId: string;
}

/** Everything about a function URL call that is not in the request itself. */
export interface FunctionUrlContext {
  region: string;
  /** The 32-character id in `<url-id>.lambda-url.<region>.on.aws`. */
  urlId: string;
  /** A UUID. */
  requestId: string;
  timeMs: number;
  sourceIp: string;
  traceId: string;
}

interface V2Frame {
  routeKey: string;
  pathParameters: Record<string, string>;
  accountId: string;
  apiId: string;
  domainName: string;
  requestId: string;
  timeMs: number;
  sourceIp: string;
  traceId: string;
}

function joined(groups: Array<[string, string[]]>): Record<string, string> {
  return Object.fromEntries(groups.map(([name, values]) => [name, values.join(',')]));
}

function v2Event(request: HttpRequestSpec, frame: V2Frame): APIGatewayProxyEventV2 {
  const facts = { host: frame.domainName, sourceIp: frame.sourceIp, traceId: frame.traceId };
  const sent = forwardedHeaders(request, facts, 'always').map(([name, value]): [string, string] => [
    name.toLowerCase(),
    value,
  ]);
  const headers = joined(groupValues(sent).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const cookies = requestCookies(request);
  const query = groupValues(queryPairs(request.query));
  return {
    version: '2.0',
    routeKey: frame.routeKey,
    rawPath: request.path,
    rawQueryString: request.query,
    ...(cookies.length > 0 ? { cookies } : {}),
    headers,
    ...(query.length > 0 ? { queryStringParameters: joined(query) } : {}),
    requestContext: {
      accountId: frame.accountId,
      apiId: frame.apiId,
      domainName: frame.domainName,
      domainPrefix: frame.apiId,
      http: {
        method: request.method.toUpperCase(),
        path: request.path,
        protocol: 'HTTP/1.1',
        sourceIp: frame.sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: frame.requestId,
      routeKey: frame.routeKey,
      stage: '$default',
      time: requestTime(frame.timeMs),
      timeEpoch: frame.timeMs,
    },
    ...(request.body ? { body: request.body.text } : {}),
    ...(Object.keys(frame.pathParameters).length > 0
      ? { pathParameters: frame.pathParameters }
      : {}),
    isBase64Encoded: request.body?.isBase64Encoded ?? false,
  };
}

/** The event an HTTP API (payload 2.0, `$default` stage) hands the function for a routed request. */
export function httpApiV2Event(
  request: HttpRequestSpec,
  match: RouteMatch,
  context: HttpApiContext,
): APIGatewayProxyEventV2 {
  return v2Event(request, {
    ...context,
    routeKey: match.routeKey,
    pathParameters: match.pathParameters,
    domainName: `${context.apiId}.execute-api.${context.region}.amazonaws.com`,
  });
}

/** The event a function URL with auth type NONE hands the function (@types: LambdaFunctionURLEvent). */
export function functionUrlEvent(
  request: HttpRequestSpec,
  context: FunctionUrlContext,
): APIGatewayProxyEventV2 {
  return v2Event(request, {
    ...context,
    routeKey: '$default',
    pathParameters: {},
    accountId: 'anonymous',
    apiId: context.urlId,
    domainName: `${context.urlId}.lambda-url.${context.region}.on.aws`,
  });
}
