// The Lambda API a handler's `@aws-sdk/client-lambda` reaches (REST-JSON): Invoke, and GetFunction
// and ListFunctions to look around (docs/aws-services.md#lambda-invoke-api).
import type {
  ApiCaller,
  ApiRequest,
  ServiceAnswer,
  ServiceCallRecord,
  ServiceHandler,
} from '../api-types';
import { jsonResponse } from '../wire/responses';
import { uuidRequestId } from '../wire/request-ids';
import { functionConfiguration, getFunctionOutput } from './function-configuration';
import { parseFunctionName } from './function-names';
import { invoke } from './invoke';
import { lambdaErrorResponse, lookupProblem, type LambdaErrorSpec } from './lambda-errors';
import type { LambdaPort } from './lambda-port';

const INVOKE_PATH = /^\/2015-03-31\/functions\/([^/]+)\/invocations\/?$/;
const FUNCTION_PATH = /^\/2015-03-31\/functions\/([^/]+)\/?$/;
const FUNCTIONS_PATH = /^\/2015-03-31\/functions\/?$/;

/** ListFunctions' default and largest page (API_ListFunctions MaxItems: 1–10,000, 50 by default). */
const DEFAULT_PAGE = 50;

/** The region of `lambda.<region>.amazonaws.com`; the caller's when the host does not say. */
function regionOf(request: ApiRequest, caller: ApiCaller): string {
  return /^lambda\.([a-z0-9-]+)\.amazonaws\.com$/.exec(request.hostname)?.[1] ?? caller.region;
}

function record(
  operation: string,
  resource: string | null,
  statusCode: number,
  errorCode: string | null,
): ServiceCallRecord {
  return { service: 'lambda', operation, resource, statusCode, errorCode, units: { kind: 'free' } };
}

function okJson(operation: string, resource: string | null, value: unknown): ServiceAnswer {
  const response = jsonResponse(200, value, 'application/json', [
    ['x-amzn-requestid', uuidRequestId()],
  ]);
  return { response, record: record(operation, resource, 200, null) };
}

function errorAnswer(operation: string, error: LambdaErrorSpec): ServiceAnswer {
  const response = lambdaErrorResponse(error, uuidRequestId());
  return { response, record: record(operation, null, error.statusCode, error.code) };
}

function getFunction(
  port: LambdaPort,
  request: ApiRequest,
  rawName: string,
  region: string,
): ServiceAnswer {
  const parsed = parseFunctionName(rawName, request.query.get('Qualifier')?.[0] ?? null);
  if (!parsed.ok)
    return errorAnswer('GetFunction', {
      statusCode: 400,
      code: parsed.code,
      message: parsed.message,
    });
  const functions = port.functions();
  const missing = lookupProblem(parsed.ref, region, (name) => functions.has(name));
  if (missing !== null) return errorAnswer('GetFunction', missing);
  const config = functions.get(parsed.ref.name)!;
  return okJson('GetFunction', config.name, getFunctionOutput(config, region));
}

/** Alphabetical pages; the marker is where the next page starts. */
function listFunctions(port: LambdaPort, request: ApiRequest, region: string): ServiceAnswer {
  const configs = [...port.functions().values()].sort((a, b) => (a.name < b.name ? -1 : 1));
  const requested = Number(request.query.get('MaxItems')?.[0] ?? DEFAULT_PAGE);
  const pageSize = Number.isInteger(requested) && requested > 0 ? requested : DEFAULT_PAGE;
  const start = Number(request.query.get('Marker')?.[0] ?? 0) || 0;
  const page = configs.slice(start, start + pageSize);
  const next = start + pageSize < configs.length ? String(start + pageSize) : undefined;
  return okJson('ListFunctions', null, {
    Functions: page.map((config) => functionConfiguration(config, region)),
    ...(next !== undefined && { NextMarker: next }),
  });
}

/**
 * An operation the playground does not simulate. AWS has it; here the answer says what there is,
 * so a learner's handler fails with a message that explains why.
 */
function unknownOperation(request: ApiRequest): ServiceAnswer {
  return errorAnswer('Unknown', {
    statusCode: 404,
    code: 'UnknownOperationException',
    message: `The playground's Lambda API answers Invoke, GetFunction and ListFunctions; it does not simulate ${request.method} ${request.path}.`,
  });
}

/** A path label as the SDK percent-encodes it; a malformed escape is kept as sent. */
function label(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
}

export function createLambdaApi(port: LambdaPort): ServiceHandler {
  return async (request, caller) => {
    const region = regionOf(request, caller);
    const invokeMatch = INVOKE_PATH.exec(request.path);
    if (invokeMatch !== null && request.method === 'POST') {
      return invoke(port, request, caller, label(invokeMatch[1]!), region);
    }
    const functionMatch = FUNCTION_PATH.exec(request.path);
    if (functionMatch !== null && request.method === 'GET') {
      return getFunction(port, request, label(functionMatch[1]!), region);
    }
    if (FUNCTIONS_PATH.test(request.path) && request.method === 'GET') {
      return listFunctions(port, request, region);
    }
    return unknownOperation(request);
  };
}
