// Brings a platform's SNS topics and subscriptions, SQS queues and event source mappings in line
// with the workspace's drafts. The engine has no Update calls for them, so a resource whose
// settings changed is deleted and created again (see below for what that does to messages).
import type { EventSourcesApi } from '../../../engine';
import { ApiError, ResourceNotFoundError } from '../../../engine';
import { creationOrder, functionIdsOf, wantedPubSub } from './pubsub-wanted';
import type { QueueDraft, TopicDraft } from '../../../workspace/model';

/** The platform name of a function (by id), deploying it if need be; null if it cannot run. */
export type ResolveFunction = (functionId: string) => Promise<string | null>;

/**
 * Why a draft is not on the platform, by key: `topic:<id>`, `subscription:<topicId>:<functionId>`,
 * `queue:<id>`, `mapping:<queueId>`. The messages are the engine's own refusals.
 */
export type PubSubProblems = Map<string, string>;

/** What was created for a draft: its platform name (or id), and the key it was created with. */
interface Applied {
  name: string;
  key: string;
}

export interface PubSubReconciler {
  apply(topics: readonly TopicDraft[], queues: readonly QueueDraft[]): Promise<PubSubProblems>;
  /** Deletes everything it created (a reset); the next apply creates it all afresh. */
  takeDown(): void;
  /** The platform name a topic or queue draft was created under, or null. */
  nameOf(kind: 'topic' | 'queue', draftId: string): string | null;
}

/** Runs a delete; what is gone already (a deleted queue takes its mappings) is no problem. */
function deleteQuietly(remove: () => void): void {
  try {
    remove();
  } catch (error) {
    if (!(error instanceof ApiError || error instanceof ResourceNotFoundError)) throw error;
  }
}

/** Deletes what was applied and is not wanted with the same key any more. */
function prune(
  applied: Map<string, Applied>,
  wanted: ReadonlyMap<string, { key: string }>,
  remove: (name: string) => void,
): void {
  for (const [id, { name, key }] of applied) {
    if (wanted.get(id)?.key === key) continue;
    deleteQuietly(() => remove(name));
    applied.delete(id);
  }
}

/** Creates one resource, recording its name, or its refusal under `problems[problemKey]`. */
function create(
  applied: Map<string, Applied>,
  id: string,
  key: string,
  problems: PubSubProblems,
  problemKey: string,
  make: () => string,
): void {
  try {
    applied.set(id, { name: make(), key });
  } catch (error) {
    problems.set(problemKey, error instanceof Error ? error.message : String(error));
  }
}

export function createPubSubReconciler(
  sources: () => EventSourcesApi,
  resolve: ResolveFunction,
): PubSubReconciler {
  const topics = new Map<string, Applied>();
  const subscriptions = new Map<string, Applied>();
  const queues = new Map<string, Applied>();
  const mappings = new Map<string, Applied>();

  function pruneAll(wanted: Partial<ReturnType<typeof wantedPubSub>>): void {
    const api = sources();
    const none = new Map<string, { key: string }>();
    prune(mappings, wanted.mappings ?? none, (id) => api.deleteEventSourceMapping(id));
    prune(subscriptions, wanted.subscriptions ?? none, (id) => api.unsubscribeFromTopic(id));
    prune(topics, wanted.topics ?? none, (name) => api.deleteTopic(name));
    // A queue whose settings changed goes with its messages, as SQS's DeleteQueue takes them;
    // a mapping is its own resource, so changing only the mapping keeps the queue's messages.
    prune(queues, wanted.queues ?? none, (name) => api.deleteQueue(name));
  }

  async function apply(topicDrafts: readonly TopicDraft[], queueDrafts: readonly QueueDraft[]) {
    const names = new Map<string, string | null>();
    for (const id of functionIdsOf(topicDrafts, queueDrafts)) names.set(id, await resolve(id));
    const wanted = wantedPubSub(topicDrafts, queueDrafts, names);
    const problems: PubSubProblems = new Map(wanted.problems);
    const api = sources();
    pruneAll(wanted);

    const pending = new Map([...wanted.queues].filter(([id]) => !queues.has(id)));
    for (const id of creationOrder(pending)) {
      const { config, key } = pending.get(id)!;
      create(queues, id, key, problems, `queue:${id}`, () => {
        api.createQueue(config);
        return config.name;
      });
    }
    for (const [id, { config: name, key }] of wanted.topics) {
      if (topics.has(id)) continue;
      // CreateTopic answers an existing name with that topic: two drafts would share one.
      if ([...topics.values()].some((topic) => topic.name === name)) {
        problems.set(`topic:${id}`, `A topic named ${name} already exists.`);
        continue;
      }
      create(topics, id, key, problems, `topic:${id}`, () => {
        api.createTopic(name);
        return name;
      });
    }
    for (const [id, { config, key }] of wanted.subscriptions) {
      const topic = topics.get(config.topicId);
      if (subscriptions.has(id) || topic === undefined) continue;
      create(subscriptions, id, key, problems, `subscription:${id}`, () =>
        api.subscribeToTopic(topic.name, config.functionName),
      );
    }
    for (const [id, { config, key }] of wanted.mappings) {
      if (mappings.has(id) || !queues.has(id)) continue;
      create(mappings, id, key, problems, `mapping:${id}`, () =>
        api.createEventSourceMapping(config),
      );
    }
    return problems;
  }

  return {
    apply,
    takeDown: () => pruneAll({}),
    nameOf(kind, draftId) {
      return (kind === 'topic' ? topics : queues).get(draftId)?.name ?? null;
    },
  };
}
