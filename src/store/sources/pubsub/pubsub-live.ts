// Live figures of the platform's queues for the Pub/Sub tab: messages available and in flight, and
// a dead-letter queue's messages, refreshed when the platform reports a change (throttled).
import { createStore } from 'zustand/vanilla';
import type { Clock, MessageSnapshot, Platform, PlatformEvent, TimerHandle } from '../../../engine';
import { world } from '../../platform/platform-world';

export interface LiveQueue {
  visible: number;
  inFlight: number;
  /** Batches its event source mappings are processing now. */
  activeBatches: number;
  /** Dead-letter queues only (null otherwise): the first LIVE_MESSAGES_KEPT messages. */
  messages: MessageSnapshot[] | null;
}

export interface PubSubLiveState {
  /** By platform queue name. */
  queues: ReadonlyMap<string, LiveQueue>;
}

export const LIVE_MESSAGES_KEPT = 50;
/** At most four refreshes a second, however many messages move. */
export const LIVE_REFRESH_MS = 250;

/** The events after which a queue's figures may differ. */
const CHANGES = new Set<PlatformEvent['type']>([
  'sqs-sent',
  'sqs-batch',
  'sqs-batch-result',
  'sqs-moved',
  'resource',
  // A handler's SDK call (ReceiveMessage, DeleteMessage) hides or deletes messages.
  'service-call',
]);

type Source = Pick<Platform, 'snapshot' | 'listMessages'>;

/** The queues' figures now, and when the next in-flight message becomes visible (or Infinity). */
export function liveView(platform: Source): PubSubLiveState & { nextVisibleAt: number } {
  const snapshot = platform.snapshot();
  // A queue named by a redrive policy, or by a function's async dead-letter queue or destination.
  const deadLetter = new Set<string | null | undefined>([
    ...snapshot.queues.map((q) => q.deadLetterQueue),
    ...snapshot.functions.flatMap((f) => [f.config.deadLetterQueue, f.config.onFailureDestination]),
  ]);
  const queues = new Map<string, LiveQueue>();
  let nextVisibleAt = Infinity;
  for (const { name, visible, inFlight } of snapshot.queues) {
    const isDeadLetter = deadLetter.has(name);
    const messages = isDeadLetter || inFlight > 0 ? platform.listMessages(name) : [];
    for (const m of messages) {
      if (m.state === 'in-flight') nextVisibleAt = Math.min(nextVisibleAt, m.visibleAt);
    }
    const activeBatches = snapshot.eventSourceMappings
      .filter((m) => m.queue === name)
      .reduce((sum, m) => sum + m.activeBatches, 0);
    queues.set(name, {
      visible,
      inFlight,
      activeBatches,
      messages: isDeadLetter ? messages.slice(0, LIVE_MESSAGES_KEPT) : null,
    });
  }
  return { queues, nextVisibleAt };
}

/**
 * Calls `onView` now, then at most once per LIVE_REFRESH_MS after the platform reports a change to
 * a queue — and when an in-flight message becomes visible, which no event reports. Returns stop.
 */
export function createLiveFeed(
  platform: Source & Pick<Platform, 'subscribe'>,
  clock: Clock,
  onView: (view: PubSubLiveState) => void,
): () => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  let visibleTimer: TimerHandle | null = null;
  const schedule = () => {
    pending ??= setTimeout(refresh, LIVE_REFRESH_MS);
  };
  function refresh(): void {
    pending = undefined;
    const { queues, nextVisibleAt } = liveView(platform);
    onView({ queues });
    if (visibleTimer !== null) clock.clearTimer(visibleTimer);
    visibleTimer =
      nextVisibleAt === Infinity ? null : clock.setTimer(nextVisibleAt - clock.now(), schedule);
  }
  const unsubscribe = platform.subscribe((event) => {
    if (CHANGES.has(event.type)) schedule();
  });
  refresh();
  return () => {
    unsubscribe();
    clearTimeout(pending);
    if (visibleTimer !== null) clock.clearTimer(visibleTimer);
  };
}

export const pubsubLiveStore = createStore<PubSubLiveState>()(() => ({ queues: new Map() }));

/** Feeds pubsubLiveStore from the page's platform while the Pub/Sub tab is open. */
export function watchPubSubLive(): () => void {
  const { platform, clock } = world();
  return createLiveFeed(platform, clock, (view) => pubsubLiveStore.setState(view));
}
