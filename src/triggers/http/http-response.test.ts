import { describe, expect, it } from 'vitest';
import type { InvokeResult } from '../../engine';
import { httpResponseFromInvoke } from './http-response';

const REPORT = {
  requestId: 'r',
  durationMs: 1,
  billedDurationMs: 1,
  memorySizeMB: 128,
  maxMemoryUsedMB: null,
};
const COST = { gbSeconds: 0, requestUsd: 0, computeUsd: 0, totalUsd: 0 };

function ok(payload: unknown): InvokeResult {
  return {
    status: 'ok',
    statusCode: 200,
    requestId: 'r',
    payload: JSON.stringify(payload),
    report: REPORT,
    cost: COST,
  };
}

const FAILED: InvokeResult = {
  status: 'error',
  statusCode: 200,
  requestId: 'r',
  functionError: 'Unhandled',
  payload: '{"errorType":"Error","errorMessage":"boom","trace":[]}',
  report: REPORT,
  cost: COST,
};

const THROTTLED: InvokeResult = {
  status: 'throttled',
  statusCode: 429,
  requestId: 'r',
  error: {
    statusCode: 429,
    errorType: 'TooManyRequestsException',
    Type: 'User',
    message: 'Rate Exceeded.',
    Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded',
  },
};

describe('httpResponseFromInvoke (payload 2.0)', () => {
  it('passes a structured result on, cookies as set-cookie headers', () => {
    const result = ok({
      statusCode: 201,
      headers: { 'Content-Type': 'text/plain', 'X-Count': 3, 'X-Ok': true },
      cookies: ['a=1; Path=/', 'b=2'],
      body: 'created',
    });
    expect(httpResponseFromInvoke(result, 'http-api')).toEqual({
      status: 201,
      headers: [
        ['content-type', 'text/plain'],
        ['x-count', '3'],
        ['x-ok', 'true'],
        ['set-cookie', 'a=1; Path=/'],
        ['set-cookie', 'b=2'],
      ],
      body: 'created',
    });
  });

  it('marks a base64 body and defaults a missing body to empty', () => {
    expect(
      httpResponseFromInvoke(
        ok({ statusCode: 200, body: 'AP+A', isBase64Encoded: true }),
        'function-url',
      ),
    ).toEqual({
      status: 200,
      headers: [],
      body: 'AP+A',
      bodyBase64: true,
    });
    expect(httpResponseFromInvoke(ok({ statusCode: 204 }), 'http-api')).toEqual({
      status: 204,
      headers: [],
      body: '',
    });
  });

  it('infers 200 application/json for any other JSON, a string keeping its quotes', () => {
    const inferred = (value: unknown) => httpResponseFromInvoke(ok(value), 'http-api');
    expect(inferred({ message: 'hi' })).toEqual({
      status: 200,
      headers: [['content-type', 'application/json']],
      body: '{"message":"hi"}',
    });
    expect(inferred('Hello, world!').body).toBe('"Hello, world!"');
    expect(inferred(null).body).toBe('null');
    expect(inferred([1, 2]).body).toBe('[1,2]');
  });

  it('turns a function error or a malformed structured result into the gateway error', () => {
    const internal = {
      status: 500,
      headers: [['content-type', 'application/json']],
      body: '{"message":"Internal Server Error"}',
    };
    expect(httpResponseFromInvoke(FAILED, 'http-api')).toEqual(internal);
    expect(httpResponseFromInvoke(ok({ statusCode: 'teapot' }), 'http-api')).toEqual(internal);
    expect(httpResponseFromInvoke(ok({ statusCode: 200, body: { a: 1 } }), 'http-api')).toEqual(
      internal,
    );
    expect(
      httpResponseFromInvoke(ok({ statusCode: 200, headers: { a: [1] } }), 'http-api'),
    ).toEqual(internal);
    expect(httpResponseFromInvoke(FAILED, 'function-url')).toEqual({
      status: 502,
      headers: [],
      body: 'Internal Server Error',
    });
  });

  it('answers a Lambda throttle with 500 on an HTTP API and 429 on a function URL', () => {
    expect(httpResponseFromInvoke(THROTTLED, 'http-api').status).toBe(500);
    expect(httpResponseFromInvoke(THROTTLED, 'function-url')).toEqual({
      status: 429,
      headers: [['content-type', 'application/json']],
      body: '{"Reason":"ReservedFunctionConcurrentInvocationLimitExceeded","Type":"User","message":"Rate Exceeded."}',
    });
  });
});

describe('httpResponseFromInvoke (payload 1.0, REST)', () => {
  const badGateway = {
    status: 502,
    headers: [['content-type', 'application/json']],
    body: '{"message": "Internal server error"}',
  };

  it('requires the full shape and merges headers with multiValueHeaders', () => {
    const result = ok({
      statusCode: 200,
      headers: { 'Content-Type': 'text/html', 'Set-Cookie': 'a=1' },
      multiValueHeaders: { 'Set-Cookie': ['a=1', 'b=2'] },
      body: '<p>hi</p>',
    });
    expect(httpResponseFromInvoke(result, 'rest-api')).toEqual({
      status: 200,
      headers: [
        ['Content-Type', 'text/html'],
        ['Set-Cookie', 'a=1'],
        ['Set-Cookie', 'b=2'],
      ],
      body: '<p>hi</p>',
    });
  });

  it('gives 502 for anything but the proxy shape, and for a function error; 500 for a throttle', () => {
    expect(httpResponseFromInvoke(ok({ message: 'hi' }), 'rest-api')).toEqual(badGateway);
    expect(httpResponseFromInvoke(ok('hi'), 'rest-api')).toEqual(badGateway);
    expect(httpResponseFromInvoke(ok({ statusCode: 200, body: { a: 1 } }), 'rest-api')).toEqual(
      badGateway,
    );
    expect(
      httpResponseFromInvoke(ok({ statusCode: 200, multiValueHeaders: { a: 'x' } }), 'rest-api'),
    ).toEqual(badGateway);
    expect(httpResponseFromInvoke(FAILED, 'rest-api')).toEqual(badGateway);
    expect(httpResponseFromInvoke(THROTTLED, 'rest-api')).toEqual({ ...badGateway, status: 500 });
  });
});
