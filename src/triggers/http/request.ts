// The HTTP request the learner builds, and the readings of it that every gateway shares.
import { base64ToBytes } from '../../share/base64';

export interface HttpBody {
  text: string;
  /** True when `text` is base64 of binary bytes (a file), as the gateways pass binary bodies. */
  isBase64Encoded: boolean;
}

/** A request as a client sends it; nothing here is decoded or normalised yet. */
export interface HttpRequestSpec {
  method: string;
  /** As sent, percent-encoding included: `/items/my%20id`. */
  path: string;
  /** The raw query string without `?`: `a=1&a=2&b=x`. */
  query: string;
  /** In the order sent; a name may repeat. */
  headers: Array<[string, string]>;
  /** `name=value` pairs, one per cookie. */
  cookies: string[];
  body?: HttpBody;
}

/** Percent-decoding as API Gateway does before handing parameters on; malformed text stays as sent. */
export function decodeParam(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * `a=1&a=2&b` → `[['a','1'], ['a','2'], ['b','']]`, names and values decoded.
 * `+` is left alone: only percent-escapes are decoded (the AWS docs say "URL-encoded request
 * parameters" are decoded and do not mention form encoding).
 */
export function queryPairs(raw: string): Array<[string, string]> {
  return raw
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const equals = part.indexOf('=');
      const name = equals < 0 ? part : part.slice(0, equals);
      const value = equals < 0 ? '' : part.slice(equals + 1);
      return [decodeParam(name), decodeParam(value)];
    });
}

/** Values grouped by `keyOf(name)`, keyed by the first spelling seen, in first-seen order. */
export function groupValues(
  pairs: ReadonlyArray<readonly [string, string]>,
  keyOf: (name: string) => string = (name) => name,
): Array<[string, string[]]> {
  const groups = new Map<string, [string, string[]]>();
  for (const [name, value] of pairs) {
    const key = keyOf(name);
    const group = groups.get(key);
    if (group) group[1].push(value);
    else groups.set(key, [name, [value]]);
  }
  return [...groups.values()];
}

/** Every cookie the request carries: the cookie list plus any `Cookie` header, split at `;`. */
export function requestCookies(request: HttpRequestSpec): string[] {
  const fromHeaders = request.headers
    .filter(([name]) => name.toLowerCase() === 'cookie')
    .flatMap(([, value]) => value.split(';'));
  return [...request.cookies, ...fromHeaders].map((cookie) => cookie.trim()).filter(Boolean);
}

/** The body's size in bytes on the wire (base64 bodies count their decoded bytes). */
export function bodyByteLength(body: HttpBody | undefined): number {
  if (!body) return 0;
  return body.isBase64Encoded
    ? base64ToBytes(body.text).length
    : new TextEncoder().encode(body.text).length;
}
