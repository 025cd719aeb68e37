// How an HTTP API (payload 2.0) or a function URL reads the function's result.
// "If your function returns valid JSON and doesn't return a statusCode, Lambda assumes:
// statusCode 200, content-type application/json, body is the function response, isBase64Encoded
// false" — and a returned string reaches the client as its JSON text, quotes included: the AWS
// example "Hello, world!" arrives with content-length 15. `cookies` become set-cookie headers.
// https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html (same rules as HTTP APIs:
// https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html)
import type { HttpResponse } from './gateway-responses';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function isRecord(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseJson(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

/** A status code the gateway passes on, or null. */
export function statusOf(value: Json | undefined): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599
    ? value
    : null;
}

/** Header values as text; null when a value is not a string, number or boolean. */
export function headerPairs(value: Json | undefined): Array<[string, string]> | null {
  if (value === undefined || value === null) return [];
  if (!isRecord(value)) return null;
  const pairs: Array<[string, string]> = [];
  for (const [name, item] of Object.entries(value)) {
    if (typeof item === 'object' || item === undefined) return null;
    pairs.push([name, String(item)]);
  }
  return pairs;
}

/** The body as text, '' when absent; null when it is not a string. */
export function bodyOf(value: Json | undefined): string | null {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : null;
}

/** The client's response for a payload 2.0 result, or null when the gateway rejects its shape. */
export function responseFromPayloadV2(payload: string): HttpResponse | null {
  const value = parseJson(payload);
  if (value === undefined) return null;
  if (!isRecord(value) || !('statusCode' in value)) {
    return { status: 200, headers: [['content-type', 'application/json']], body: payload };
  }
  const status = statusOf(value.statusCode);
  const headers = headerPairs(value.headers);
  const body = bodyOf(value.body);
  const cookies = value.cookies ?? [];
  const cookieList = Array.isArray(cookies) && cookies.every((c) => typeof c === 'string');
  if (status === null || headers === null || body === null || !cookieList) return null;
  return {
    status,
    headers: [
      ...headers.map(([name, text]): [string, string] => [name.toLowerCase(), text]),
      ...cookies.map((cookie): [string, string] => ['set-cookie', String(cookie)]),
    ],
    body,
    ...(value.isBase64Encoded === true ? { bodyBase64: true } : {}),
  };
}
