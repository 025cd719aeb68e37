import { describe, expect, it } from 'vitest';
import { noRouteResponse } from './gateway-responses';

describe('noRouteResponse', () => {
  it('is 404 Not Found on an HTTP API and 403 Missing Authentication Token on a REST API', () => {
    expect(noRouteResponse('http-api')).toEqual({
      status: 404,
      headers: [['content-type', 'application/json']],
      body: '{"message":"Not Found"}',
    });
    expect(noRouteResponse('rest-api')).toEqual({
      status: 403,
      headers: [['content-type', 'application/json']],
      body: '{"message":"Missing Authentication Token"}',
    });
  });
});
