// Counts what happened to each SQS queue's messages: sent, received in batches, deleted, returned
// after a failure, moved to a dead-letter queue (or back by redrive).
import type { PlatformEvent } from '../../../engine';
import type { DeliveriesState, QueueTally } from './deliveries-model';

type QueueEvent = Extract<
  PlatformEvent,
  { type: 'sqs-sent' | 'sqs-batch' | 'sqs-batch-result' | 'sqs-moved' }
>;

const EMPTY_TALLY: QueueTally = {
  sent: 0,
  batches: 0,
  deleted: 0,
  returned: 0,
  movedToDeadLetter: 0,
  movedIn: 0,
};

function add(d: DeliveriesState, queueName: string, change: Partial<QueueTally>): void {
  const tally = { ...(d.queues.get(queueName) ?? EMPTY_TALLY) };
  for (const key of Object.keys(change) as Array<keyof QueueTally>) tally[key] += change[key]!;
  d.queues.set(queueName, tally);
}

export function tallyQueue(d: DeliveriesState, event: QueueEvent): void {
  switch (event.type) {
    case 'sqs-sent':
      return add(d, event.queueName, { sent: 1 });
    case 'sqs-batch':
      return add(d, event.queueName, { batches: 1 });
    case 'sqs-batch-result': {
      // A throttled batch the poller will try again (retryAt set) is still held, not returned.
      const held = event.status === 'throttled' && event.retryAt !== null;
      const returned = held ? 0 : event.failedIds.length;
      return add(d, event.queueName, { deleted: event.deletedIds.length, returned });
    }
    case 'sqs-moved':
      if (event.reason !== 'redrive') add(d, event.fromQueue, { movedToDeadLetter: 1 });
      return add(d, event.toQueue, { movedIn: 1 });
  }
}
