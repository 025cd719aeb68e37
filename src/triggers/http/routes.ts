// API Gateway route matching: route keys like `GET /items/{id}`, `ANY /{proxy+}` and `$default`.
// Precedence (AWS, "Create routes for HTTP APIs", Routing API requests): a full match for route
// and method, then a route with a greedy path variable, then `$default`; otherwise
// `{"message":"Not Found"}`. Among full matches a static path beats one with variables (AWS's
// own example: `GET /pets/dog/1` wins over `GET /pets/dog/{id}` for /pets/dog/1).
// https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-routes.html
import { decodeParam } from './request';

export const ROUTE_METHODS: readonly string[] = [
  'ANY',
  'GET',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'HEAD',
  'OPTIONS',
];

type Segment =
  | { kind: 'static'; text: string }
  | { kind: 'variable'; name: string }
  | { kind: 'greedy'; name: string };

const SEGMENT_RANK = { static: 0, variable: 1, greedy: 2 } as const;

interface Route {
  key: string;
  method: string;
  path: string;
  segments: Segment[];
}

/** What a route resolved to: the key the event carries and the variables it captured. */
export interface RouteMatch {
  /** `GET /items/{id}` or `$default`. */
  routeKey: string;
  /** The route's path template, `/items/{id}`, or `$default`. */
  resource: string;
  pathParameters: Record<string, string>;
}

const VARIABLE = /^\{([A-Za-z0-9._-]+)(\+?)\}$/;

function parseSegment(text: string, last: boolean): Segment | string {
  const variable = VARIABLE.exec(text);
  if (variable) {
    const [, name = '', plus] = variable;
    if (!plus) return { kind: 'variable', name };
    return last ? { kind: 'greedy', name } : `The greedy variable {${name}+} must end the path`;
  }
  if (text === '' || /[{}]/.test(text)) return `"${text}" is not a valid path segment`;
  return { kind: 'static', text };
}

function parseRoute(key: string): Route | string {
  const [method = '', path = '', extra] = key.trim().split(/\s+/);
  if (extra !== undefined || !path) return 'A route is `METHOD /path` or `$default`';
  if (!ROUTE_METHODS.includes(method))
    return `Unknown method ${method}: use ${ROUTE_METHODS.join(', ')}`;
  if (!path.startsWith('/')) return 'The path must start with /';
  const texts = path === '/' ? [] : path.slice(1).split('/');
  const segments: Segment[] = [];
  for (const [index, text] of texts.entries()) {
    const segment = parseSegment(text, index === texts.length - 1);
    if (typeof segment === 'string') return segment;
    segments.push(segment);
  }
  return { key: `${method} ${path}`, method, path, segments };
}

/** Why a route key is invalid, or null when it is valid. */
export function routeKeyProblem(key: string): string | null {
  if (key === '$default') return null;
  const route = parseRoute(key);
  return typeof route === 'string' ? route : null;
}

/** The captured variables when `route` covers the path, else null. */
function capture(route: Route, parts: string[]): Record<string, string> | null {
  // Built from entries: a route variable may be called `{__proto__}`.
  const params: Array<[string, string]> = [];
  for (const [index, segment] of route.segments.entries()) {
    if (segment.kind === 'greedy') {
      const rest = parts.slice(index).map(decodeParam).join('/');
      if (rest === '') return null;
      params.push([segment.name, rest]);
      return Object.fromEntries(params);
    }
    const part = parts[index];
    if (part === undefined || part === '') return null;
    if (segment.kind === 'static' && decodeParam(part) !== segment.text) return null;
    if (segment.kind === 'variable') params.push([segment.name, decodeParam(part)]);
  }
  return parts.length === route.segments.length ? Object.fromEntries(params) : null;
}

/** Sort key, lower is more specific: no variables, variables, greedy; then segment by segment; then an exact method over ANY. */
function rank(route: Route): number[] {
  const kinds = route.segments.map((segment) => SEGMENT_RANK[segment.kind]);
  return [Math.max(0, ...kinds), ...kinds, route.method === 'ANY' ? 1 : 0];
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? -1) - (b[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The most specific route for a request, `$default` when only it fits, or null (Not Found). */
export function matchRoute(
  routeKeys: readonly string[],
  method: string,
  rawPath: string,
): RouteMatch | null {
  const parts = rawPath === '/' ? [] : rawPath.replace(/^\//, '').split('/');
  const candidates = routeKeys
    .map((key) => (key === '$default' ? null : parseRoute(key)))
    .filter((route): route is Route => route !== null && typeof route !== 'string')
    .filter((route) => route.method === 'ANY' || route.method === method.toUpperCase())
    .map((route) => ({ route, params: capture(route, parts) }))
    .filter((entry) => entry.params !== null)
    .sort((a, b) => compareRanks(rank(a.route), rank(b.route)));
  const best = candidates[0];
  if (best) {
    const { route, params } = best;
    return { routeKey: route.key, resource: route.path, pathParameters: params ?? {} };
  }
  return routeKeys.includes('$default')
    ? { routeKey: '$default', resource: '$default', pathParameters: {} }
    : null;
}
