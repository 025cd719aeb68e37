// Headers the gateway adds to the client's own: host, content length, X-Forwarded-*, the trace id.
// Real HTTP API events carry content-length (even "0" on a GET), host, x-amzn-trace-id and
// x-forwarded-for/-port/-proto (aws/aws-lambda-go events/testdata/apigw-v2-request-no-authorizer.json);
// REST events carry Host and X-Forwarded-* (aws-sam-cli generated_sample_events apigateway/AwsProxy.json).
import { bodyByteLength, type HttpRequestSpec } from './request';

/** What the gateway knows about the connection. */
export interface ForwardingFacts {
  /** The API's domain name, sent on as `Host`. */
  host: string;
  /** The client's address, appended to X-Forwarded-For. */
  sourceIp: string;
  /** `Root=1-<8 hex seconds>-<24 hex>`, see {@link amznTraceId}. */
  traceId: string;
}

/** An X-Ray trace header value: `Root=1-5e9f0c65-1de4d666d4dd26aced652b6c`. */
export function amznTraceId(timeMs: number, hex24: string): string {
  return `Root=1-${Math.floor(timeMs / 1000)
    .toString(16)
    .padStart(8, '0')}-${hex24}`;
}

const REPLACED = new Set([
  'host',
  'content-length',
  'x-amzn-trace-id',
  'x-forwarded-port',
  'x-forwarded-proto',
]);

/**
 * The client's headers, less cookies (each payload format carries those its own way) and less the
 * ones the gateway sets, followed by the gateway's. `contentLength`: whether to state the body size
 * even when there is no body, as HTTP APIs do.
 */
export function forwardedHeaders(
  request: HttpRequestSpec,
  facts: ForwardingFacts,
  contentLength: 'always' | 'with-body',
): Array<[string, string]> {
  const forwardedFor = request.headers
    .filter(([name]) => name.toLowerCase() === 'x-forwarded-for')
    .map(([, value]) => value);
  const own = request.headers.filter(([name]) => {
    const lower = name.toLowerCase();
    return lower !== 'cookie' && lower !== 'x-forwarded-for' && !REPLACED.has(lower);
  });
  const length: Array<[string, string]> =
    contentLength === 'always' || request.body
      ? [['Content-Length', String(bodyByteLength(request.body))]]
      : [];
  return [
    ...own,
    ...length,
    ['Host', facts.host],
    ['X-Amzn-Trace-Id', facts.traceId],
    ['X-Forwarded-For', [...forwardedFor, facts.sourceIp].join(', ')],
    ['X-Forwarded-Port', '443'],
    ['X-Forwarded-Proto', 'https'],
  ];
}
