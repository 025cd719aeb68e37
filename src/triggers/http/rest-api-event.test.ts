import { describe, expect, it } from 'vitest';
import type { HttpRequestSpec } from './request';
import { restApiV1Event } from './rest-api-event';

const CONTEXT = {
  accountId: '123456789012',
  region: 'us-east-1',
  apiId: '1234567890',
  stage: 'prod',
  resourceId: '123456',
  requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
  extendedRequestId: 'BQGojGkpoAMFL8Q=',
  timeMs: Date.UTC(2026, 0, 1, 12, 0, 0, 5),
  sourceIp: '203.0.113.10',
  traceId: 'Root=1-6956624b-0123456789abcdef01234567',
};

const POST: HttpRequestSpec = {
  method: 'post',
  path: '/items/42',
  query: 'tag=a&tag=b',
  headers: [
    ['Content-Type', 'application/json'],
    ['User-Agent', 'Custom User Agent String'],
    ['X-Trace', 'one'],
    ['x-trace', 'two'],
  ],
  cookies: ['a=1', 'b=2'],
  body: { text: '{"name":"pen"}', isBase64Encoded: false },
};

describe('restApiV1Event', () => {
  it('builds the proxy event with single- and multi-value views', () => {
    const match = {
      routeKey: 'POST /items/{id}',
      resource: '/items/{id}',
      pathParameters: { id: '42' },
    };
    expect(restApiV1Event(POST, match, CONTEXT)).toMatchInlineSnapshot(`
      {
        "body": "{"name":"pen"}",
        "headers": {
          "Content-Length": "14",
          "Content-Type": "application/json",
          "Cookie": "a=1; b=2",
          "Host": "1234567890.execute-api.us-east-1.amazonaws.com",
          "User-Agent": "Custom User Agent String",
          "X-Amzn-Trace-Id": "Root=1-6956624b-0123456789abcdef01234567",
          "X-Forwarded-For": "203.0.113.10",
          "X-Forwarded-Port": "443",
          "X-Forwarded-Proto": "https",
          "X-Trace": "two",
        },
        "httpMethod": "POST",
        "isBase64Encoded": false,
        "multiValueHeaders": {
          "Content-Length": [
            "14",
          ],
          "Content-Type": [
            "application/json",
          ],
          "Cookie": [
            "a=1; b=2",
          ],
          "Host": [
            "1234567890.execute-api.us-east-1.amazonaws.com",
          ],
          "User-Agent": [
            "Custom User Agent String",
          ],
          "X-Amzn-Trace-Id": [
            "Root=1-6956624b-0123456789abcdef01234567",
          ],
          "X-Forwarded-For": [
            "203.0.113.10",
          ],
          "X-Forwarded-Port": [
            "443",
          ],
          "X-Forwarded-Proto": [
            "https",
          ],
          "X-Trace": [
            "one",
            "two",
          ],
        },
        "multiValueQueryStringParameters": {
          "tag": [
            "a",
            "b",
          ],
        },
        "path": "/items/42",
        "pathParameters": {
          "id": "42",
        },
        "queryStringParameters": {
          "tag": "b",
        },
        "requestContext": {
          "accountId": "123456789012",
          "apiId": "1234567890",
          "authorizer": undefined,
          "domainName": "1234567890.execute-api.us-east-1.amazonaws.com",
          "domainPrefix": "1234567890",
          "extendedRequestId": "BQGojGkpoAMFL8Q=",
          "httpMethod": "POST",
          "identity": {
            "accessKey": null,
            "accountId": null,
            "apiKey": null,
            "apiKeyId": null,
            "caller": null,
            "clientCert": null,
            "cognitoAuthenticationProvider": null,
            "cognitoAuthenticationType": null,
            "cognitoIdentityId": null,
            "cognitoIdentityPoolId": null,
            "principalOrgId": null,
            "sourceIp": "203.0.113.10",
            "user": null,
            "userAgent": "Custom User Agent String",
            "userArn": null,
          },
          "path": "/prod/items/42",
          "protocol": "HTTP/1.1",
          "requestId": "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
          "requestTime": "01/Jan/2026:12:00:00 +0000",
          "requestTimeEpoch": 1767268800005,
          "resourceId": "123456",
          "resourcePath": "/items/{id}",
          "stage": "prod",
        },
        "resource": "/items/{id}",
        "stageVariables": null,
      }
    `);
  });

  it('puts nulls where the request has nothing and maps $default to /{proxy+}', () => {
    const get: HttpRequestSpec = {
      method: 'GET',
      path: '/a/b',
      query: '',
      headers: [],
      cookies: [],
    };
    const event = restApiV1Event(
      get,
      { routeKey: '$default', resource: '$default', pathParameters: {} },
      CONTEXT,
    );
    expect([
      event.body,
      event.queryStringParameters,
      event.multiValueQueryStringParameters,
      event.stageVariables,
      event.requestContext.identity.userAgent,
    ]).toEqual([null, null, null, null, null]);
    expect([event.resource, event.pathParameters, event.requestContext.resourcePath]).toEqual([
      '/{proxy+}',
      { proxy: 'a/b' },
      '/{proxy+}',
    ]);
    expect(event.headers['Content-Length']).toBeUndefined();
    expect('authorizer' in JSON.parse(JSON.stringify(event.requestContext))).toBe(false);
  });
});
