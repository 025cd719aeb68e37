// What a load test can aim at, and the rules its target must follow before a run may start.
import type { LoadOutcome } from '../engine';
import { jsonProblem } from './json-problem';
import { objectKeyProblem } from './s3-bucket-rules';
import type { LoadDraft, LoadTargetDraft, LoadTargetKind, Workspace } from './model';

export const LOAD_TARGET_KINDS: Record<LoadTargetKind, string> = {
  invoke: 'Invoke the function (synchronous)',
  http: 'HTTP requests through the front door',
  s3: 'S3 puts into a bucket',
  sns: 'SNS publishes to a topic',
  sqs: 'SQS sends to a queue',
};

/** What a save without a target means, and where a newly chosen kind starts from. */
export const DEFAULT_LOAD_TARGET: LoadTargetDraft = {
  kind: 'invoke',
  method: 'GET',
  path: '/',
  bucketId: '',
  keyPattern: 'load/{n}.json',
  topicId: '',
  queueId: '',
  body: '{"n": {n}}',
};

export function loadTargetOf(load: LoadDraft): LoadTargetDraft {
  return load.target ?? DEFAULT_LOAD_TARGET;
}

/** `{n}` becomes the request's number (1 for the first arrival), so a replay sends the same. */
export function fillNumber(text: string, n: number): string {
  return text.replaceAll('{n}', String(n));
}

/** How a front door's answer counts: 429 is a throttle, any other non-2xx a failure. */
export function httpOutcome(status: number): LoadOutcome {
  if (status === 429) return 'throttled';
  return status >= 200 && status < 300 ? 'ok' : 'error';
}

/** Why a run cannot start with this target, or null. */
export function loadTargetProblem(load: LoadDraft, workspace: Workspace): string | null {
  const target = loadTargetOf(load);
  switch (target.kind) {
    case 'invoke': {
      const draft = workspace.functions.find((fn) => fn.id === load.functionId);
      if (!draft) return 'Choose the function to load.';
      const eventProblem = jsonProblem(draft.testEvent);
      return eventProblem ? `The function's test event is not valid JSON: ${eventProblem}` : null;
    }
    case 'http':
      return target.path.startsWith('/') ? null : 'The path must start with /.';
    case 's3': {
      if (!workspace.buckets.some((b) => b.id === target.bucketId)) return 'Choose a bucket.';
      const keyProblem = objectKeyProblem(fillNumber(target.keyPattern, 1));
      return keyProblem && `Object key: ${keyProblem}`;
    }
    case 'sns':
      return workspace.topics.some((t) => t.id === target.topicId) ? null : 'Choose a topic.';
    case 'sqs':
      return workspace.queues.some((q) => q.id === target.queueId) ? null : 'Choose a queue.';
  }
}
