// Runs the workspace's web apps: as ECS services on Fargate (docs/fargate.md), here, or as Lambda
// Web Functions (web-function-apps.ts). Deploying one builds its files with the functions' bundler
// and creates the service on the platform's clock (so the Speed control applies to provisioning,
// image pulls and health checks), its tasks' programs in workers of their own. Requests go
// through the service's ALB; what the service reports feeds the Fargate view (live/fargate).
import type { AlbResponse, EcsService } from '../../engine';
import { createEcsService } from '../../engine';
import { createBrowserTaskExecutor } from '../../runtime';
import type { WebTaskExecutor } from '../../runtime';
import type { HttpRequestSpec as ClientRequest } from '../../triggers';
import type { ServiceDraft } from '../../workspace/model';
import { serviceProblem, taskDefinitionInputOf } from '../../workspace/service-drafts';
import {
  clearServiceViews,
  closeServiceView,
  openServiceView,
  receiveFargateEvent,
  receiveServiceDeleted,
  receiveServiceSnapshot,
} from '../live/fargate/fargate-store';
import { workspaceStore } from '../workspace/workspace-store';
import { setNotice } from './control-store';
import { holdingPlatformTime } from './task-time-holds';
import { world } from './platform-world';
import { buildProgram, wireRequestOf } from './web-app-programs';
import {
  createAppWebFunction,
  isWebFunctionRunning,
  retireWebFunction,
  stopAllWebFunctions,
  stopWebFunction,
} from './web-function-apps';

interface RunningApp {
  service: EcsService;
  executor: WebTaskExecutor;
  /** The settings it was created with: a change to the task definition needs a new service. */
  deployed: ServiceDraft;
  unsubscribe: () => void;
  /** Host timer that refreshes the view (the bill grows while nothing happens). */
  refresh: ReturnType<typeof setInterval>;
}

const running = new Map<string, RunningApp>();

/** Real ms between the view's readings of an idle service: its bill, its countdowns. */
const REFRESH_MS = 250;

function draftOf(appId: string): ServiceDraft | undefined {
  return workspaceStore.getState().services?.find((app) => app.id === appId);
}

/** Whether the web app's service (or Web Function) is running now. */
export function isServiceRunning(appId: string): boolean {
  return running.has(appId) || isWebFunctionRunning(appId);
}

/** Deletes the web app's service or Web Function: it ends at once, its bill so far stays. */
export function stopService(appId: string): void {
  stopWebFunction(appId);
  stopEcsService(appId);
}

function stopEcsService(appId: string): void {
  const app = running.get(appId);
  if (!app) return;
  running.delete(appId);
  clearInterval(app.refresh);
  receiveServiceSnapshot(appId, app.service.snapshot());
  app.unsubscribe();
  app.service.dispose();
  app.executor.stopAll();
  receiveServiceDeleted(appId);
}

/** Every service deleted and the view cleared: the page's Reset. */
export function stopAllServices(): void {
  for (const appId of [...running.keys()]) stopEcsService(appId);
  clearServiceViews();
  stopAllWebFunctions();
}

/** The web app's service is deleted with it. */
export function retireService(appId: string): void {
  stopEcsService(appId);
  closeServiceView(appId);
  retireWebFunction(appId);
}

/**
 * Deploys the web app: checks its settings as AWS would, builds its program, and creates its
 * service with the desired number of tasks, or its Web Function (replacing the one running
 * either way: new code or a new task definition is a new service here, as deployments are not
 * modeled). Returns the problem that stopped it, also shown as the web app's notice, or null.
 */
export async function deployService(appId: string): Promise<string | null> {
  const app = draftOf(appId);
  if (!app) return 'The web app no longer exists.';
  const say = (problem: string | null) => {
    setNotice(appId, problem);
    return problem;
  };
  const problem = serviceProblem(app, workspaceStore.getState().services ?? []);
  if (problem !== null) return say(`Fix the service settings: ${problem}`);
  const bundle = await buildProgram(app);
  if (bundle === 'superseded') return null;
  if (bundle === null) return say('The program does not build (see Problems): nothing deployed.');
  stopService(appId);
  if (app.runAs === 'web-function') {
    createAppWebFunction(app, bundle);
    return say(null);
  }
  const executor = createBrowserTaskExecutor({ bundle: () => bundle });
  const { clock } = world();
  const service = createEcsService({
    clock,
    executor: holdingPlatformTime(executor, clock),
    definition: taskDefinitionInputOf(app),
    service: {
      serviceName: app.name,
      desiredCount: app.desiredCount,
      minCount: app.minCount,
      maxCount: app.maxCount,
    },
  });
  openServiceView(appId, app.name, app.desiredCount);
  const show = () => receiveServiceSnapshot(appId, service.snapshot());
  const unsubscribe = service.subscribe((event) => {
    receiveFargateEvent(appId, event);
    show();
  });
  const refresh = setInterval(show, REFRESH_MS);
  running.set(appId, { service, executor, deployed: app, unsubscribe, refresh });
  show();
  return say(null);
}

/**
 * Applies the service's counts to the running service, as UpdateService and the scalable target
 * do, when they are valid; other settings wait for the next deploy.
 */
export function applyServiceCounts(appId: string): void {
  const app = draftOf(appId);
  const live = running.get(appId);
  if (!app || !live) return;
  if (serviceProblem(app, workspaceStore.getState().services ?? []) !== null) return;
  live.service.setScalableTarget(app.minCount, app.maxCount);
  live.service.setDesiredCount(app.desiredCount);
  receiveServiceSnapshot(appId, live.service.snapshot());
}

export interface ServiceExchange {
  response: AlbResponse;
  serviceName: string;
}

/** A request from the HTTP tab to the web app's ALB; null when its service is not running. */
export async function requestService(
  appId: string,
  request: ClientRequest,
): Promise<ServiceExchange | null> {
  const live = running.get(appId);
  if (!live) return null;
  const pending = live.service.request(wireRequestOf(request));
  receiveServiceSnapshot(appId, live.service.snapshot());
  const response = await pending;
  if (running.get(appId) === live) receiveServiceSnapshot(appId, live.service.snapshot());
  return { response, serviceName: live.deployed.name };
}
