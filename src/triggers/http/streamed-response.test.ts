// How a function URL reads a streaming handler's bytes, and the gateways' timeout answers.
import { describe, expect, it } from 'vitest';
import { integrationTimeoutResponse } from './gateway-responses';
import { httpResponseFromInvoke } from './http-response';
import {
  HTTP_INTEGRATION_CONTENT_TYPE,
  responseFromStream,
  splitPrelude,
} from './streamed-response';
import type { InvokeResult } from '../../engine';

const NUL8 = '\0'.repeat(8);

describe(responseFromStream, () => {
  it('takes status, headers and cookies from the prelude and the rest as the body', () => {
    const text = `{"statusCode":201,"headers":{"X-A":"b"},"cookies":["c=1"]}${NUL8}hello`;
    expect(responseFromStream(HTTP_INTEGRATION_CONTENT_TYPE, text)).toEqual({
      status: 201,
      headers: [
        ['x-a', 'b'],
        ['set-cookie', 'c=1'],
      ],
      body: 'hello',
    });
  });

  it('sends other content types as the body, with status 200', () => {
    expect(responseFromStream('text/plain', 'a b c')).toEqual({
      status: 200,
      headers: [['content-type', 'text/plain']],
      body: 'a b c',
    });
  });

  it('splits nothing off until the delimiter has arrived', () => {
    expect(splitPrelude(HTTP_INTEGRATION_CONTENT_TYPE, '{"statusCode":200')).toEqual({
      prelude: null,
      body: '',
    });
    expect(splitPrelude('text/plain', `{}${NUL8}x`)).toEqual({ prelude: null, body: `{}${NUL8}x` });
  });

  it('is how a function URL reads a streamed result; an API reads it as its payload format', () => {
    const result = {
      status: 'ok',
      statusCode: 200,
      requestId: 'r',
      payload: 'plain text',
      streamed: { contentType: 'text/plain' },
    } as InvokeResult;
    expect(httpResponseFromInvoke(result, 'function-url')).toMatchObject({
      status: 200,
      body: 'plain text',
    });
    expect(httpResponseFromInvoke(result, 'http-api').status).toBe(500);
  });
});

describe(integrationTimeoutResponse, () => {
  it('is a 504 for a REST API and a 503 for an HTTP API', () => {
    expect(integrationTimeoutResponse('rest-api')).toEqual({
      status: 504,
      headers: [['content-type', 'application/json']],
      body: '{"message": "Endpoint request timed out"}',
    });
    expect(integrationTimeoutResponse('http-api')).toEqual({
      status: 503,
      headers: [['content-type', 'application/json']],
      body: '{"message":"Service Unavailable"}',
    });
  });
});
