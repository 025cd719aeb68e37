// A handler as an SQS consumer (ReceiveMessage, DeleteMessage through the SDK), sharing the queue
// with its event source mappings: a message one of them holds is hidden from the others until its
// visibility timeout ends, and a receipt handle deletes only while its receive is the latest.
import type { EngineContext } from '../context';
import type { SqsRecordInput } from '../shapes';
import type { DeleteOutcome, ReceiveOptions } from './source-types';
import { pokeQueue, wakeAt } from './sqs-poller';
import { requireQueue } from './sqs-queues';
import { parseReceiptHandle, receive, recordInput } from './sqs-receive';

export function receiveForConsumer(
  ctx: EngineContext,
  queueName: string,
  options: ReceiveOptions,
): SqsRecordInput[] {
  const queue = requireQueue(ctx, queueName);
  const visibilityMs =
    options.visibilityTimeoutSec === undefined
      ? queue.visibilityTimeoutMs
      : options.visibilityTimeoutSec * 1000;
  const { held, deadLetterQueues } = receive(ctx, queue, options.max, visibilityMs);
  for (const name of deadLetterQueues) pokeQueue(ctx, name);
  // The mappings poll again once these messages are visible, if nobody deletes them first.
  if (held.length > 0) wakeAt(ctx, queue, ctx.clock.now() + visibilityMs);
  return held.map(recordInput);
}

/**
 * SQS's DeleteMessage (docs/aws-services.md#sqs-api): a handle that is not one of the queue's is
 * invalid; an expired one (its message visible again, not received since) is refused; a handle of a
 * message deleted already, or received again since, succeeds without deleting anything.
 */
export function deleteByReceipt(
  ctx: EngineContext,
  queueName: string,
  handle: string,
): DeleteOutcome {
  const queue = requireQueue(ctx, queueName);
  const parsed = parseReceiptHandle(handle);
  if (parsed === null) return 'invalid';
  const message = queue.messages.get(parsed.messageId);
  if (message === undefined || message.receipt !== parsed.receipt) return 'not-current';
  if (parsed.receipt === 0) return 'invalid';
  if (message.invisibleUntil <= ctx.clock.now()) return 'expired';
  queue.messages.delete(message.messageId);
  return 'deleted';
}
