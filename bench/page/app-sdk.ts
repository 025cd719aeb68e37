// sdk.callMs: a handler in the real app writes to a bucket with the real @aws-sdk/client-s3, and
// times each `await s3.send(new PutObjectCommand(…))` itself. That span is the whole round trip a
// learner's code waits for: the SDK's middleware (serializing, signing, parsing), the
// request's way from the worker to the page and back, the page's S3 API and store, and the
// engine's modeled S3 latency (waited on its clock: at speed 1, real milliseconds).
import type { InvokeResult } from '../../src/engine';
import { createBucket, invokeFunction, workspaceActions, workspaceStore } from '../../src/store';
import { world } from '../../src/store/platform/platform-world';
import type { BenchAppApi } from './api';

export const SDK_BUCKET = 'bench-sdk';

/** Calls of the untimed first (cold) invocation, with the app's default test event. */
const WARM_UP_CALLS = 20;

/**
 * Same key every call, so the bucket holds one object however many calls run; `performance.now()`
 * is the worker's own clock, as in Node on Lambda. A middleware at the end of the SDK's stack (the
 * deserialize step's lowest priority runs nearest the request handler) times the request handler
 * alone: the SDK's request to the page and its response back, with the modeled latency.
 */
const SDK_HANDLER = `import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';

const s3 = new S3Client({});
let transportMs = 0;
s3.middlewareStack.add(
  (next) => async (args) => {
    const started = performance.now();
    try {
      return await next(args);
    } finally {
      transportMs += performance.now() - started;
    }
  },
  { step: 'deserialize', priority: 'low', name: 'benchTransport' },
);

export const handler = async (event: { calls?: number }) => {
  const calls: number[] = [];
  const transport: number[] = [];
  for (let i = 0; i < (event.calls ?? ${WARM_UP_CALLS}); i++) {
    transportMs = 0;
    const started = performance.now();
    await s3.send(
      new PutObjectCommand({ Bucket: '${SDK_BUCKET}', Key: 'bench/object.txt', Body: 'hello' }),
    );
    calls.push(performance.now() - started);
    transport.push(transportMs);
  }
  return { calls, transport };
};
`;

/**
 * At Lambda's largest CPU share, so AWS timing (on, the app's default) never stretches the
 * handler's modeled duration toward its timeout; it does not change the wall-clock calls.
 */
const MEMORY_MB = 1769;

type SdkSamples = Awaited<ReturnType<BenchAppApi['sdkCalls']>>;

function samplesOf(result: InvokeResult, expected: number): SdkSamples {
  if (result.status !== 'ok') {
    const detail = 'payload' in result ? result.payload : result.error.message;
    throw new Error(`the SDK handler answered ${result.status}: ${detail}`);
  }
  if (result.report.initDurationMs !== undefined) {
    throw new Error('the SDK handler started cold: its calls were not warm');
  }
  const samples = JSON.parse(result.payload) as SdkSamples;
  if (samples.calls.length !== expected || samples.transport.length !== expected) {
    throw new Error(`the SDK handler timed ${samples.calls.length} of ${expected} calls`);
  }
  return samples;
}

export const sdkCalls: BenchAppApi['sdkCalls'] = async ({ invocations, callsPerInvocation }) => {
  const selected = workspaceStore.getState().selectedId;
  if (!workspaceStore.getState().buckets.some((bucket) => bucket.name === SDK_BUCKET)) {
    const problem = createBucket(SDK_BUCKET);
    if (problem !== null) throw new Error(`CreateBucket ${SDK_BUCKET}: ${problem}`);
  }
  const draft = workspaceActions.addFunction();
  try {
    workspaceActions.editFile(draft.id, 'index.ts', SDK_HANDLER);
    workspaceActions.setConfig(draft.id, { ...draft.config, memoryMB: MEMORY_MB, timeoutSec: 30 });
    // The learner's path: build, deploy (the S3 client's script joins the code), cold start, and
    // the first calls, which resolve the client's endpoint and credentials and get compiled.
    await invokeFunction(draft.id);
    const samples: SdkSamples = { calls: [], transport: [] };
    for (let i = 0; i < invocations; i++) {
      const event = JSON.stringify({ calls: callsPerInvocation });
      const result = await world().platform.invoke(draft.config.name, event);
      const { calls, transport } = samplesOf(result, callsPerInvocation);
      samples.calls.push(...calls);
      samples.transport.push(...transport);
    }
    return samples;
  } finally {
    workspaceActions.removeFunction(draft.id);
    workspaceActions.selectFunction(selected);
  }
};
