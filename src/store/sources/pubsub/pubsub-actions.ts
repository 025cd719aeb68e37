// The Pub/Sub tab's side of the store: keeps the platform's topics, subscriptions, queues and event
// source mappings in step with the workspace, and publishes, sends and redrives for the learner.
import { createStore } from 'zustand/vanilla';
import { readyToRun } from '../../platform/deploy';
import { world } from '../../platform/platform-world';
import { runHoldStore, startedByLearner, triggersHeld } from '../../platform/run-hold';
import { createPubSubReconciler } from './pubsub-apply';
import { withPollersHeld } from './pubsub-wanted';
import type { AttributeRow } from '../../../workspace/pubsub-drafts';
import { attributesOf } from '../../../workspace/pubsub-drafts';
import { workspaceStore } from '../../workspace/workspace-store';

export interface PubSubState {
  /** Why a draft is not on the platform (keys: see PubSubProblems). */
  problems: ReadonlyMap<string, string>;
  /** What the last action did, by `publish:<topicId>`, `send:<queueId>` or `redrive:<queueId>`. */
  outcomes: ReadonlyMap<string, string>;
}

export const pubsubStore = createStore<PubSubState>()(() => ({
  problems: new Map(),
  outcomes: new Map(),
}));

function setOutcome(key: string, text: string): void {
  pubsubStore.setState((state) => ({ outcomes: new Map(state.outcomes).set(key, text) }));
}

const reconciler = createPubSubReconciler(() => world().platform, readyToRun);

async function applyLatest(): Promise<void> {
  const { topics, queues: drafts } = workspaceStore.getState();
  // While the scenario is held (run-hold.ts), its queues exist but no mapping polls them.
  const { queues, problems: held } = triggersHeld()
    ? withPollersHeld(drafts)
    : { queues: drafts, problems: new Map<string, string>() };
  const applied = await reconciler.apply(topics, queues);
  pubsubStore.setState({ problems: new Map([...applied, ...held]) });
}

let chain: Promise<void> = Promise.resolve();

/**
 * Brings the platform in line with the workspace's topics and queues. Runs one at a time, each
 * reading the newest drafts, and deploys the functions they name (their newest good build).
 */
export function applyPubSub(): Promise<void> {
  chain = chain.then(applyLatest, applyLatest);
  return chain;
}

/** After a reset: everything is deleted (queues with their messages) and made afresh. */
export function reapplyPubSub(): Promise<void> {
  const takeDown = () => reconciler.takeDown();
  chain = chain.then(takeDown, takeDown);
  return applyPubSub();
}

/**
 * Applies the drafts now and after every change to them, or to whether the scenario is held;
 * returns the function that stops.
 */
export function watchPubSub(): () => void {
  void applyPubSub();
  const stopWorkspace = workspaceStore.subscribe((state, previous) => {
    if (state.topics !== previous.topics || state.queues !== previous.queues) void applyPubSub();
  });
  const stopHold = runHoldStore.subscribe((state, previous) => {
    if ((state.hold === null) !== (previous.hold === null)) void applyPubSub();
  });
  return () => {
    stopWorkspace();
    stopHold();
  };
}

/** The platform's name for a topic or queue draft once the drafts are applied; null if missing. */
export async function appliedName(kind: 'topic' | 'queue', id: string): Promise<string | null> {
  await applyPubSub();
  return reconciler.nameOf(kind, id);
}

export interface PublishRequest {
  message: string;
  /** Empty: no subject (the event's `Subject` is null). */
  subject: string;
  attributes: AttributeRow[];
}

/**
 * Publishes to a topic, after bringing the platform up to date (so every subscriber runs its
 * newest build under its current name). Each subscriber is invoked asynchronously.
 */
export async function publishToTopic(topicId: string, request: PublishRequest): Promise<void> {
  startedByLearner();
  await applyPubSub();
  const key = `publish:${topicId}`;
  const name = reconciler.nameOf('topic', topicId);
  if (name === null) return setOutcome(key, 'Not published: the topic could not be created.');
  const { platform } = world();
  try {
    const messageId = platform.publish(name, {
      message: request.message,
      ...(request.subject !== '' && { subject: request.subject }),
      attributes: attributesOf(request.attributes),
    });
    const count = platform.snapshot().topics.find((t) => t.name === name)?.subscriptions.length;
    setOutcome(key, `Published ${messageId} to ${count ?? 0} subscription(s).`);
  } catch (error) {
    setOutcome(key, (error as Error).message);
  }
}

export interface SendRequest {
  body: string;
  attributes: AttributeRow[];
  /** FIFO queues only. */
  groupId: string;
  copies: number;
}

/** Sends `copies` identical messages (each its own message id) to a queue. */
export async function sendToQueue(queueId: string, request: SendRequest): Promise<void> {
  startedByLearner();
  await applyPubSub();
  const key = `send:${queueId}`;
  const name = reconciler.nameOf('queue', queueId);
  if (name === null) return setOutcome(key, 'Not sent: the queue could not be created.');
  const { platform } = world();
  const fifo = platform.snapshot().queues.find((q) => q.name === name)?.fifo === true;
  const attributes = attributesOf(request.attributes);
  let sent = 0;
  try {
    for (; sent < request.copies; sent++) {
      platform.sendMessage(name, {
        body: request.body,
        attributes,
        // FIFO queues without content-based deduplication need a deduplication id per message.
        ...(fifo && { groupId: request.groupId, deduplicationId: crypto.randomUUID() }),
      });
    }
    setOutcome(key, `Sent ${sent} message(s).`);
  } catch (error) {
    const message = (error as Error).message;
    setOutcome(key, sent === 0 ? message : `Sent ${sent} of ${request.copies}: ${message}`);
  }
}

/** Moves a dead-letter queue's messages back to the queues they came from. */
export function redriveQueue(queueId: string): void {
  const key = `redrive:${queueId}`;
  const name = reconciler.nameOf('queue', queueId);
  if (name === null) return setOutcome(key, 'The queue is not on the platform.');
  const moved = world().platform.redriveMessages(name);
  setOutcome(key, `Moved ${moved} message(s) back to their source queue.`);
}
