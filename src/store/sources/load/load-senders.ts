// Turns a load test's target into a sender on the page's platform: each arrival becomes a direct
// invoke, an HTTP request through the front door, an S3 put, an SNS publish or an SQS send. The
// outcome counted is what the caller got back: for S3, SNS and SQS that is the service accepting
// the request; the functions they trigger run asynchronously, on the stage.
import type { LoadOutcome } from '../../../engine';
import { loadOutcomeOf } from '../../../engine';
import type { HttpRequestSpec } from '../../../triggers';
import { readyToRun } from '../../platform/deploy';
import { deliverHttpRequest } from '../http/http-trigger';
import { fillNumber, httpOutcome, loadTargetOf } from '../../../workspace/load-targets';
import { world } from '../../platform/platform-world';
import { appliedName } from '../pubsub/pubsub-actions';
import { putObject } from '../s3/s3-actions';
import type { LoadDraft, LoadTargetDraft, Workspace } from '../../../workspace/model';

export type LoadSend = (index: number) => Promise<LoadOutcome>;

/** A sender ready to go and what the progress line calls its target, or why there is none. */
export type LoadSender =
  { ok: true; send: LoadSend; label: string } | { ok: false; problem: string };

const encoder = new TextEncoder();
const BODYLESS = new Set(['GET', 'HEAD']);

function httpSender(target: LoadTargetDraft): LoadSender {
  const method = target.method.toUpperCase();
  const send: LoadSend = async (index) => {
    const request: HttpRequestSpec = {
      method,
      path: fillNumber(target.path, index + 1),
      query: '',
      headers: [['content-type', 'application/json']],
      cookies: [],
      ...(!BODYLESS.has(method) && {
        body: { text: fillNumber(target.body, index + 1), isBase64Encoded: false },
      }),
    };
    const { response } = await deliverHttpRequest(request);
    return response === null ? 'error' : httpOutcome(response.status);
  };
  return { ok: true, send, label: `${method} ${target.path}` };
}

function s3Sender(target: LoadTargetDraft, workspace: Workspace): LoadSender {
  const bucket = workspace.buckets.find((b) => b.id === target.bucketId);
  if (!bucket) return { ok: false, problem: 'The bucket is gone: choose another.' };
  const send: LoadSend = async (index) => {
    const n = index + 1;
    const bytes = encoder.encode(fillNumber(target.body, n));
    const key = fillNumber(target.keyPattern, n);
    const put = await putObject(bucket.name, { key, bytes, contentType: 'application/json' });
    return put.ok && put.change.problem === undefined ? 'ok' : 'error';
  };
  return { ok: true, send, label: `s3://${bucket.name}/${target.keyPattern}` };
}

async function snsSender(target: LoadTargetDraft): Promise<LoadSender> {
  const name = await appliedName('topic', target.topicId);
  if (name === null) return { ok: false, problem: 'The topic could not be created.' };
  const { platform } = world();
  // async: a refused publish (the topic deleted meanwhile) rejects, and counts as an error.
  const send: LoadSend = async (index) => {
    platform.publish(name, { message: fillNumber(target.body, index + 1) });
    return 'ok';
  };
  return { ok: true, send, label: `topic ${name}` };
}

async function sqsSender(target: LoadTargetDraft, workspace: Workspace): Promise<LoadSender> {
  const fifo = workspace.queues.find((q) => q.id === target.queueId)?.fifo === true;
  const name = await appliedName('queue', target.queueId);
  if (name === null) return { ok: false, problem: 'The queue could not be created.' };
  const { platform } = world();
  const send: LoadSend = async (index) => {
    const n = index + 1;
    platform.sendMessage(name, {
      body: fillNumber(target.body, n),
      // One message group keeps a FIFO queue's order; the id repeats on replay, as the body does.
      ...(fifo && { groupId: 'load', deduplicationId: `load-${n}` }),
    });
    return 'ok';
  };
  return { ok: true, send, label: `queue ${name}` };
}

async function invokeSender(load: LoadDraft, workspace: Workspace): Promise<LoadSender> {
  const draft = workspace.functions.find((fn) => fn.id === load.functionId);
  const name = draft ? await readyToRun(draft.id) : null;
  if (!draft || !name) {
    return { ok: false, problem: 'The function is not deployed: see its Result panel.' };
  }
  const { platform } = world();
  const event = draft.testEvent;
  const send: LoadSend = () => platform.invoke(name, event).then(loadOutcomeOf);
  return { ok: true, send, label: name };
}

/** Gets the target ready (deploying, creating topics and queues) and returns its sender. */
export function prepareLoadSender(load: LoadDraft, workspace: Workspace): Promise<LoadSender> {
  const target = loadTargetOf(load);
  switch (target.kind) {
    case 'invoke':
      return invokeSender(load, workspace);
    case 'http':
      return Promise.resolve(httpSender(target));
    case 's3':
      return Promise.resolve(s3Sender(target, workspace));
    case 'sns':
      return snsSender(target);
    case 'sqs':
      return sqsSender(target, workspace);
  }
}
