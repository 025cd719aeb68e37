// The selected function's CloudWatch log stream, line for line as Lambda writes it.
import { memo, useRef, useState } from 'react';
import type { LogLine } from '../../store';
import { LOG_LINES_KEPT, selectedFunction } from '../../store';
import { formatUsd } from '../format';
import { useSession, useWorkspace } from '../hooks/use-stores';
import { useOnScreen } from '../hooks/use-on-screen';
import { useThrottled } from '../hooks/use-throttled';

const NO_LINES: readonly LogLine[] = [];

/**
 * Lines drawn at once. Under load, laying out the whole kept stream on every frame was the page's
 * largest cost (bench CPU profile); the newest lines are what the learner reads. While the view
 * follows the stream, every redraw replaces most lines, so it draws a screenful and some; once the
 * learner scrolls up it holds still, and draws more of the past to scroll through.
 */
export const LOG_LINES_FOLLOWED = 80;
export const LOG_LINES_HELD = 300;

/** Under load the stream is redrawn ~8 times a second: faster than that nobody reads it. */
const REDRAW_MS = 120;

/** How close to the newest line (px) still counts as following the stream. */
const FOLLOW_SLACK_PX = 24;

const Line = memo(function Line({ line }: { line: LogLine }) {
  return (
    <div className={`log-line level-${line.level.toLowerCase()}`}>
      <span className="log-text">{line.text}</span>
      {line.costUsd !== undefined && (
        <span className="log-cost" title="What this invocation cost (requests + GB-seconds)">
          {formatUsd(line.costUsd)}
        </span>
      )}
    </div>
  );
});

const Lines = memo(function Lines({ lines, shown }: { lines: readonly LogLine[]; shown: number }) {
  return (
    <div>
      {lines.length > shown && (
        <p className="hint">
          Showing the newest {shown} of {lines.length} lines
          {lines.length === LOG_LINES_KEPT && ` (only the newest ${LOG_LINES_KEPT} are kept)`}.
        </p>
      )}
      {lines.length === 0 && <p className="hint">No log lines yet.</p>}
      {lines.slice(-shown).map((line) => (
        <Line key={line.seq} line={line} />
      ))}
    </div>
  );
});

export function LogView() {
  const fn = useWorkspace((s) => selectedFunction(s));
  // Off screen the stream is not redrawn at all (under load: ~1,300 lines added to the page a
  // second, for nobody); it catches up as it scrolls into view. aria-busy says it is behind.
  const section = useRef<HTMLElement>(null);
  const onScreen = useOnScreen(section);
  const live = useThrottled(
    useSession((s) => s.logs.get(fn.config.name) ?? NO_LINES),
    REDRAW_MS,
    !onScreen,
  );
  // While the learner reads older lines, the view holds still; new lines wait below.
  const [held, setHeld] = useState<readonly LogLine[] | null>(null);
  const shown = held ?? live;
  const waiting = held ? live.length - held.length : 0;

  return (
    <section ref={section} className="panel logs" aria-label="Logs" aria-busy={!onScreen}>
      <h2>
        Logs <span className="subtitle mono">/aws/lambda/{fn.config.name}</span>
      </h2>
      {/* column-reverse keeps the newest line in view without measuring layout on each update. */}
      <div
        className="log-lines mono"
        tabIndex={0}
        onScroll={(e) => {
          const following = e.currentTarget.scrollTop >= -FOLLOW_SLACK_PX;
          if (following && held) setHeld(null);
          if (!following && !held) setHeld(live);
        }}
      >
        <Lines lines={shown} shown={held ? LOG_LINES_HELD : LOG_LINES_FOLLOWED} />
      </div>
      {held && (
        <button type="button" className="log-follow" onClick={() => setHeld(null)}>
          Paused while you read{waiting > 0 && ` · ${waiting} newer lines`} · follow the newest
        </button>
      )}
      <p className="hint">
        Max Memory Used shows “—”: browsers do not let a page measure a worker’s memory, and the
        playground does not invent a number.
      </p>
    </section>
  );
}
