// How a REST API (Lambda proxy, payload 1.0) reads the function's result: the full shape is
// required — `statusCode`, optional `headers`/`multiValueHeaders`, a string `body` — anything else
// is a malformed response (502). "If you specify values for both headers and multiValueHeaders,
// API Gateway merges them into a single list. If the same key-value pair is specified in both,
// only the values from multiValueHeaders will appear in the merged list."
// https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html
import type { HttpResponse } from './gateway-responses';
import { bodyOf, headerPairs, isRecord, parseJson, statusOf } from './payload-v2';

/** `{ name: [v1, v2] }` as pairs; null when it is not an object of arrays of plain values. */
function multiValuePairs(value: unknown): Array<[string, string]> | null {
  if (value === undefined || value === null) return [];
  if (typeof value !== 'object' || Array.isArray(value)) return null;
  const pairs: Array<[string, string]> = [];
  for (const [name, items] of Object.entries(value)) {
    if (!Array.isArray(items)) return null;
    for (const item of items as unknown[]) {
      if (typeof item === 'object' || item === undefined) return null;
      pairs.push([name, String(item)]);
    }
  }
  return pairs;
}

/** The client's response for a payload 1.0 result, or null when it is malformed. */
export function responseFromPayloadV1(payload: string): HttpResponse | null {
  const value = parseJson(payload);
  if (!isRecord(value)) return null;
  const status = statusOf(value.statusCode);
  const single = headerPairs(value.headers);
  const multi = multiValuePairs(value.multiValueHeaders);
  const body = bodyOf(value.body);
  if (status === null || single === null || multi === null || body === null) return null;
  const key = ([name, text]: [string, string]) => `${name.toLowerCase()}\n${text}`;
  const inMulti = new Set(multi.map(key));
  return {
    status,
    headers: [...single.filter((pair) => !inMulti.has(key(pair))), ...multi],
    body,
    ...(value.isBase64Encoded === true ? { bodyBase64: true } : {}),
  };
}
