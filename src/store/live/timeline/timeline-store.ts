// The timeline's store: the engine's lifecycle events, batched per animation frame (frame-batch.ts),
// folded into segments of the last few minutes of simulated time (timeline-reduce.ts).
import { createStore } from 'zustand/vanilla';
import type { PlatformEvent } from '../../../engine';
import { createFrameBatch } from '../frame-batch';
import type { TimelineState } from './timeline-model';
import { emptyTimeline } from './timeline-model';
import { reduceTimeline, TIMELINE_EVENT_TYPES } from './timeline-reduce';

export const timelineStore = createStore<TimelineState>()(emptyTimeline);

const batch = createFrameBatch<PlatformEvent>((events) => {
  const before = timelineStore.getState();
  const after = reduceTimeline(before, events);
  if (after !== before) timelineStore.setState(after, true);
});

/** The platform's subscriber (see ../../platform/platform-world.ts). */
export function receiveTimelineEvent(event: PlatformEvent): void {
  if (TIMELINE_EVENT_TYPES.has(event.type)) batch.push(event);
}

/**
 * A reset stops every instance: the stage starts again from an empty timeline. Ids keep counting,
 * so a segment the view still has picked never names a new one.
 */
export function resetTimeline(): void {
  batch.clear();
  const { made } = timelineStore.getState();
  timelineStore.setState({ ...emptyTimeline(), made }, true);
}
