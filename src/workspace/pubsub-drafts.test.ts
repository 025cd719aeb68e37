// New drafts with free names, and the clean-ups that leave nothing pointing at a removed function
// or queue.
import { describe, expect, it } from 'vitest';
import {
  attributesOf,
  newQueueDraft,
  newTopicDraft,
  withoutFunction,
  withoutQueue,
} from './pubsub-drafts';
import type { QueueDraft } from './model';

function queue(id: string, change: Partial<QueueDraft> = {}): QueueDraft {
  return { ...newQueueDraft([]), id, name: id, ...change };
}

const MAPPING = {
  functionId: 'fn-1',
  batchSize: 10,
  maximumBatchingWindowSec: 0,
  reportBatchItemFailures: false,
  enabled: true,
};

describe('newTopicDraft', () => {
  it('takes the first free id and name', () => {
    const taken = [{ id: 'topic-1', name: 'my-topic-2', subscriberIds: [] }];
    expect(newTopicDraft(taken)).toEqual({ id: 'topic-2', name: 'my-topic-1', subscriberIds: [] });
  });
});

describe('newQueueDraft', () => {
  it('is a standard queue with the 30 s default visibility timeout', () => {
    expect(newQueueDraft([queue('queue-1', { name: 'my-queue-1' })])).toEqual({
      id: 'queue-2',
      name: 'my-queue-2',
      fifo: false,
      visibilityTimeoutSec: 30,
      redrive: null,
      mapping: null,
    });
  });
});

describe('withoutFunction', () => {
  it('drops the function’s subscriptions and mappings, keeping topics, queues and the rest', () => {
    const other = { ...MAPPING, functionId: 'fn-2' };
    const drafts = {
      topics: [{ id: 't1', name: 'orders', subscriberIds: ['fn-1', 'fn-2'] }],
      queues: [queue('a', { mapping: MAPPING }), queue('b', { mapping: other })],
    };
    const after = withoutFunction(drafts, 'fn-1');
    expect(after.topics).toEqual([{ id: 't1', name: 'orders', subscriberIds: ['fn-2'] }]);
    expect(after.queues.map((q) => q.mapping)).toEqual([null, other]);
    expect(after.queues[1]).toBe(drafts.queues[1]);
  });
});

describe('withoutQueue', () => {
  it('removes the queue and the redrive policies that named it', () => {
    const redrive = { deadLetterQueueId: 'dlq', maxReceiveCount: 3 };
    const queues = [queue('jobs', { redrive }), queue('dlq')];
    expect(withoutQueue(queues, 'dlq')).toEqual([queue('jobs')]);
  });
});

describe('attributesOf', () => {
  it('keeps named rows with their types; a later namesake wins', () => {
    expect(
      attributesOf([
        { name: ' priority ', type: 'Number', value: '1' },
        { name: '', type: 'String', value: 'ignored' },
        { name: 'blob', type: 'Binary', value: 'AQID' },
        { name: 'priority', type: 'Number', value: '2' },
      ]),
    ).toEqual({
      priority: { dataType: 'Number', value: '2' },
      blob: { dataType: 'Binary', value: 'AQID' },
    });
  });
});
