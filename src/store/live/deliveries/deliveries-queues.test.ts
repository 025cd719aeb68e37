import { describe, expect, it } from 'vitest';
import type { PlatformEvent } from '../../../engine';
import { errorInvoke, okInvoke } from '../../../engine/testing/fake-executor';
import { setupPlatform, testBundle, testConfig } from '../../../engine/testing/platform-fixture';
import type { QueueTally } from './deliveries-model';
import { emptyDeliveries } from './deliveries-model';
import { tallyQueue } from './deliveries-queues';

type QueueEvent = Parameters<typeof tallyQueue>[1];

function isQueueEvent(event: PlatformEvent): event is QueueEvent {
  return event.type.startsWith('sqs-');
}

function tally(counts: Partial<QueueTally>): QueueTally {
  const zero = { sent: 0, batches: 0, deleted: 0, returned: 0, movedToDeadLetter: 0, movedIn: 0 };
  return { ...zero, ...counts };
}

describe('tallyQueue', () => {
  it('counts messages sent, batched, returned after a failure and moved to the DLQ', async () => {
    const { platform, executor, events, settle } = setupPlatform();
    platform.deploy(testConfig(), testBundle());
    platform.createQueue({ name: 'dead' });
    platform.createQueue({ name: 'jobs', maxReceiveCount: 2, deadLetterQueue: 'dead' });
    platform.createEventSourceMapping({ queue: 'jobs', functionName: 'add' });
    executor.script.invoke = (_, request) =>
      request.eventJson.includes('bad') ? errorInvoke() : okInvoke();
    platform.sendMessage('jobs', { body: 'good' });
    await settle();
    platform.sendMessage('jobs', { body: 'bad' });
    await settle();
    // Visible again after the 30 s visibility timeout: a second receive, then the DLQ.
    await settle(30_000);
    await settle(30_000);
    const state = emptyDeliveries();
    for (const event of events.filter(isQueueEvent)) tallyQueue(state, event);
    expect(Object.fromEntries(state.queues)).toEqual({
      jobs: tally({ sent: 2, batches: 3, deleted: 1, returned: 2, movedToDeadLetter: 1 }),
      dead: tally({ movedIn: 1 }),
    });
    expect(platform.listMessages('dead')).toHaveLength(1);
  });

  it('does not count a throttled batch the poller keeps as returned, only one it lets go', () => {
    const state = emptyDeliveries();
    const result = {
      type: 'sqs-batch-result' as const,
      time: 0,
      mappingId: 'm',
      queueName: 'jobs',
      functionName: 'add',
      requestId: 'r',
      status: 'throttled' as const,
      deletedIds: [],
      failedIds: ['a', 'b'],
    };
    tallyQueue(state, { ...result, retryAt: 1000 });
    expect(state.queues.get('jobs')).toEqual(tally({}));
    tallyQueue(state, { ...result, retryAt: null });
    expect(state.queues.get('jobs')).toEqual(tally({ returned: 2 }));
  });
});
