// The timeline's store and the simulated clock, read together on a frame ticker: the chart redraws
// at most five times a second however fast the engine reports (the stores change up to 20 times).
import { useEffect, useState } from 'react';
import type { TimelineState } from '../../store';
import { simulatedNow, startFrameTicker, timelineStore } from '../../store';

export const TIMELINE_FRAME_MS = 200;

export interface TimelineFrame {
  state: TimelineState;
  /** The simulated time at the right edge: never before the latest event drawn. */
  now: number;
}

function read(): TimelineFrame {
  const state = timelineStore.getState();
  // With nothing drawn the right edge stays where it is: an empty chart is not drawn again on
  // every tick. The clock is read without creating the platform (null before it starts).
  const clock = state.segments.size === 0 ? null : simulatedNow();
  return { state, now: Math.max(clock ?? state.latest, state.latest) };
}

/** `held`: the learner is pointing at the chart (or moving through it by keyboard): keep it still. */
export function useTimelineFrame(held: boolean): TimelineFrame {
  const [frame, setFrame] = useState(read);
  useEffect(() => {
    if (held) return;
    // In the frame that hands the stores over, so the chart and the stage render together.
    return startFrameTicker(TIMELINE_FRAME_MS, () => {
      const next = read();
      // A paused clock and a quiet engine leave the chart as it is: no re-render.
      setFrame((shown) => (shown.state === next.state && shown.now === next.now ? shown : next));
    });
  }, [held]);
  return frame;
}
