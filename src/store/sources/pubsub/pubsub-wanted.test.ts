// What the platform should hold for given drafts: creation order, keys, which functions are needed.
import { describe, expect, it } from 'vitest';
import type { QueueConfig } from '../../../engine';
import type { Wanted } from './pubsub-wanted';
import {
  creationOrder,
  functionIdsOf,
  HELD_POLLER,
  wantedPubSub,
  withPollersHeld,
} from './pubsub-wanted';

function pending(...configs: Array<[string, QueueConfig]>): Map<string, Wanted<QueueConfig>> {
  return new Map(configs.map(([id, config]) => [id, { config, key: JSON.stringify(config) }]));
}

describe('creationOrder', () => {
  it('puts each dead-letter queue before the queues that redrive to it', () => {
    const order = creationOrder(
      pending(
        ['a', { name: 'a', deadLetterQueue: 'b', maxReceiveCount: 1 }],
        ['b', { name: 'b', deadLetterQueue: 'c', maxReceiveCount: 1 }],
        ['c', { name: 'c' }],
      ),
    );
    expect(order).toEqual(['c', 'b', 'a']);
  });

  it('ends a cycle by handing over the rest (the engine then refuses them)', () => {
    const order = creationOrder(
      pending(
        ['a', { name: 'a', deadLetterQueue: 'b', maxReceiveCount: 1 }],
        ['b', { name: 'b', deadLetterQueue: 'a', maxReceiveCount: 1 }],
        ['c', { name: 'c' }],
      ),
    );
    expect(order).toEqual(['c', 'a', 'b']);
  });
});

describe('functionIdsOf', () => {
  it('names subscribers and the functions of enabled mappings only', () => {
    const mapping = {
      functionId: 'fn-3',
      batchSize: 10,
      maximumBatchingWindowSec: 0,
      reportBatchItemFailures: false,
      enabled: false,
    };
    const queue = {
      id: 'q',
      name: 'q',
      fifo: false,
      visibilityTimeoutSec: 30,
      redrive: null,
      mapping,
    };
    const topics = [{ id: 't', name: 't', subscriberIds: ['fn-1', 'fn-2'] }];
    expect([...functionIdsOf(topics, [queue])]).toEqual(['fn-1', 'fn-2']);
    const enabled = { ...queue, mapping: { ...mapping, enabled: true } };
    expect([...functionIdsOf(topics, [enabled])]).toEqual(['fn-1', 'fn-2', 'fn-3']);
  });
});

describe('wantedPubSub', () => {
  it('keys a mapping by its queue’s settings too, so a queue made again gets it again', () => {
    const mapping = {
      functionId: 'fn-1',
      batchSize: 5,
      maximumBatchingWindowSec: 1,
      reportBatchItemFailures: true,
      maximumConcurrency: 2,
      enabled: true,
    };
    const queue = {
      id: 'q',
      name: 'jobs',
      fifo: false,
      visibilityTimeoutSec: 30,
      redrive: null,
      mapping,
    };
    const wanted = wantedPubSub([], [queue], new Map([['fn-1', 'worker']]));
    expect(wanted.mappings.get('q')).toEqual({
      config: {
        queue: 'jobs',
        functionName: 'worker',
        batchSize: 5,
        maximumBatchingWindowSec: 1,
        reportBatchItemFailures: true,
        maximumConcurrency: 2,
      },
      key: '{"name":"jobs","fifo":false,"visibilityTimeoutSec":30}→{"queue":"jobs","functionName":"worker","batchSize":5,"maximumBatchingWindowSec":1,"reportBatchItemFailures":true,"maximumConcurrency":2}',
    });
  });
});

describe('withPollersHeld', () => {
  it('keeps the queues but no mapping, saying why under each mapping’s key', () => {
    const mapping = {
      functionId: 'fn-1',
      batchSize: 10,
      maximumBatchingWindowSec: 0,
      reportBatchItemFailures: false,
      enabled: true,
    };
    const queue = (id: string, enabled: boolean) => ({
      id,
      name: id,
      fifo: false,
      visibilityTimeoutSec: 30,
      redrive: null,
      mapping: { ...mapping, enabled },
    });
    const held = withPollersHeld([queue('jobs', true), queue('idle', false)]);
    expect(held.problems).toEqual(new Map([['mapping:jobs', HELD_POLLER]]));
    const wanted = wantedPubSub([], held.queues, new Map([['fn-1', 'worker']]));
    expect([...wanted.queues.keys()]).toEqual(['jobs', 'idle']);
    expect(wanted.mappings.size).toBe(0);
    expect(
      wantedPubSub([], [queue('jobs', true)], new Map([['fn-1', 'worker']])).mappings.size,
    ).toBe(1);
  });
});
