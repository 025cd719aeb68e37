// Receiving for a poller: the next visible messages in order (a FIFO group waits while one of its
// messages is in flight), the move to the dead-letter queue past maxReceiveCount, the deletes.
import type { EngineContext } from '../context';
import type { SqsRecordInput } from '../shapes';
import type { HeldMessage, SqsMessage, SqsQueue } from './source-model';
import { moveMessage } from './sqs-queues';

/** Visible messages in send order, skipping FIFO groups that have a message in flight. */
function* candidates(queue: SqsQueue, now: number): Generator<SqsMessage> {
  const blocked = queue.fifo ? new Set<string | undefined>() : null;
  for (const message of queue.messages.values()) {
    if (message.invisibleUntil > now) blocked?.add(message.groupId);
    else if (!blocked?.has(message.groupId)) yield message;
  }
}

/** The redrive target, once a message has been received maxReceiveCount times. */
function deadLetterFor(ctx: EngineContext, queue: SqsQueue, message: SqsMessage): SqsQueue | null {
  if (queue.maxReceiveCount === null || message.receiveCount < queue.maxReceiveCount) return null;
  return ctx.queues.get(queue.deadLetterQueue ?? '') ?? null;
}

/** How many messages (up to `max`) a receive would return now. */
export function countReceivable(ctx: EngineContext, queue: SqsQueue, max: number): number {
  let count = 0;
  for (const message of candidates(queue, ctx.clock.now())) {
    if (count === max) break;
    if (deadLetterFor(ctx, queue, message) === null) count++;
  }
  return count;
}

/**
 * Receives up to `max` messages, hiding each for the visibility timeout (the queue's unless given).
 * As SQS does, a message already received maxReceiveCount times moves to the dead-letter queue
 * instead (docs/aws-lambda.md#sqs-event-source-mapping).
 * Returns the messages, and the dead-letter queues that gained messages.
 */
export function receive(
  ctx: EngineContext,
  queue: SqsQueue,
  max: number,
  visibilityMs = queue.visibilityTimeoutMs,
): { held: HeldMessage[]; deadLetterQueues: string[] } {
  const now = ctx.clock.now();
  const held: HeldMessage[] = [];
  const deadLetterQueues = new Set<string>();
  for (const message of candidates(queue, now)) {
    if (held.length === max) break;
    const deadLetter = deadLetterFor(ctx, queue, message);
    if (deadLetter !== null) {
      moveMessage(ctx, message, queue, deadLetter, 'max-receive-count');
      deadLetterQueues.add(deadLetter.name);
      continue;
    }
    message.receiveCount++;
    message.firstReceivedAt ??= now;
    message.invisibleUntil = now + visibilityMs;
    message.receipt++;
    held.push({ message, receipt: message.receipt });
  }
  return { held, deadLetterQueues: [...deadLetterQueues] };
}

/**
 * Deletes the held messages that did not fail, unless the receipt went stale (the message became
 * visible and was received again, or moved). The rest stay hidden until their visibility ends.
 */
export function deleteSucceeded(
  queue: SqsQueue,
  held: readonly HeldMessage[],
  failedIds: ReadonlySet<string>,
): { deletedIds: string[]; failedIds: string[] } {
  const deletedIds: string[] = [];
  const kept: string[] = [];
  for (const { message, receipt } of held) {
    const { messageId } = message;
    const current = message.receipt === receipt && queue.messages.get(messageId) === message;
    if (current && !failedIds.has(messageId)) {
      queue.messages.delete(messageId);
      deletedIds.push(messageId);
    } else kept.push(messageId);
  }
  return { deletedIds, failedIds: kept };
}

/** When the next in-flight message becomes visible again; Infinity when none is in flight. */
export function nextVisibleAt(queue: SqsQueue, now: number): number {
  let next = Infinity;
  for (const { invisibleUntil } of queue.messages.values()) {
    if (invisibleUntil > now && invisibleUntil < next) next = invisibleUntil;
  }
  return next;
}

const RECEIPT_PREFIX = 'AQEB';

/** Opaque, and new on every receive, like SQS's receipt handles (which begin with AQEB). */
function receiptHandle(messageId: string, receipt: number): string {
  return `${RECEIPT_PREFIX}${btoa(`${messageId}:${receipt}`)}`;
}

/** The message id and receive a receipt handle names, or null when it is not one of ours. */
export function parseReceiptHandle(handle: string): { messageId: string; receipt: number } | null {
  if (!handle.startsWith(RECEIPT_PREFIX)) return null;
  let text: string;
  try {
    text = atob(handle.slice(RECEIPT_PREFIX.length));
  } catch {
    return null;
  }
  const match = /^(.+):(\d+)$/.exec(text);
  if (match === null) return null;
  return { messageId: match[1]!, receipt: Number(match[2]) };
}

/** What the SQS event factory needs for one held message. */
export function recordInput({ message, receipt }: HeldMessage): SqsRecordInput {
  const record: SqsRecordInput = {
    messageId: message.messageId,
    receiptHandle: receiptHandle(message.messageId, receipt),
    body: message.body,
    attributes: message.attributes,
    sentAt: message.sentAt,
    firstReceivedAt: message.firstReceivedAt ?? message.sentAt,
    receiveCount: message.receiveCount,
  };
  if (message.groupId !== undefined) record.groupId = message.groupId;
  if (message.sequenceNumber !== undefined) record.sequenceNumber = message.sequenceNumber;
  if (message.deduplicationId !== undefined) record.deduplicationId = message.deduplicationId;
  return record;
}
