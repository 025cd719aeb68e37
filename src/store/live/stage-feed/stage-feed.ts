// The animated stage's feed: the lifecycle events it draws, passed on as the engine emits them.
/**
 * The other live views fold events into a store that React renders, so they wait for the frame
 * batch (frame-batch.ts). The stage's animation model keeps its own state and draws on a canvas
 * in its own animation frame, so nothing here waits: each event costs its listeners a few map
 * updates, and a request is drawn leaving its trigger when it really left, not a batch later.
 */
import type { PlatformEvent } from '../../../engine';

/** The events the stage animates; the rest (log lines, the most frequent) never reach it. */
export type StageEvent = Extract<
  PlatformEvent,
  { type: 'instance' | 'init' | 'invoke-start' | 'invoke-end' | 'throttle' }
>;

export interface StageListener {
  event(event: StageEvent): void;
  /** The platform was reset: every instance is gone, draw an empty stage. */
  reset(): void;
}

const STAGE_EVENT_TYPES: ReadonlySet<PlatformEvent['type']> = new Set([
  'instance',
  'init',
  'invoke-start',
  'invoke-end',
  'throttle',
]);

const listeners = new Set<StageListener>();

const isStageEvent = (event: PlatformEvent): event is StageEvent =>
  STAGE_EVENT_TYPES.has(event.type);

/** The platform's subscriber (see ../../platform/platform-world.ts). */
export function receiveStageEvent(event: PlatformEvent): void {
  if (listeners.size === 0 || !isStageEvent(event)) return;
  for (const listener of listeners) listener.event(event);
}

export function resetStageFeed(): void {
  for (const listener of listeners) listener.reset();
}

/** Follows the stage's events from now on; returns the stop. */
export function subscribeStageEvents(listener: StageListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
