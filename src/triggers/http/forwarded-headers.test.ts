import { describe, expect, it } from 'vitest';
import { amznTraceId, forwardedHeaders } from './forwarded-headers';
import type { HttpRequestSpec } from './request';

const FACTS = { host: 'api.example', sourceIp: '203.0.113.7', traceId: 'Root=1-x-y' };

function request(headers: Array<[string, string]>, body?: string): HttpRequestSpec {
  return {
    method: 'POST',
    path: '/',
    query: '',
    headers,
    cookies: [],
    ...(body === undefined ? {} : { body: { text: body, isBase64Encoded: false } }),
  };
}

describe('amznTraceId', () => {
  it('puts the epoch seconds in 8 hex digits', () => {
    expect(amznTraceId(1587481701067, '1de4d666d4dd26aced652b6c')).toBe(
      'Root=1-5e9f0c65-1de4d666d4dd26aced652b6c',
    );
  });
});

describe('forwardedHeaders', () => {
  it('keeps the client headers, drops cookies and gateway-owned ones, then adds the gateway set', () => {
    const sent: Array<[string, string]> = [
      ['Accept', '*/*'],
      ['Cookie', 'a=1'],
      ['Host', 'spoofed'],
      ['X-Forwarded-For', '198.51.100.1'],
    ];
    expect(forwardedHeaders(request(sent, 'héllo'), FACTS, 'with-body')).toEqual([
      ['Accept', '*/*'],
      ['Content-Length', '6'],
      ['Host', 'api.example'],
      ['X-Amzn-Trace-Id', 'Root=1-x-y'],
      ['X-Forwarded-For', '198.51.100.1, 203.0.113.7'],
      ['X-Forwarded-Port', '443'],
      ['X-Forwarded-Proto', 'https'],
    ]);
  });

  it('states a zero length without a body only when asked to', () => {
    expect(forwardedHeaders(request([]), FACTS, 'always')[0]).toEqual(['Content-Length', '0']);
    expect(forwardedHeaders(request([]), FACTS, 'with-body')[0]).toEqual(['Host', 'api.example']);
  });
});
