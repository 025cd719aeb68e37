import { describe, expect, it } from 'vitest';
import { matchRoute, routeKeyProblem } from './routes';

// AWS's own example set from "Create routes for HTTP APIs" (Routing API requests).
const AWS_ROUTES = [
  '$default',
  'ANY /{proxy+}',
  'GET /pets/{proxy+}',
  'GET /pets/dog/{id}',
  'GET /pets/dog/1',
];

describe('matchRoute', () => {
  it("routes AWS's documented examples as the documentation's table says", () => {
    expect(matchRoute(AWS_ROUTES, 'GET', '/pets/dog/1')?.routeKey).toBe('GET /pets/dog/1');
    expect(matchRoute(AWS_ROUTES, 'GET', '/pets/dog/2')).toEqual({
      routeKey: 'GET /pets/dog/{id}',
      resource: '/pets/dog/{id}',
      pathParameters: { id: '2' },
    });
    expect(matchRoute(AWS_ROUTES, 'GET', '/pets/cat/1')).toEqual({
      routeKey: 'GET /pets/{proxy+}',
      resource: '/pets/{proxy+}',
      pathParameters: { proxy: 'cat/1' },
    });
    expect(matchRoute(AWS_ROUTES, 'POST', '/test/5')).toEqual({
      routeKey: 'ANY /{proxy+}',
      resource: '/{proxy+}',
      pathParameters: { proxy: 'test/5' },
    });
  });

  it('falls back to $default, and to null (Not Found) without it', () => {
    expect(matchRoute(AWS_ROUTES, 'GET', '/')).toEqual({
      routeKey: '$default',
      resource: '$default',
      pathParameters: {},
    });
    expect(matchRoute(['GET /items/{id}'], 'GET', '/items')).toBeNull();
    expect(matchRoute(['GET /items/{id}'], 'DELETE', '/items/1')).toBeNull();
    expect(matchRoute(['GET /items/{id}'], 'GET', '/items/1/extra')).toBeNull();
  });

  it('prefers an exact method over ANY for the same path, and static segments from the left', () => {
    expect(matchRoute(['ANY /items/{id}', 'GET /items/{id}'], 'get', '/items/7')?.routeKey).toBe(
      'GET /items/{id}',
    );
    expect(matchRoute(['GET /{a}/b', 'GET /a/{b}'], 'GET', '/a/b')?.routeKey).toBe('GET /a/{b}');
    expect(matchRoute(['GET /', 'ANY /{proxy+}'], 'GET', '/')?.routeKey).toBe('GET /');
  });

  it('decodes captured values and matches static segments on the decoded path', () => {
    expect(
      matchRoute(['GET /files/{name}'], 'GET', '/files/my%20photo.jpg')?.pathParameters,
    ).toEqual({ name: 'my photo.jpg' });
    expect(matchRoute(['GET /café'], 'GET', '/caf%C3%A9')?.routeKey).toBe('GET /café');
  });
});

describe('routeKeyProblem', () => {
  it('accepts valid keys and explains invalid ones', () => {
    expect(routeKeyProblem('$default')).toBeNull();
    expect(routeKeyProblem('GET /items/{id}')).toBeNull();
    expect(routeKeyProblem('ANY /{proxy+}')).toBeNull();
    expect(routeKeyProblem('FETCH /x')).toBe(
      'Unknown method FETCH: use ANY, GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS',
    );
    expect(routeKeyProblem('GET items')).toBe('The path must start with /');
    expect(routeKeyProblem('GET /{proxy+}/x')).toBe(
      'The greedy variable {proxy+} must end the path',
    );
    expect(routeKeyProblem('GET /a//b')).toBe('"" is not a valid path segment');
    expect(routeKeyProblem('/items')).toBe('A route is `METHOD /path` or `$default`');
  });
});
