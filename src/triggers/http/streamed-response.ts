// How a function URL reads a streaming handler's bytes. Content type
// `application/vnd.awslambda.http-integration-response` (what awslambda.HttpResponseStream.from
// sets): a JSON prelude `{statusCode, headers, cookies}`, 8 null bytes, then the body
// (docs/aws-lambda.md#response-streaming). Any other content type: the bytes are the body, sent
// with status 200 and that content type.
import type { HttpResponse } from './gateway-responses';
import { headerPairs, isRecord, parseJson, statusOf } from './payload-v2';

export const HTTP_INTEGRATION_CONTENT_TYPE = 'application/vnd.awslambda.http-integration-response';
export const PRELUDE_DELIMITER = '\0'.repeat(8);

/** The stream's text split at the prelude's delimiter; `prelude` null when there is none yet. */
export function splitPrelude(
  contentType: string,
  text: string,
): { prelude: string | null; body: string } {
  if (contentType !== HTTP_INTEGRATION_CONTENT_TYPE) return { prelude: null, body: text };
  const at = text.indexOf(PRELUDE_DELIMITER);
  if (at < 0) return { prelude: null, body: '' };
  return { prelude: text.slice(0, at), body: text.slice(at + PRELUDE_DELIMITER.length) };
}

/** The status line and headers a prelude asks for; null when it is not one the URL accepts. */
function preludeHead(prelude: string): Pick<HttpResponse, 'status' | 'headers'> | null {
  const value = parseJson(prelude);
  if (!isRecord(value)) return null;
  const status = 'statusCode' in value ? statusOf(value.statusCode) : 200;
  const headers = headerPairs(value.headers);
  const cookies = value.cookies ?? [];
  if (status === null || headers === null || !Array.isArray(cookies)) return null;
  return {
    status,
    headers: [
      ...headers.map(([name, text]): [string, string] => [name.toLowerCase(), text]),
      ...cookies.map((cookie): [string, string] => ['set-cookie', String(cookie)]),
    ],
  };
}

/** The client's response for a streamed payload, whole. */
export function responseFromStream(contentType: string, text: string): HttpResponse {
  const { prelude, body } = splitPrelude(contentType, text);
  if (contentType !== HTTP_INTEGRATION_CONTENT_TYPE) {
    return { status: 200, headers: [['content-type', contentType]], body };
  }
  const head = prelude === null ? { status: 200, headers: [] } : preludeHead(prelude);
  // A prelude the URL cannot read fails the request as a malformed response does.
  if (head === null) return { status: 502, headers: [], body: 'Internal Server Error' };
  return { ...head, body };
}
