import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOAD_TARGET,
  fillNumber,
  httpOutcome,
  loadTargetOf,
  loadTargetProblem,
} from './load-targets';
import type { LoadDraft, Workspace } from './model';
import { completeWorkspace, defaultLoadDraft, defaultWorkspace } from './model';

function workspaceWith(change: Partial<Workspace>): Workspace {
  return { ...defaultWorkspace(), ...change };
}

function aimed(target: Partial<LoadDraft['target']>): LoadDraft {
  return { ...defaultLoadDraft('fn-1'), target: { ...DEFAULT_LOAD_TARGET, ...target } };
}

describe(fillNumber, () => {
  it('puts the request number wherever {n} stands', () => {
    expect(fillNumber('load/{n}.json', 7)).toBe('load/7.json');
    expect(fillNumber('{"n": {n}, "again": {n}}', 12)).toBe('{"n": 12, "again": 12}');
    expect(fillNumber('fixed', 3)).toBe('fixed');
  });
});

describe(httpOutcome, () => {
  it('counts 2xx as ok, 429 as throttled, anything else as an error', () => {
    expect([200, 204, 299, 429, 404, 500, 502].map(httpOutcome)).toEqual([
      'ok',
      'ok',
      'ok',
      'throttled',
      'error',
      'error',
      'error',
    ]);
  });
});

describe(loadTargetOf, () => {
  it('reads a save from before load targets as a direct invoke', () => {
    const saved = completeWorkspace({ ...defaultWorkspace(), load: defaultLoadDraft('fn-1') });
    expect(saved.load.target).toBeUndefined();
    expect(loadTargetOf(saved.load)).toEqual(DEFAULT_LOAD_TARGET);
    expect(DEFAULT_LOAD_TARGET.kind).toBe('invoke');
  });
});

describe(loadTargetProblem, () => {
  const bucket = { id: 'b-1', name: 'uploads', notifications: [] };
  const topic = { id: 't-1', name: 'news', subscriberIds: [] };
  const queue = {
    id: 'q-1',
    name: 'jobs',
    fifo: false,
    visibilityTimeoutSec: 30,
    redrive: null,
    mapping: null,
  };

  it('needs an existing function with a valid test event for a direct invoke', () => {
    expect(loadTargetProblem(defaultLoadDraft('fn-1'), defaultWorkspace())).toBeNull();
    expect(loadTargetProblem(defaultLoadDraft('gone'), defaultWorkspace())).toBe(
      'Choose the function to load.',
    );
    const broken = defaultWorkspace();
    broken.functions[0] = { ...broken.functions[0]!, testEvent: '{' };
    expect(loadTargetProblem(defaultLoadDraft('fn-1'), broken)).toMatch(
      /^The function's test event is not valid JSON: /,
    );
  });

  it('needs a path starting with / for HTTP', () => {
    expect(loadTargetProblem(aimed({ kind: 'http', path: '/items/{n}' }), defaultWorkspace())).toBe(
      null,
    );
    expect(loadTargetProblem(aimed({ kind: 'http', path: 'items' }), defaultWorkspace())).toBe(
      'The path must start with /.',
    );
  });

  it('needs a chosen bucket and a usable key for S3', () => {
    const workspace = workspaceWith({ buckets: [bucket] });
    expect(loadTargetProblem(aimed({ kind: 's3', bucketId: 'b-1' }), workspace)).toBeNull();
    expect(loadTargetProblem(aimed({ kind: 's3', bucketId: '' }), workspace)).toBe(
      'Choose a bucket.',
    );
    expect(
      loadTargetProblem(aimed({ kind: 's3', bucketId: 'b-1', keyPattern: '' }), workspace),
    ).toBe('Object key: An object key needs at least one character.');
  });

  it('needs a chosen topic for SNS and a chosen queue for SQS', () => {
    const workspace = workspaceWith({ topics: [topic], queues: [queue] });
    expect(loadTargetProblem(aimed({ kind: 'sns', topicId: 't-1' }), workspace)).toBeNull();
    expect(loadTargetProblem(aimed({ kind: 'sns', topicId: 'q-1' }), workspace)).toBe(
      'Choose a topic.',
    );
    expect(loadTargetProblem(aimed({ kind: 'sqs', queueId: 'q-1' }), workspace)).toBeNull();
    expect(loadTargetProblem(aimed({ kind: 'sqs', queueId: 't-1' }), workspace)).toBe(
      'Choose a queue.',
    );
  });
});
