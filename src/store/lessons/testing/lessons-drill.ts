// Test support: replays a lesson's drill against the real stack in Node — esbuild bundles the
// workspace, the engine runs it on a manual clock, the Lambda runtime runs the handlers in
// in-process realms — and returns every PlatformEvent it reported: the run the checks grade.
import * as esbuild from 'esbuild-wasm';
import { createBundler, isSuperseded } from '../../../bundler';
import type { ManualClock, Platform, PlatformEvent } from '../../../engine';
import { createManualClock, createPlatform } from '../../../engine';
import type { DrillStep, LessonRun } from '../../../lessons';
import { createSdkRealmWorker } from './sdk-realm-worker';
import { createInProcessPythonWorker } from '../../../runtime/worker/python/testing/in-process-python-worker';
import { createWorkerExecutor } from '../../../runtime/host/worker-executor';
import { matchRoute, httpApiV2Event } from '../../../triggers';
import { createEventShapes } from '../../platform/event-shapes';
import { createPubSubReconciler } from '../../sources/pubsub/pubsub-apply';
import { recordEvents } from '../lessons-record';
import type { Workspace } from '../../../workspace/model';
import { drillServices, loadSdkScriptsInNode } from './lessons-services';

const bundler = createBundler(async () => esbuild);

interface Stage {
  platform: Platform;
  /** The S3 tab's upload: stores the object and fires the bucket's notifications. */
  upload(bucket: string, key: string, bytes: Uint8Array): void;
  clock: ManualClock;
  workspace: Workspace;
  names: Map<string, string>;
  /** True while some instance is starting or serving a request. */
  busy(): boolean;
}

/** Lets the in-process workers answer: they reply on Node's real event loop. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

/**
 * Simulated time passes in small steps, with real time between for the handlers to answer; while
 * a handler runs (a cold start loading the SDK, an SDK call waiting for its modeled latency) it
 * passes in step with real time, as on the page at Speed 1.
 */
async function wait(stage: Stage, seconds: number): Promise<void> {
  for (let left = seconds * 1000; left > 0;) {
    const step = Math.min(stage.busy() ? 5 : 250, left);
    stage.clock.advance(step);
    left -= step;
    await settle();
  }
  while (stage.busy()) {
    stage.clock.advance(5);
    await settle();
  }
}

/**
 * Waits for a synchronous invoke while simulated time passes in step with real time, so the
 * handler's SDK calls are answered after their modeled latency, as on the page.
 */
async function whileTimePasses<T>(stage: Stage, work: Promise<T>): Promise<T> {
  let done = false;
  const finished = work.finally(() => {
    done = true;
  });
  while (!done) {
    await settle();
    if (!done) stage.clock.advance(5);
  }
  return finished;
}

async function deployAll(platform: Platform, workspace: Workspace): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const fn of workspace.functions) {
    const built = await bundler.build({
      functionId: fn.id,
      files: fn.files,
      handler: fn.config.handler,
      runtime: fn.config.runtime,
    });
    if (isSuperseded(built) || !built.ok) throw new Error(`${fn.config.name} did not build`);
    platform.deploy(fn.config, built.bundle);
    names.set(fn.id, fn.config.name);
  }
  return names;
}

async function wire(stage: Stage): Promise<void> {
  const { platform, workspace, names } = stage;
  const pubsub = createPubSubReconciler(
    () => platform,
    async (id) => names.get(id) ?? null,
  );
  const problems = await pubsub.apply(workspace.topics, workspace.queues);
  if (Object.keys(problems).length > 0) throw new Error(JSON.stringify(problems));
  for (const bucket of workspace.buckets) {
    const configs = bucket.notifications.map(({ id, events, prefix, suffix, functionId }) => ({
      id,
      events,
      prefix,
      suffix,
      functionName: names.get(functionId)!,
    }));
    platform.putBucketNotification(bucket.name, configs);
  }
}

function httpEvent(stage: Stage, step: Extract<DrillStep, { kind: 'http' }>) {
  const routes = stage.workspace.http.routes;
  const match = matchRoute(
    routes.map((route) => route.routeKey),
    step.method,
    step.path,
  );
  if (!match) throw new Error(`No route for ${step.method} ${step.path}`);
  const functionId = routes.find((route) => route.routeKey === match.routeKey)!.functionId;
  const request = {
    method: step.method,
    path: step.path,
    query: '',
    headers: [['content-type', 'text/plain']] as Array<[string, string]>,
    cookies: [],
    ...(step.body !== undefined && { body: { text: step.body, isBase64Encoded: false } }),
  };
  const context = { accountId: '123456789012', region: 'us-east-1', apiId: 'api', requestId: 'r' };
  const event = httpApiV2Event(request, match, {
    ...context,
    timeMs: 0,
    sourceIp: '203.0.113.10',
    traceId: 'Root=1',
  });
  return { name: stage.names.get(functionId)!, eventJson: JSON.stringify(event) };
}

async function perform(stage: Stage, step: DrillStep): Promise<void> {
  const { platform } = stage;
  switch (step.kind) {
    case 'invoke': {
      const name = stage.names.get(step.functionId)!;
      const eventJson = JSON.stringify(step.event);
      const times = step.times ?? 1;
      const invoke = () => whileTimePasses(stage, platform.invoke(name, eventJson));
      if (step.together) {
        await Promise.all(Array.from({ length: times }, invoke));
      } else for (let i = 0; i < times; i++) await invoke();
      return;
    }
    case 'invoke-async':
      platform.invokeAsync(stage.names.get(step.functionId)!, JSON.stringify(step.event));
      return wait(stage, 1);
    case 'http': {
      const { name, eventJson } = httpEvent(stage, step);
      await whileTimePasses(stage, platform.invoke(name, eventJson));
      return;
    }
    case 'upload':
      stage.upload(step.bucket, step.key, new Uint8Array(1024));
      return wait(stage, 1);
    case 'publish':
      platform.publish(step.topic, { message: step.message });
      return wait(stage, 1);
    case 'send':
      platform.sendMessage(step.queue, { body: step.body });
      return;
    case 'wait':
      return wait(stage, step.seconds);
  }
}

/**
 * What the page's recorder would keep (lessons-record.ts) of everything the platform reported
 * while the workspace was deployed, wired and drilled: the run the checks grade in the app.
 */
export async function runDrill(
  workspace: Workspace,
  drill: readonly DrillStep[],
): Promise<LessonRun> {
  const clock = createManualClock(0);
  const executor = createWorkerExecutor({
    createWorker: (_network, language) =>
      language === 'python' ? createInProcessPythonWorker() : createSdkRealmWorker(),
    spareWorkers: 0,
    loadSdkScripts: loadSdkScriptsInNode,
  });
  const { services, s3, holder } = drillServices(workspace, clock);
  const platform = createPlatform({ clock, executor, shapes: createEventShapes(), services });
  holder.platform = platform;
  const events: PlatformEvent[] = [];
  const working = new Set<string>();
  platform.subscribe((event) => {
    events.push(event);
    if (event.type !== 'instance') return;
    if (event.state === 'starting' || event.state === 'busy') working.add(event.instanceId);
    else working.delete(event.instanceId);
  });
  try {
    const names = await deployAll(platform, workspace);
    const busy = () => working.size > 0;
    const stage = { platform, clock, workspace, names, busy, upload: s3.upload };
    await wire(stage);
    for (const step of drill) await perform(stage, step);
    return recordEvents({ events: [] }, events);
  } finally {
    platform.dispose();
    executor.dispose();
  }
}
