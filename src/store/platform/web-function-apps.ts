// Runs the workspace's web apps as Lambda Web Functions (docs/web-functions.md#in-the-app):
// deploying one builds its files and creates the Web Function on the platform's clock (so the
// Speed control applies to cold starts, the readiness limit, request timeouts and scale to zero),
// each execution environment's program in a worker of its own. Requests go to its endpoint; what
// it reports feeds the Web Function view (live/web-functions).
import type { CodeBundle, WebFunction, WebFunctionResponse } from '../../engine';
import { createWebFunction } from '../../engine';
import { createBrowserWebFunctionExecutor } from '../../runtime';
import type { BrowserWebFunctionExecutor } from '../../runtime';
import type { HttpRequestSpec as ClientRequest } from '../../triggers';
import type { ServiceDraft } from '../../workspace/model';
import {
  clearWebFunctionViews,
  closeWebFunctionView,
  openWebFunctionView,
  receiveWebFunctionDeleted,
  receiveWebFunctionEvent,
  receiveWebFunctionSnapshot,
} from '../live/web-functions/web-function-store';
import { world } from './platform-world';
import { holdingWebFunctionTime } from './task-time-holds';
import { wireRequestOf } from './web-app-programs';

interface RunningFunction {
  fn: WebFunction;
  executor: BrowserWebFunctionExecutor;
  deployed: ServiceDraft;
  unsubscribe: () => void;
  /** Host timer that refreshes the view (memory is billed while environments idle). */
  refresh: ReturnType<typeof setInterval>;
}

const running = new Map<string, RunningFunction>();

/** Real ms between the view's readings of an idle function: its bill, its environments. */
const REFRESH_MS = 250;

export function isWebFunctionRunning(appId: string): boolean {
  return running.has(appId);
}

/** Deletes the web app's Web Function: its environments end at once, its bill so far stays. */
export function stopWebFunction(appId: string): void {
  const app = running.get(appId);
  if (!app) return;
  running.delete(appId);
  clearInterval(app.refresh);
  receiveWebFunctionSnapshot(appId, app.fn.snapshot());
  app.unsubscribe();
  app.fn.dispose();
  app.executor.stopAll();
  receiveWebFunctionDeleted(appId);
}

export function stopAllWebFunctions(): void {
  for (const appId of [...running.keys()]) stopWebFunction(appId);
  clearWebFunctionViews();
}

export function retireWebFunction(appId: string): void {
  stopWebFunction(appId);
  closeWebFunctionView(appId);
}

/**
 * Creates the web app's Web Function from its built program (replacing the one running: a new
 * build is a new function here, as revisions of a running one are not offered yet), with its
 * revision's concurrency and timeout and its endpoint's maximum environments.
 */
export function createAppWebFunction(app: ServiceDraft, bundle: CodeBundle): void {
  stopWebFunction(app.id);
  const executor = createBrowserWebFunctionExecutor({ bundle: () => bundle });
  const { clock } = world();
  const fn = createWebFunction({
    clock,
    executor: holdingWebFunctionTime(executor, clock),
    functionName: app.name,
    revision: {
      maxConcurrencyPerEnvironment: app.maxConcurrencyPerEnvironment,
      timeoutSeconds: app.timeoutSeconds,
    },
    endpoint: { maxEnvironments: app.maxEnvironments },
  });
  const first = fn.snapshot();
  openWebFunctionView(app.id, app.name, first.logGroupName);
  const show = () => receiveWebFunctionSnapshot(app.id, fn.snapshot());
  const unsubscribe = fn.subscribe((event) => {
    receiveWebFunctionEvent(app.id, event);
    if (event.type === 'environment-status' || event.type === 'request-start') show();
  });
  const refresh = setInterval(show, REFRESH_MS);
  running.set(app.id, { fn, executor, deployed: app, unsubscribe, refresh });
  show();
}

export interface WebFunctionExchange {
  response: WebFunctionResponse;
  functionName: string;
}

/** A request from the HTTP tab to the web app's endpoint; null when no Web Function runs. */
export async function requestWebFunction(
  appId: string,
  request: ClientRequest,
): Promise<WebFunctionExchange | null> {
  const live = running.get(appId);
  if (!live) return null;
  const pending = live.fn.request(wireRequestOf(request));
  receiveWebFunctionSnapshot(appId, live.fn.snapshot());
  const response = await pending;
  if (running.get(appId) === live) receiveWebFunctionSnapshot(appId, live.fn.snapshot());
  return { response, functionName: live.deployed.name };
}
