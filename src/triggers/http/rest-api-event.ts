// Payload format 1.0 events: API Gateway REST API Lambda proxy integration (APIGatewayProxyEvent).
// Shape from aws-sam-cli's AwsProxy.json (docs/aws-lambda.md#rest-api-events): header names kept as
// sent, single-value maps holding the last value of a repeated name and multiValue* maps holding
// all of them, null where the request has nothing, `identity` fields null except sourceIp and
// userAgent.
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { requestTime } from '../common/time-format';
import { forwardedHeaders } from './forwarded-headers';
import { groupValues, queryPairs, requestCookies, type HttpRequestSpec } from './request';
import type { RouteMatch } from './routes';

/** Everything about a REST API call that is not in the request itself. */
export interface RestApiContext {
  accountId: string;
  region: string;
  apiId: string;
  /** The stage name in the URL, e.g. `prod`; it prefixes `requestContext.path`. */
  stage: string;
  /** 6 characters naming the API resource, e.g. `123456`. */
  resourceId: string;
  /** A UUID. */
  requestId: string;
  /** e.g. `BQGojGkpoAMFL8Q=`. */
  extendedRequestId: string;
  timeMs: number;
  sourceIp: string;
  traceId: string;
}

type Single = Record<string, string>;
type Multi = Record<string, string[]>;

/** Both views of repeated names: the last value, and all values. Null when there are none. */
function views(groups: Array<[string, string[]]>): [Single | null, Multi | null] {
  if (groups.length === 0) return [null, null];
  const single = Object.fromEntries(groups.map(([name, values]) => [name, values.at(-1) ?? '']));
  return [single, Object.fromEntries(groups)];
}

/** REST APIs have no `$default` route; the catch-all there is the `/{proxy+}` resource. */
function restRoute(match: RouteMatch, path: string): RouteMatch {
  if (match.routeKey !== '$default') return match;
  const proxy = path.replace(/^\//, '');
  return { ...match, resource: '/{proxy+}', pathParameters: proxy ? { proxy } : {} };
}

/** The event a REST API Lambda proxy integration hands the function. */
export function restApiV1Event(
  request: HttpRequestSpec,
  match: RouteMatch,
  context: RestApiContext,
): APIGatewayProxyEvent {
  const route = restRoute(match, request.path);
  const domainName = `${context.apiId}.execute-api.${context.region}.amazonaws.com`;
  const facts = { host: domainName, sourceIp: context.sourceIp, traceId: context.traceId };
  const cookies = requestCookies(request);
  const sent = forwardedHeaders(request, facts, 'with-body');
  if (cookies.length > 0) sent.push(['Cookie', cookies.join('; ')]);
  const [headers, multiValueHeaders] = views(groupValues(sent, (name) => name.toLowerCase()));
  const [query, multiValueQuery] = views(groupValues(queryPairs(request.query)));
  const method = request.method.toUpperCase();
  const userAgent =
    Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === 'user-agent')?.[1] ??
    null;
  return {
    body: request.body?.text ?? null,
    resource: route.resource,
    path: request.path,
    httpMethod: method,
    isBase64Encoded: request.body?.isBase64Encoded ?? false,
    queryStringParameters: query,
    multiValueQueryStringParameters: multiValueQuery,
    pathParameters: Object.keys(route.pathParameters).length > 0 ? route.pathParameters : null,
    stageVariables: null,
    headers: headers ?? {},
    multiValueHeaders: multiValueHeaders ?? {},
    requestContext: {
      accountId: context.accountId,
      // @types requires the key; with no authorizer it is undefined, so JSON leaves it out as AWS does.
      authorizer: undefined,
      resourceId: context.resourceId,
      stage: context.stage,
      domainName,
      domainPrefix: context.apiId,
      extendedRequestId: context.extendedRequestId,
      requestId: context.requestId,
      requestTime: requestTime(context.timeMs),
      requestTimeEpoch: context.timeMs,
      identity: {
        cognitoIdentityPoolId: null,
        accountId: null,
        cognitoIdentityId: null,
        caller: null,
        apiKey: null,
        apiKeyId: null,
        clientCert: null,
        principalOrgId: null,
        accessKey: null,
        sourceIp: context.sourceIp,
        cognitoAuthenticationType: null,
        cognitoAuthenticationProvider: null,
        userArn: null,
        userAgent,
        user: null,
      },
      path: `/${context.stage}${request.path}`,
      resourcePath: route.resource,
      httpMethod: method,
      apiId: context.apiId,
      protocol: 'HTTP/1.1',
    },
  };
}
