// Building the HTTP responses the services answer with: bytes and lower-case headers.
import type { ApiResponse } from '../api-types';

const encoder = new TextEncoder();

export function bytesResponse(
  statusCode: number,
  body: Uint8Array,
  headers: Iterable<readonly [string, string]> = [],
): ApiResponse {
  const all = new Map<string, string>();
  for (const [name, value] of headers) all.set(name.toLowerCase(), value);
  if (!all.has('content-length')) all.set('content-length', String(body.byteLength));
  return { statusCode, headers: all, body };
}

export function textResponse(
  statusCode: number,
  text: string,
  contentType: string,
  headers: Iterable<readonly [string, string]> = [],
): ApiResponse {
  return bytesResponse(statusCode, encoder.encode(text), [
    ['content-type', contentType],
    ...headers,
  ]);
}

/** An XML document as S3 and the Query-protocol services (SNS) send it. */
export function xmlResponse(
  statusCode: number,
  xml: string,
  headers: Iterable<readonly [string, string]> = [],
): ApiResponse {
  return textResponse(
    statusCode,
    `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`,
    'application/xml',
    headers,
  );
}

/** A JSON body as the JSON-protocol services send it (`application/x-amz-json-1.0` for SQS, DynamoDB). */
export function jsonResponse(
  statusCode: number,
  value: unknown,
  contentType = 'application/json',
  headers: Iterable<readonly [string, string]> = [],
): ApiResponse {
  return textResponse(statusCode, JSON.stringify(value), contentType, headers);
}

export function bodyText(body: Uint8Array): string {
  return new TextDecoder().decode(body);
}
