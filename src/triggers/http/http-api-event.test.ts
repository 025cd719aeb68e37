import { describe, expect, it } from 'vitest';
import { functionUrlEvent, httpApiV2Event } from './http-api-event';
import type { HttpRequestSpec } from './request';

const TIME = Date.UTC(2026, 0, 1, 12, 0, 0, 123);

const GET_ITEM: HttpRequestSpec = {
  method: 'get',
  path: '/items/42',
  query: 'a=1&a=2&b=x%20y',
  headers: [
    ['User-Agent', 'curl/8.5.0'],
    ['Accept', 'text/html'],
    ['accept', 'application/json'],
  ],
  cookies: ['theme=dark'],
};

const CONTEXT = {
  accountId: '123456789012',
  region: 'us-east-1',
  apiId: 'r3pmxmplak',
  requestId: 'JKJaXmPLvHcESHA=',
  timeMs: TIME,
  sourceIp: '203.0.113.10',
  traceId: 'Root=1-6956624b-0123456789abcdef01234567',
};

describe('httpApiV2Event', () => {
  it('builds the payload 2.0 event for a routed GET', () => {
    const match = {
      routeKey: 'GET /items/{id}',
      resource: '/items/{id}',
      pathParameters: { id: '42' },
    };
    expect(httpApiV2Event(GET_ITEM, match, CONTEXT)).toMatchInlineSnapshot(`
      {
        "cookies": [
          "theme=dark",
        ],
        "headers": {
          "accept": "text/html,application/json",
          "content-length": "0",
          "host": "r3pmxmplak.execute-api.us-east-1.amazonaws.com",
          "user-agent": "curl/8.5.0",
          "x-amzn-trace-id": "Root=1-6956624b-0123456789abcdef01234567",
          "x-forwarded-for": "203.0.113.10",
          "x-forwarded-port": "443",
          "x-forwarded-proto": "https",
        },
        "isBase64Encoded": false,
        "pathParameters": {
          "id": "42",
        },
        "queryStringParameters": {
          "a": "1,2",
          "b": "x y",
        },
        "rawPath": "/items/42",
        "rawQueryString": "a=1&a=2&b=x%20y",
        "requestContext": {
          "accountId": "123456789012",
          "apiId": "r3pmxmplak",
          "domainName": "r3pmxmplak.execute-api.us-east-1.amazonaws.com",
          "domainPrefix": "r3pmxmplak",
          "http": {
            "method": "GET",
            "path": "/items/42",
            "protocol": "HTTP/1.1",
            "sourceIp": "203.0.113.10",
            "userAgent": "curl/8.5.0",
          },
          "requestId": "JKJaXmPLvHcESHA=",
          "routeKey": "GET /items/{id}",
          "stage": "$default",
          "time": "01/Jan/2026:12:00:00 +0000",
          "timeEpoch": 1767268800123,
        },
        "routeKey": "GET /items/{id}",
        "version": "2.0",
      }
    `);
  });

  it('carries a base64 body and leaves out what the request lacks', () => {
    const post: HttpRequestSpec = {
      method: 'POST',
      path: '/upload',
      query: '',
      headers: [],
      cookies: [],
      body: { text: 'AP+A', isBase64Encoded: true },
    };
    const event = httpApiV2Event(
      post,
      { routeKey: '$default', resource: '$default', pathParameters: {} },
      CONTEXT,
    );
    expect(Object.keys(event)).toEqual([
      'version',
      'routeKey',
      'rawPath',
      'rawQueryString',
      'headers',
      'requestContext',
      'body',
      'isBase64Encoded',
    ]);
    expect([event.body, event.isBase64Encoded, event.headers['content-length']]).toEqual([
      'AP+A',
      true,
      '3',
    ]);
    expect(event.requestContext.http.userAgent).toBe('');
  });
});

describe('functionUrlEvent', () => {
  it('uses the function URL domain, the anonymous account and $default', () => {
    const event = functionUrlEvent(GET_ITEM, {
      region: 'eu-west-1',
      urlId: 'abcdefghijklmnopqrstuvwxyz012345',
      requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
      timeMs: TIME,
      sourceIp: '203.0.113.10',
      traceId: 'Root=1-6956624b-0123456789abcdef01234567',
    });
    expect(event.routeKey).toBe('$default');
    expect(event.pathParameters).toBeUndefined();
    expect(event.headers.host).toBe('abcdefghijklmnopqrstuvwxyz012345.lambda-url.eu-west-1.on.aws');
    expect(event.requestContext).toMatchInlineSnapshot(`
      {
        "accountId": "anonymous",
        "apiId": "abcdefghijklmnopqrstuvwxyz012345",
        "domainName": "abcdefghijklmnopqrstuvwxyz012345.lambda-url.eu-west-1.on.aws",
        "domainPrefix": "abcdefghijklmnopqrstuvwxyz012345",
        "http": {
          "method": "GET",
          "path": "/items/42",
          "protocol": "HTTP/1.1",
          "sourceIp": "203.0.113.10",
          "userAgent": "curl/8.5.0",
        },
        "requestId": "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
        "routeKey": "$default",
        "stage": "$default",
        "time": "01/Jan/2026:12:00:00 +0000",
        "timeEpoch": 1767268800123,
      }
    `);
  });
});
