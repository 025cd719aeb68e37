// The timeline under the stage: a Gantt chart of the last seconds of simulated time, one row per
// instance, with the details of the invocation the learner picks.
import { memo, useMemo, useState } from 'react';
import { TIMELINE_WINDOWS } from '../../store';
import { Field } from '../forms/Field';
import { useControl } from '../hooks/use-stores';
import { layoutTimeline } from './timeline-layout';
import { TimelineChart } from './TimelineChart';
import { TimelineDetails } from './TimelineDetails';
import { useReducedMotion } from './use-reduced-motion';
import { useTimelineFrame } from './use-timeline-frame';

const LEGEND = [
  { tone: 'init', text: 'init (cold start)' },
  { tone: 'cold', text: 'cold invocation' },
  { tone: 'warm', text: 'warm invocation' },
  { tone: 'error', text: 'error, timeout or crash' },
  { tone: 'throttled', text: 'throttled (429)' },
] as const;

/**
 * Memoized: it has no props, and its own hooks redraw it at most five times a second. Rendered
 * again with the stage at 20 updates a second, it reconciled every segment four times for nothing.
 */
export const Timeline = memo(function Timeline() {
  const [windowMs, setWindowMs] = useState<number>(60_000);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [held, setHeld] = useState(false);
  const { state, now } = useTimelineFrame(held);
  const speed = useControl((s) => (s.paused ? 0 : s.speed));
  const reducedMotion = useReducedMotion();
  const rows = useMemo(
    () => layoutTimeline(state.segments.values(), now, windowMs),
    [state, now, windowMs],
  );
  const selected = selectedId === null ? undefined : state.segments.get(selectedId);

  return (
    <div className="timeline" role="group" aria-labelledby="timeline-title">
      <div className="tl-head">
        <h3 id="timeline-title">Timeline</h3>
        {/* Always laid out: appearing on hover would move the segment under the pointer. */}
        <span className="hint" style={{ visibility: held ? 'visible' : 'hidden' }}>
          held still while you point at it
        </span>
        <Field layout="inline" label="Timeline window">
          <select value={windowMs} onChange={(e) => setWindowMs(Number(e.target.value))}>
            {TIMELINE_WINDOWS.map((w) => (
              <option key={w.ms} value={w.ms}>
                last {w.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <ul className="tl-legend" aria-label="Timeline legend">
        {LEGEND.map(({ tone, text }) => (
          <li key={tone}>
            <span className={`tl-swatch tone-${tone}`} aria-hidden="true" />
            {text}
          </li>
        ))}
      </ul>
      {rows.length === 0 ? (
        <p className="hint">Nothing ran in this window. Invoke the function to draw it here.</p>
      ) : (
        <TimelineChart
          rows={rows}
          windowMs={windowMs}
          simulatedPerMs={held ? 0 : speed}
          reducedMotion={reducedMotion}
          selectedId={selectedId}
          onSelect={setSelectedId}
          onHold={setHeld}
        />
      )}
      {selectedId !== null && (
        <TimelineDetails
          segment={selected}
          details={state.details.get(selectedId)}
          onClose={() => setSelectedId(null)}
        />
      )}
    </div>
  );
});
