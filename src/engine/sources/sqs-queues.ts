// SQS queues: create, delete, send, move between queues, inspect. Messages keep their send order,
// receive counts and visibility; receiving is sqs-receive.ts's job, polling sqs-poller.ts's.
import type { EngineContext } from '../context';
import type { ServiceCaller } from '../services/service-calls';
import { ApiError, invalidParameter } from '../errors';
import { emitResource, emitSource } from './source-support';
import type { SqsMessage, SqsQueue } from './source-model';
import type { MessageSnapshot, QueueConfig, QueueSnapshot, SendMessageInput } from './source-types';
import { queueConfigProblem, VISIBILITY_TIMEOUT_RANGE } from './validate-sources';

// SQS's largest message, and a new queue's default MaximumMessageSize, since 2025: 1 MiB
// (docs/aws-services.md#sqs-api).
export const MAX_SQS_MESSAGE_BYTES = 1_048_576;
// FIFO sequence numbers are large increasing decimals, e.g. 18849496460467696128 (SAM's Sqs.json).
const FIRST_SEQUENCE = 18_849_496_460_467_696_128n;

export function createQueue(ctx: EngineContext, config: QueueConfig): void {
  const problem = queueConfigProblem(config, ctx.queues);
  if (problem !== null) throw invalidParameter(problem);
  const visibilitySec = config.visibilityTimeoutSec ?? VISIBILITY_TIMEOUT_RANGE.default;
  ctx.queues.set(config.name, {
    name: config.name,
    fifo: config.fifo === true,
    visibilityTimeoutMs: visibilitySec * 1000,
    maxReceiveCount: config.maxReceiveCount ?? null,
    deadLetterQueue: config.deadLetterQueue ?? null,
    messages: new Map(),
    sent: 0,
    wakeTimer: null,
    wakeAt: Infinity,
  });
  emitResource(ctx, 'queue', config.name, 'created');
}

export function requireQueue(ctx: EngineContext, name: string): SqsQueue {
  const queue = ctx.queues.get(name);
  if (queue !== undefined) return queue;
  const message = `The specified queue does not exist: ${name}`;
  throw new ApiError('AWS.SimpleQueueService.NonExistentQueue', 400, message);
}

/** Forgets the queue and its messages; the caller deletes the mappings that read it first. */
export function deleteQueueRecord(ctx: EngineContext, queue: SqsQueue): void {
  ctx.queues.delete(queue.name);
  if (queue.wakeTimer !== null) ctx.timers.clear(queue.wakeTimer);
  const count = queue.messages.size;
  const note = count === 0 ? undefined : `${count} message(s) deleted with the queue`;
  emitResource(ctx, 'queue', queue.name, 'deleted', note);
}

function messageProblem(queue: SqsQueue, input: SendMessageInput): string | null {
  if (input.body.length === 0) return 'A message body must not be empty.';
  if (input.body.length * 3 > MAX_SQS_MESSAGE_BYTES) {
    const bytes = new TextEncoder().encode(input.body).length;
    if (bytes > MAX_SQS_MESSAGE_BYTES)
      return `A message body may be at most 1 MiB (got ${bytes} bytes).`;
  }
  if (queue.fifo && !input.groupId)
    return `${queue.name} is a FIFO queue: a message needs a group id.`;
  return null;
}

export type SendOutcome = { ok: true; messageId: string } | { ok: false; problem: string };

/**
 * Adds a message at the end of the queue (hidden for its delay, if any); says why not instead of
 * throwing. `origin` is the handler whose SDK call sent it.
 */
export function sendToQueue(
  ctx: EngineContext,
  queueName: string,
  input: SendMessageInput,
  origin: ServiceCaller | null = null,
): SendOutcome {
  const queue = ctx.queues.get(queueName);
  if (queue === undefined) return { ok: false, problem: `Queue ${queueName} does not exist.` };
  const problem = messageProblem(queue, input);
  if (problem !== null) return { ok: false, problem };
  const messageId = ctx.ids.uuid();
  append(queue, {
    messageId,
    body: input.body,
    attributes: { ...input.attributes },
    groupId: input.groupId,
    deduplicationId: input.deduplicationId,
    sequenceNumber: undefined,
    sentAt: ctx.clock.now(),
    receiveCount: 0,
    firstReceivedAt: null,
    invisibleUntil: input.delaySeconds ? ctx.clock.now() + input.delaySeconds * 1000 : 0,
    receipt: 0,
    sourceQueue: null,
    origin,
  });
  emitSource(ctx, {
    type: 'sqs-sent',
    queueName,
    messageId,
    ...(origin !== null && { origin }),
  });
  return { ok: true, messageId };
}

/** Every message of a FIFO queue gets the queue's next sequence number as it arrives. */
function append(queue: SqsQueue, message: SqsMessage): void {
  queue.sent++;
  const sequenceNumber = queue.fifo ? String(FIRST_SEQUENCE + BigInt(queue.sent)) : undefined;
  queue.messages.set(message.messageId, { ...message, sequenceNumber });
}

/**
 * Moves a message, visible at once, to another queue: into a dead-letter queue (receive count kept,
 * which AWS does not document) or back from one by redrive (counted afresh).
 */
export function moveMessage(
  ctx: EngineContext,
  message: SqsMessage,
  from: SqsQueue,
  to: SqsQueue,
  reason: 'max-receive-count' | 'redrive' | 'recursive-loop',
): void {
  from.messages.delete(message.messageId);
  const { messageId, receiveCount } = message;
  const toDeadLetter = reason !== 'redrive';
  append(to, {
    ...message,
    invisibleUntil: 0,
    receiveCount: toDeadLetter ? receiveCount : 0,
    firstReceivedAt: toDeadLetter ? message.firstReceivedAt : null,
    sourceQueue: toDeadLetter ? from.name : null,
  });
  const event = { messageId, fromQueue: from.name, toQueue: to.name, reason, receiveCount };
  emitSource(ctx, { type: 'sqs-moved', ...event });
}

/** Returns the queues that received messages, so their pollers can be woken. */
export function redrive(ctx: EngineContext, deadLetter: SqsQueue): string[] {
  const now = ctx.clock.now();
  const targets = new Set<string>();
  for (const message of [...deadLetter.messages.values()]) {
    const source = message.sourceQueue === null ? undefined : ctx.queues.get(message.sourceQueue);
    if (source === undefined || message.invisibleUntil > now) continue;
    moveMessage(ctx, message, deadLetter, source, 'redrive');
    targets.add(source.name);
  }
  return [...targets];
}

export function listMessages(ctx: EngineContext, queue: SqsQueue): MessageSnapshot[] {
  const now = ctx.clock.now();
  return [...queue.messages.values()].map((message) => {
    const snapshot: MessageSnapshot = {
      messageId: message.messageId,
      body: message.body,
      attributes: { ...message.attributes },
      sentAt: message.sentAt,
      receiveCount: message.receiveCount,
      firstReceivedAt: message.firstReceivedAt,
      state: message.invisibleUntil > now ? 'in-flight' : 'visible',
      visibleAt: Math.max(message.invisibleUntil, message.sentAt),
    };
    if (message.groupId !== undefined) snapshot.groupId = message.groupId;
    if (message.sourceQueue !== null) snapshot.sourceQueue = message.sourceQueue;
    return snapshot;
  });
}

export function queueSnapshots(ctx: EngineContext): QueueSnapshot[] {
  const now = ctx.clock.now();
  return [...ctx.queues.values()].map((queue) => {
    let inFlight = 0;
    for (const message of queue.messages.values()) if (message.invisibleUntil > now) inFlight++;
    return {
      name: queue.name,
      fifo: queue.fifo,
      visibilityTimeoutSec: queue.visibilityTimeoutMs / 1000,
      maxReceiveCount: queue.maxReceiveCount,
      deadLetterQueue: queue.deadLetterQueue,
      visible: queue.messages.size - inFlight,
      inFlight,
    };
  });
}
