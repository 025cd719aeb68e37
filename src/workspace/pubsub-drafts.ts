// Edits of the workspace's topics and queues that must keep them consistent: new drafts with free
// names, and no subscription, mapping or redrive left pointing at something removed.
import type { MessageAttributes } from '../engine';
import type { QueueDraft, TopicDraft } from './model';

/** The first `<prefix><n>` (n from 1) that `taken` does not hold. */
function freeName(prefix: string, taken: ReadonlySet<string>, suffix = ''): string {
  let n = 1;
  while (taken.has(`${prefix}${n}${suffix}`)) n += 1;
  return `${prefix}${n}${suffix}`;
}

export function newTopicDraft(topics: readonly TopicDraft[]): TopicDraft {
  const id = freeName('topic-', new Set(topics.map((t) => t.id)));
  const name = freeName('my-topic-', new Set(topics.map((t) => t.name)));
  return { id, name, subscriberIds: [] };
}

/** A standard queue with SQS's default visibility timeout (30 s), no redrive and no mapping. */
export function newQueueDraft(queues: readonly QueueDraft[]): QueueDraft {
  const id = freeName('queue-', new Set(queues.map((q) => q.id)));
  const name = freeName('my-queue-', new Set(queues.map((q) => q.name)));
  return { id, name, fifo: false, visibilityTimeoutSec: 30, redrive: null, mapping: null };
}

export interface PubSubDrafts {
  topics: TopicDraft[];
  queues: QueueDraft[];
}

/** The function's subscriptions and event source mappings go with it; topics and queues stay. */
export function withoutFunction(drafts: PubSubDrafts, functionId: string): PubSubDrafts {
  return {
    topics: drafts.topics.map((topic) =>
      topic.subscriberIds.includes(functionId)
        ? { ...topic, subscriberIds: topic.subscriberIds.filter((id) => id !== functionId) }
        : topic,
    ),
    queues: drafts.queues.map((queue) =>
      queue.mapping?.functionId === functionId ? { ...queue, mapping: null } : queue,
    ),
  };
}

/** Removes a queue; queues that used it as their dead-letter queue lose their redrive policy. */
export function withoutQueue(queues: readonly QueueDraft[], queueId: string): QueueDraft[] {
  return queues
    .filter((queue) => queue.id !== queueId)
    .map((queue) =>
      queue.redrive?.deadLetterQueueId === queueId ? { ...queue, redrive: null } : queue,
    );
}

/** One message attribute as a form holds it. */
export interface AttributeRow {
  name: string;
  type: 'String' | 'Number' | 'Binary';
  /** Binary values are base64 text, as the SQS and SNS APIs take them. */
  value: string;
}

/** The rows with a name, as the engine's attributes (a later row wins over an earlier namesake). */
export function attributesOf(rows: readonly AttributeRow[]): MessageAttributes {
  // Collected in a Map: an attribute may be called `__proto__`, which assignment would not keep.
  const attributes = new Map<string, MessageAttributes[string]>();
  for (const row of rows) {
    const name = row.name.trim();
    if (name !== '') attributes.set(name, { dataType: row.type, value: row.value });
  }
  return Object.fromEntries(attributes);
}
