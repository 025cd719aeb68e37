// What the platform should hold for the workspace's topics and queues, with the settings each
// resource is created with; a resource whose key changes is made again.
import type { EventSourceMappingConfig, QueueConfig } from '../../../engine';
import type { QueueDraft, TopicDraft } from '../../../workspace/model';

/** One resource as it should be: what to create it with, and a key that changes with that. */
export interface Wanted<C> {
  config: C;
  key: string;
}

export interface WantedPubSub {
  /** By topic draft id; the config is the topic's name. */
  topics: Map<string, Wanted<string>>;
  /** By `<topicId>:<functionId>`. */
  subscriptions: Map<string, Wanted<{ topicId: string; functionName: string }>>;
  /** By queue draft id. */
  queues: Map<string, Wanted<QueueConfig>>;
  /** By the id of the queue draft the mapping reads. */
  mappings: Map<string, Wanted<EventSourceMappingConfig>>;
  /** Drafts left out because a function they name is not deployed (keys as PubSubProblems'). */
  problems: Map<string, string>;
}

const NOT_DEPLOYED = 'The function is not deployed: fix its settings or build.';

/** The function ids whose platform names the wanted state needs. */
export function functionIdsOf(topics: readonly TopicDraft[], queues: readonly QueueDraft[]) {
  const mapped = queues.flatMap((q) => (q.mapping?.enabled ? [q.mapping.functionId] : []));
  return new Set([...topics.flatMap((t) => t.subscriberIds), ...mapped]);
}

function queueConfigs(queues: readonly QueueDraft[]): Map<string, Wanted<QueueConfig>> {
  const byId = new Map(queues.map((queue) => [queue.id, queue]));
  const wanted = new Map<string, Wanted<QueueConfig>>();
  for (const { id, name, fifo, visibilityTimeoutSec, redrive } of queues) {
    const config: QueueConfig = { name, fifo, visibilityTimeoutSec };
    if (redrive !== null) {
      config.maxReceiveCount = redrive.maxReceiveCount;
      config.deadLetterQueue = byId.get(redrive.deadLetterQueueId)?.name ?? '';
    }
    wanted.set(id, { config, key: JSON.stringify(config) });
  }
  return wanted;
}

/**
 * `functionNames`: the platform name of each function id (null: not deployed). A mapping that is
 * disabled is not wanted: the engine has no Enabled flag, and without a mapping nothing polls.
 */
export function wantedPubSub(
  topics: readonly TopicDraft[],
  queueDrafts: readonly QueueDraft[],
  functionNames: ReadonlyMap<string, string | null>,
): WantedPubSub {
  const problems = new Map<string, string>();
  const queues = queueConfigs(queueDrafts);
  const mappings = new Map<string, Wanted<EventSourceMappingConfig>>();
  for (const { id, mapping } of queueDrafts) {
    if (!mapping?.enabled) continue;
    const functionName = functionNames.get(mapping.functionId);
    if (!functionName) {
      problems.set(`mapping:${id}`, NOT_DEPLOYED);
      continue;
    }
    const queue = queues.get(id)!;
    const config: EventSourceMappingConfig = {
      queue: queue.config.name,
      functionName,
      batchSize: mapping.batchSize,
      maximumBatchingWindowSec: mapping.maximumBatchingWindowSec,
      reportBatchItemFailures: mapping.reportBatchItemFailures,
    };
    if (mapping.maximumConcurrency !== undefined) {
      config.maximumConcurrency = mapping.maximumConcurrency;
    }
    // Deleting a queue deletes its mappings, so a queue made again needs its mapping made again.
    mappings.set(id, { config, key: `${queue.key}→${JSON.stringify(config)}` });
  }
  const subscriptions: WantedPubSub['subscriptions'] = new Map();
  for (const { id: topicId, name, subscriberIds } of topics) {
    for (const functionId of subscriberIds) {
      const functionName = functionNames.get(functionId);
      const id = `${topicId}:${functionId}`;
      if (!functionName) problems.set(`subscription:${id}`, NOT_DEPLOYED);
      else
        subscriptions.set(id, {
          config: { topicId, functionName },
          key: `${name}→${functionName}`,
        });
    }
  }
  const wantedTopics = new Map(topics.map((t) => [t.id, { config: t.name, key: t.name }]));
  return { topics: wantedTopics, subscriptions, queues, mappings, problems };
}

/** Why a mapping is not polling while its scenario is held (run-hold.ts). */
export const HELD_POLLER =
  'Not polling yet: this scenario runs nothing on its own until you choose Run this scenario.';

/**
 * The queues of a held scenario: each enabled mapping is left off the platform (nothing polls), and
 * says why under its `mapping:<queueId>` key.
 */
export function withPollersHeld(queues: readonly QueueDraft[]): {
  queues: QueueDraft[];
  problems: Map<string, string>;
} {
  const problems = new Map<string, string>();
  const held = queues.map((queue) => {
    if (!queue.mapping?.enabled) return queue;
    problems.set(`mapping:${queue.id}`, HELD_POLLER);
    return { ...queue, mapping: { ...queue.mapping, enabled: false } };
  });
  return { queues: held, problems };
}

/** Dead-letter queues first: a queue waits while the queue it redrives to is still to be made. */
export function creationOrder(pending: ReadonlyMap<string, Wanted<QueueConfig>>): string[] {
  const order: string[] = [];
  const waiting = new Map(pending);
  while (waiting.size > 0) {
    const names = new Set([...waiting.values()].map((w) => w.config.name));
    const ready = [...waiting].filter(([, w]) => !names.has(w.config.deadLetterQueue ?? ''));
    // A cycle (a queue that is its own DLQ, or two naming each other): the engine will refuse it.
    for (const [id] of ready.length > 0 ? ready : [...waiting]) {
      order.push(id);
      waiting.delete(id);
    }
  }
  return order;
}
