// Lambda's Invoke operation (API_Invoke): `POST /2015-03-31/functions/{FunctionName}/invocations`,
// run through the engine's own invoke, so throttles, cold starts and reserved concurrency apply
// as they do to every other caller (docs/aws-services.md#lambda-invoke-api).
import type { InvokeResult, ServiceCaller } from '../../engine';
import {
  ApiError,
  MAX_ASYNC_PAYLOAD_BYTES,
  MAX_SYNC_PAYLOAD_BYTES,
  ResourceNotFoundError,
} from '../../engine';
import type { ApiCaller, ApiRequest, ApiResponse, ServiceAnswer } from '../api-types';
import { bytesResponse } from '../wire/responses';
import { uuidRequestId } from '../wire/request-ids';
import { functionArnOf, parseFunctionName, type FunctionRef } from './function-names';
import {
  functionNotFound,
  lambdaErrorResponse,
  lookupProblem,
  type LambdaErrorSpec,
} from './lambda-errors';
import type { LambdaPort } from './lambda-port';
import { logTailBase64, watchFunctionLogs } from './log-tail';
import { payloadJsonProblem } from './payload-json';

const INVOCATION_TYPES = ['RequestResponse', 'Event', 'DryRun'] as const;
type InvocationType = (typeof INVOCATION_TYPES)[number];

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** What one Invoke call answered: the response and the function it named (null if none). */
interface Answer {
  response: ApiResponse;
  resource: string | null;
  errorCode: string | null;
}

function failure(error: LambdaErrorSpec, resource: string | null): Answer {
  return {
    response: lambdaErrorResponse(error, uuidRequestId()),
    resource,
    errorCode: error.code,
  };
}

function invocationTypeOf(request: ApiRequest): InvocationType | LambdaErrorSpec {
  const value = request.headers.get('x-amz-invocation-type') ?? 'RequestResponse';
  const known = INVOCATION_TYPES.find((type) => type === value);
  if (known !== undefined) return known;
  return {
    statusCode: 400,
    code: 'ValidationException',
    message:
      `1 validation error detected: Value '${value}' at 'invocationType' failed to satisfy ` +
      `constraint: Member must satisfy enum value set: [Event, RequestResponse, DryRun]`,
  };
}

/** An engine refusal (a payload over the limit, a function removed meanwhile) as AWS answers it. */
function refusalOf(error: unknown, ref: FunctionRef, region: string): LambdaErrorSpec {
  if (error instanceof ResourceNotFoundError) return functionNotFound(functionArnOf(ref, region));
  if (error instanceof ApiError) {
    return { statusCode: error.statusCode, code: error.code, message: error.message };
  }
  throw error;
}

/**
 * The payload's problem as Lambda reports it, or null. Within the size limit only: a payload
 * over it is the engine's to refuse (RequestEntityTooLargeException comes first).
 */
function contentProblem(
  body: Uint8Array,
  eventJson: string,
  type: InvocationType,
): LambdaErrorSpec | null {
  const limit = type === 'Event' ? MAX_ASYNC_PAYLOAD_BYTES : MAX_SYNC_PAYLOAD_BYTES;
  if (body.byteLength > limit) return null;
  const problem = payloadJsonProblem(eventJson);
  if (problem === null) return null;
  return { statusCode: 400, code: 'InvalidRequestContentException', message: problem };
}

function syncResponse(
  result: Exclude<InvokeResult, { status: 'throttled' }>,
  logResult: string | null,
) {
  const headers: Array<[string, string]> = [
    ['content-type', 'application/json'],
    ['x-amzn-requestid', result.requestId],
    ['x-amz-executed-version', '$LATEST'],
  ];
  if (result.functionError !== undefined)
    headers.push(['x-amz-function-error', result.functionError]);
  if (logResult !== null) headers.push(['x-amz-log-result', logResult]);
  return bytesResponse(200, encoder.encode(result.payload), headers);
}

/** The engine's 429, with its Reason, as Lambda's TooManyRequestsException. */
function throttledResponse(result: Extract<InvokeResult, { status: 'throttled' }>): ApiResponse {
  const { error } = result;
  const spec = {
    statusCode: 429,
    code: error.errorType,
    message: error.message,
    extra: { Reason: error.Reason },
  };
  return lambdaErrorResponse(spec, result.requestId);
}

async function runSync(
  port: LambdaPort,
  name: string,
  eventJson: string,
  origin: ServiceCaller,
  tail: boolean,
): Promise<Answer> {
  const platform = port.platform();
  const watch = tail ? watchFunctionLogs((listener) => platform.subscribe(listener), name) : null;
  try {
    const result = await platform.invoke(name, eventJson, { origin });
    if (result.status === 'throttled') {
      return {
        response: throttledResponse(result),
        resource: name,
        errorCode: result.error.errorType,
      };
    }
    const logResult = watch === null ? null : logTailBase64(watch.logOf(result.requestId));
    return { response: syncResponse(result, logResult), resource: name, errorCode: null };
  } finally {
    watch?.stop();
  }
}

function queueEvent(
  port: LambdaPort,
  name: string,
  eventJson: string,
  origin: ServiceCaller,
): Answer {
  const { statusCode, requestId } = port.platform().invokeAsync(name, eventJson, { origin });
  const response = bytesResponse(statusCode, new Uint8Array(0), [['x-amzn-requestid', requestId]]);
  return { response, resource: name, errorCode: null };
}

async function answerInvoke(
  port: LambdaPort,
  request: ApiRequest,
  caller: ApiCaller,
  rawName: string,
  region: string,
): Promise<Answer> {
  const parsed = parseFunctionName(rawName, request.query.get('Qualifier')?.[0] ?? null);
  if (!parsed.ok)
    return failure({ statusCode: 400, code: parsed.code, message: parsed.message }, null);
  const { ref } = parsed;
  const type = invocationTypeOf(request);
  if (typeof type !== 'string') return failure(type, null);
  const missing = lookupProblem(ref, region, (name) => port.functions().has(name));
  if (missing !== null) return failure(missing, null);
  const { name } = ref;
  // Permissions are not modeled: a dry run checks only that the function exists.
  if (type === 'DryRun') {
    const response = bytesResponse(204, new Uint8Array(0), [['x-amzn-requestid', uuidRequestId()]]);
    return { response, resource: name, errorCode: null };
  }
  // No payload is an empty object, as the CLI's invoke without --payload delivers it.
  const eventJson = request.body.byteLength === 0 ? '{}' : decoder.decode(request.body);
  const problem = contentProblem(request.body, eventJson, type);
  if (problem !== null) return failure(problem, name);
  if (!(await port.readyToRun(name)))
    return failure(functionNotFound(functionArnOf(ref, region)), null);
  const origin: ServiceCaller = { functionName: caller.functionName, requestId: caller.requestId };
  try {
    if (type === 'Event') return queueEvent(port, name, eventJson, origin);
    const tail = request.headers.get('x-amz-log-type') === 'Tail';
    return await runSync(port, name, eventJson, origin, tail);
  } catch (error) {
    return failure(refusalOf(error, ref, region), name);
  }
}

export async function invoke(
  port: LambdaPort,
  request: ApiRequest,
  caller: ApiCaller,
  rawName: string,
  region: string,
): Promise<ServiceAnswer> {
  const answer = await answerInvoke(port, request, caller, rawName, region);
  return {
    response: answer.response,
    record: {
      service: 'lambda',
      operation: 'Invoke',
      resource: answer.resource,
      statusCode: answer.response.statusCode,
      errorCode: answer.errorCode,
      // Lambda bills the callee's invocation itself; the engine charges it as any other.
      units: { kind: 'free' },
    },
  };
}
