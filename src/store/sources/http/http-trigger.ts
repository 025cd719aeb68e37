// Sends a request through the chosen front door (HTTP API, REST API or function URL): route it,
// build the event AWS would deliver, invoke synchronously, and map the result back to HTTP.
import type { HttpRequestSpec, HttpResponse, RouteMatch } from '../../../triggers';
import {
  amznTraceId,
  functionUrlEvent,
  httpApiV2Event,
  httpResponseFromInvoke,
  integrationTimeoutResponse,
  matchRoute,
  noRouteResponse,
  restApiV1Event,
  routeKeyProblem,
} from '../../../triggers';
import { INTEGRATION_TIMEOUT_MS, raceIntegrationTimeout } from '../../../engine';
import { createBodyChunker, type StreamChunkListener } from './stream-chunks';
import { readyToRun } from '../../platform/deploy';
import { requestService } from '../../platform/web-apps';
import { isWebFunctionRunning, requestWebFunction } from '../../platform/web-function-apps';
import { addStreamChunk, finishExchange, startExchange } from './http-history';
import { world } from '../../platform/platform-world';
import type { HttpTriggerConfig } from '../../../workspace/model';
import { startedByLearner } from '../../platform/run-hold';
import { workspaceStore } from '../../workspace/workspace-store';
import { noteHttpArrival } from '../../live/architecture/architecture-store';

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';
// A documentation address (RFC 5737): the learner's browser is not on the internet here.
const SOURCE_IP = '203.0.113.10';
const API_ID = 'pl4ygr0und';
const URL_ID = 'p1aygr0undfunctionur1a2b3c4d5e6f';

function randomText(alphabet: string, length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

const HEX = '0123456789abcdef';
const BASE64ISH = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** The event AWS would deliver for this request through the given front door. */
function eventFor(http: HttpTriggerConfig, request: HttpRequestSpec, match: RouteMatch | null) {
  const timeMs = Date.now();
  const common = {
    timeMs,
    sourceIp: SOURCE_IP,
    traceId: amznTraceId(timeMs, randomText(HEX, 24)),
  };
  if (http.front === 'function-url') {
    const urlContext = { region: REGION, urlId: URL_ID, requestId: crypto.randomUUID() };
    return functionUrlEvent(request, { ...common, ...urlContext });
  }
  const api = { accountId: ACCOUNT, region: REGION, apiId: API_ID };
  if (http.front === 'http-api') {
    const requestId = `${randomText(BASE64ISH, 14)}=`;
    return httpApiV2Event(request, match!, { ...common, ...api, requestId });
  }
  return restApiV1Event(request, match!, {
    ...common,
    ...api,
    stage: 'prod',
    resourceId: randomText(HEX, 6),
    requestId: crypto.randomUUID(),
    extendedRequestId: `${randomText(BASE64ISH, 14)}=`,
  });
}

/** What came of one request: the response, or why there was none, and the function it reached. */
export interface HttpDelivery {
  response: HttpResponse | null;
  problem?: string;
  functionName?: string;
}

/**
 * Routes a request through the configured front door and invokes the function behind it. The
 * HTTP tab records each delivery in its history; a load test only counts them.
 */
export async function deliverHttpRequest(
  request: HttpRequestSpec,
  onBodyChunk?: StreamChunkListener,
): Promise<HttpDelivery> {
  const { http } = workspaceStore.getState();
  let match: RouteMatch | null = null;
  let functionId = http.urlFunctionId;
  if (http.front !== 'function-url') {
    // A route key still being typed (invalid) is not part of the API yet.
    const routeKeys = http.routes.map((r) => r.routeKey).filter((k) => !routeKeyProblem(k));
    match = matchRoute(routeKeys, request.method, request.path);
    if (!match) return { response: noRouteResponse(http.front) };
    functionId = http.routes.find((r) => r.routeKey === match!.routeKey)!.functionId;
  }
  const name = await readyToRun(functionId);
  if (!name) {
    return {
      response: null,
      problem: 'The target function is not deployed: see its Result panel.',
    };
  }
  try {
    const event = eventFor(http, request, match);
    const { clock, platform } = world();
    // A function URL in RESPONSE_STREAM mode calls InvokeWithResponseStream: the body's pieces
    // reach the client as they are written. Every other door takes the response whole.
    const streaming = http.front === 'function-url' && http.urlInvokeMode === 'RESPONSE_STREAM';
    const onResponseChunk = streaming && onBodyChunk ? createBodyChunker(onBodyChunk) : undefined;
    noteHttpArrival(http.front, name);
    const invocation = platform.invoke(name, JSON.stringify(event), {
      ...(onResponseChunk && { onResponseChunk }),
    });
    if (http.front === 'function-url') {
      // No limit of its own: a function URL waits up to the function's timeout.
      return { response: httpResponseFromInvoke(await invocation, http.front), functionName: name };
    }
    const raced = await raceIntegrationTimeout(
      clock,
      invocation,
      INTEGRATION_TIMEOUT_MS[http.front],
    );
    if (raced.kind === 'timed-out') {
      // The function runs on to its own end and is billed for it; only the client stopped waiting.
      invocation.catch(() => undefined);
      return { response: integrationTimeoutResponse(http.front), functionName: name };
    }
    return { response: httpResponseFromInvoke(raced.value, http.front), functionName: name };
  } catch (error) {
    return { response: null, problem: (error as Error).message, functionName: name };
  }
}

/** Routes and invokes; the exchange in the history shows the outcome. */
export async function sendHttpRequest(request: HttpRequestSpec): Promise<HttpResponse | null> {
  startedByLearner();
  const id = startExchange(request, workspaceStore.getState().http.front);
  const started = performance.now();
  const onBodyChunk: StreamChunkListener = (text) =>
    addStreamChunk(id, { text, atMs: performance.now() - started });
  const { response, problem, functionName } = await deliverHttpRequest(request, onBodyChunk);
  finishExchange(id, {
    response,
    elapsedMs: performance.now() - started,
    ...(problem && { problem }),
    ...(functionName && { functionName }),
  });
  return response;
}

/**
 * Sends the request to a web app instead of the front door: its Web Function's endpoint when it
 * runs as one, else its ALB (its Fargate service). The exchange shows the response that came
 * back, an ALB error page or Lambda's own answer (with `lambda-web-error-type`) included.
 */
export async function sendServiceHttpRequest(
  appId: string,
  request: HttpRequestSpec,
): Promise<HttpResponse | null> {
  startedByLearner();
  const id = startExchange(request, workspaceStore.getState().http.front);
  const started = performance.now();
  if (isWebFunctionRunning(appId)) {
    const exchange = await requestWebFunction(appId, request);
    if (exchange !== null) {
      const { response: answer, functionName } = exchange;
      const response: HttpResponse = {
        status: answer.status,
        headers: [...answer.headers],
        body: answer.body,
      };
      finishExchange(id, {
        response,
        elapsedMs: performance.now() - started,
        webFunction: {
          name: functionName,
          source: answer.source,
          environmentId: answer.environmentId,
        },
      });
      return response;
    }
  }
  const exchange = await requestService(appId, request);
  if (exchange === null) {
    finishExchange(id, { problem: 'The service is not running: deploy it first.' });
    return null;
  }
  const { response: alb, serviceName } = exchange;
  const response: HttpResponse = { status: alb.status, headers: [...alb.headers], body: alb.body };
  finishExchange(id, {
    response,
    elapsedMs: performance.now() - started,
    service: { name: serviceName, source: alb.source, taskId: alb.taskId },
  });
  return response;
}
