// The answers Lambda gives itself, without the program's: throttles, timeouts, failed starts and
// broken connections, each with its `lambda-web-error-type` (docs/web-functions.md#request-timeout-and-errors).

/**
 * Every platform error the model answers with. `Runtime.RequestTimeout` (504) is AWS's documented
 * pair; the statuses 502 (crash mid-request) and 500 (a server that never listens) are from AWS's
 * troubleshooting skill; the other error-type names are the model's, as AWS lists none.
 */
export const WEB_ERROR_TYPES = {
  requestTimeout: {
    status: 504,
    errorType: 'Runtime.RequestTimeout',
    message: 'Request timed out',
  },
  processExited: { status: 502, errorType: 'Runtime.ExitError', message: 'The process exited' },
  connectionReset: {
    status: 502,
    errorType: 'Runtime.ConnectionReset',
    message: 'The connection was reset before a full response',
  },
  connectionRefused: {
    status: 502,
    errorType: 'Runtime.ConnectionRefused',
    message: 'Nothing listens on AWS_LAMBDA_HTTP_ENDPOINT',
  },
  initCodeError: {
    status: 500,
    errorType: 'Application.InitCodeError',
    message: 'The process exited before its server listened',
  },
  initTimeout: {
    status: 500,
    errorType: 'Application.InitTimeout',
    message: 'The server did not listen on AWS_LAMBDA_HTTP_ENDPOINT within 10 seconds',
  },
  rateLimit: {
    status: 429,
    errorType: 'Platform.RateLimitExceeded',
    message: "The endpoint's rateLimit was exceeded",
  },
  maxEnvironments: {
    status: 429,
    errorType: 'Platform.MaxEnvironmentsExceeded',
    message: 'Every one of maxEnvironments is fully used',
  },
  // Refused at the front door, before any environment; AWS gives the status only.
  unsupportedMethod: { status: 400, errorType: null, message: 'Unsupported method' },
  expectContinue: {
    status: 417,
    errorType: null,
    message: 'Expect: 100-continue is not supported',
  },
  tooManyHeaders: { status: 431, errorType: null, message: 'Request Header Fields Too Large' },
} as const satisfies Record<string, { status: number; errorType: string | null; message: string }>;

export type WebErrorKind = keyof typeof WEB_ERROR_TYPES;

export interface WebFunctionResponse {
  status: number;
  headers: ReadonlyMap<string, string>;
  body: string;
  source: 'platform' | 'program';
  /** The `lambda-web-request-id`. */
  requestId: string;
  revisionId: string | null;
  environmentId: string | null;
}

/** A platform error answer: a small JSON body (its shape is the model's) and Lambda's headers. */
export function platformAnswer(
  kind: WebErrorKind,
  context: {
    requestId: string;
    revisionId: string | null;
    environmentId: string | null;
    logStreamName: string | null;
    status?: number;
  },
): WebFunctionResponse {
  const { errorType, message } = WEB_ERROR_TYPES[kind];
  const status = context.status ?? WEB_ERROR_TYPES[kind].status;
  const body = JSON.stringify({ errorType, message });
  const headers = new Map([
    ['content-type', 'application/json'],
    ['content-length', String(new TextEncoder().encode(body).byteLength)],
    ['lambda-web-request-id', context.requestId],
  ]);
  if (context.logStreamName !== null) headers.set('lambda-web-logstream', context.logStreamName);
  if (errorType !== null) headers.set('lambda-web-error-type', errorType);
  return {
    status,
    headers,
    body,
    source: 'platform',
    requestId: context.requestId,
    revisionId: context.revisionId,
    environmentId: context.environmentId,
  };
}
