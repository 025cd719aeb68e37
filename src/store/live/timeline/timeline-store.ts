// The timeline's store: the engine's lifecycle events folded into segments of the last few
// minutes of simulated time (timeline-reduce.ts).
import { createProjection } from '../projection';
import { emptyTimeline } from './timeline-model';
import { reduceTimeline, TIMELINE_EVENT_TYPES } from './timeline-reduce';

const timeline = createProjection(emptyTimeline, reduceTimeline, TIMELINE_EVENT_TYPES);

export const timelineStore = timeline.store;

/** The platform's subscriber (see ../../platform/platform-world.ts). */
export const receiveTimelineEvent = timeline.receive;

/**
 * A reset stops every instance: the stage starts again from an empty timeline. Ids keep counting,
 * so a segment the view still has picked never names a new one.
 */
export function resetTimeline(): void {
  timeline.batch.clear();
  const { made } = timelineStore.getState();
  timelineStore.setState({ ...emptyTimeline(), made }, true);
}
