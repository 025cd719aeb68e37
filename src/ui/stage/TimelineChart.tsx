// The timeline's rows and segments, drawn as positioned buttons over a window that ends "now".
// Between redraws the whole layer slides left on the compositor, unless motion is reduced.
import type { KeyboardEvent } from 'react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { focusedId, isFocusKey, moveFocus } from './timeline-focus';
import type { TimelineRow } from './timeline-layout';
import { spanLabel } from './timeline-layout';
import { blockLabel, blockTone } from './timeline-labels';
import { TIMELINE_FRAME_MS } from './use-timeline-frame';

/** More rows than a projector can show are left out (a load test can start hundreds). */
export const TIMELINE_ROWS_SHOWN = 24;

interface Props {
  rows: TimelineRow[];
  /** Simulated ms the window spans, and how many pass per real ms (0 while paused). */
  windowMs: number;
  simulatedPerMs: number;
  reducedMotion: boolean;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** The pointer or the keyboard focus entered (true) or left (false) the chart. */
  onHold: (held: boolean) => void;
}

export function TimelineChart(props: Props) {
  const { rows, windowMs, simulatedPerMs, reducedMotion, selectedId, onSelect, onHold } = props;
  const shown = rows.slice(0, TIMELINE_ROWS_SHOWN);
  const [wanted, setWanted] = useState<string | null>(null);
  const focus = focusedId(shown, wanted);
  const plot = useRef<HTMLDivElement>(null);
  const layer = useRef<HTMLDivElement>(null);

  // Emptied under the pointer, the chart goes without a pointerleave: let the view move again.
  useEffect(() => () => onHold(false), [onHold]);

  // One slide per drawing of the rows: started again on a render that redrew nothing (a selection,
  // a hold), it would jump back to where the drawing began.
  useLayoutEffect(() => {
    // The drift until the next redraw, as a share of the window; a jump too big to read as motion
    // (high speed in a narrow window) is left to the redraw.
    const shift = ((simulatedPerMs * TIMELINE_FRAME_MS) / windowMs) * 100;
    const el = layer.current;
    if (reducedMotion || shift <= 0 || shift > 5 || !el || typeof el.animate !== 'function') return;
    const frames = [{ transform: 'translateX(0)' }, { transform: `translateX(-${shift}%)` }];
    const slide = el.animate(frames, { duration: TIMELINE_FRAME_MS, fill: 'forwards' });
    return () => slide.cancel();
  }, [rows, windowMs, simulatedPerMs, reducedMotion]);

  function onKeyDown(event: KeyboardEvent) {
    if (!isFocusKey(event.key) || focus === null) return;
    event.preventDefault();
    const next = moveFocus(shown, focus, event.key);
    setWanted(next);
    plot.current?.querySelector<HTMLElement>(`[data-segment-id="${next}"]`)?.focus();
  }

  return (
    <>
      <div className="tl-chart">
        <div className="tl-labels" aria-hidden="true">
          {shown.map((row) => (
            <div key={row.key} className="tl-label mono" title={row.label}>
              {row.label}
            </div>
          ))}
        </div>
        <div
          className="tl-plot"
          ref={plot}
          onKeyDown={onKeyDown}
          onPointerEnter={() => onHold(true)}
          onPointerLeave={() => onHold(false)}
          onFocus={() => onHold(true)}
          onBlur={(e) => !plot.current?.contains(e.relatedTarget) && onHold(false)}
        >
          <div className="tl-layer" ref={layer}>
            {shown.map((row) => (
              <div key={row.key} className="tl-row" role="group" aria-label={row.label}>
                {row.items.map((block) => {
                  const { segment, left, width } = block;
                  const label = blockLabel(block);
                  return (
                    <button
                      key={block.key}
                      type="button"
                      className={`tl-seg tone-${blockTone(block)}`}
                      style={{ left: `${left}%`, width: `${width}%` }}
                      data-testid="timeline-segment"
                      data-segment-id={segment.id}
                      data-kind={segment.kind}
                      data-cold={String(segment.cold)}
                      data-status={segment.status ?? 'running'}
                      data-count={block.count}
                      data-after-return={segment.afterReturn === true ? 'true' : undefined}
                      aria-label={label}
                      aria-pressed={segment.id === selectedId}
                      title={label}
                      tabIndex={segment.id === focus ? 0 : -1}
                      onFocus={() => setWanted(segment.id)}
                      onClick={() => onSelect(segment.id)}
                    >
                      {segment.afterReturn === true && (
                        <span className="tl-after-return" data-testid="after-return-marker" />
                      )}
                    </button>
                  );
                })}
              </div>
            ))}
          </div>
        </div>
      </div>
      <div className="tl-axis hint" aria-hidden="true">
        <span>−{spanLabel(windowMs)}</span>
        <span>−{spanLabel(windowMs / 2)}</span>
        <span>now</span>
      </div>
      {rows.length > shown.length && (
        <p className="hint">
          {rows.length - shown.length} more rows not drawn (the first {TIMELINE_ROWS_SHOWN} are).
        </p>
      )}
    </>
  );
}
