// The selected function's CloudWatch log stream, line for line as Lambda writes it. JSON-format
// lines are shown as a level badge, request id and message, the line itself one click away; the
// Level filter hides the function's lines below a level (the platform's stay).
import { memo, useMemo, useRef, useState } from 'react';
import type { LogLevel } from '../../engine';
import { APPLICATION_LOG_LEVELS, loggingOf } from '../../engine';
import type { LogLine } from '../../store';
import { LOG_LINES_KEPT, selectedFunction } from '../../store';
import { formatUsd } from '../format';
import { useSession, useWorkspace } from '../hooks/use-stores';
import { useOnScreen } from '../hooks/use-on-screen';
import { useThrottled } from '../hooks/use-throttled';
import { eventLines } from './event-lines';
import { readJsonLine } from './json-line';

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

function JsonLine({ line }: { line: LogLine }) {
  const view = useMemo(() => readJsonLine(line.text), [line.text]);
  if (!view) return <TextLine text={line.text} />;
  return (
    <span className="log-text log-json">
      <span className="log-badge">{view.badge}</span>
      {view.requestId && <span className="log-request">{view.requestId}</span>}
      <span className="log-message">{view.message}</span>
      <details className="log-raw">
        <summary>JSON</summary>
        <pre>{view.pretty}</pre>
      </details>
    </span>
  );
}

/** A text-format event: one line, or one entry of several lines (a stack trace, an object). */
function TextLine({ text }: { text: string }) {
  const lines = eventLines(text);
  if (lines.length === 1) return <span className="log-text">{text}</span>;
  return (
    <span className="log-text log-multiline">
      {lines.map((part, i) => (
        // Lines never move within an event: the index is their identity.
        <span key={i} className="log-text-line">
          {part}
        </span>
      ))}
    </span>
  );
}

const Line = memo(function Line({ line }: { line: LogLine }) {
  return (
    <div
      className={`log-line level-${line.level.toLowerCase()}`}
      data-testid="log-line"
      data-level={line.level}
    >
      {line.text.startsWith('{') ? <JsonLine line={line} /> : <TextLine text={line.text} />}
      {line.costUsd !== undefined && (
        <span className="log-cost" title="What this invocation cost (requests + GB-seconds)">
          {formatUsd(line.costUsd)}
        </span>
      )}
    </div>
  );
});

/** The function's lines at this level or more severe, and every platform line. */
function atLeast(lines: readonly LogLine[], level: LogLevel | ''): readonly LogLine[] {
  if (level === '') return lines;
  const rank = APPLICATION_LOG_LEVELS.indexOf(level);
  return lines.filter(
    (line) => line.level === 'PLATFORM' || APPLICATION_LOG_LEVELS.indexOf(line.level) >= rank,
  );
}

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
  const [level, setLevel] = useState<LogLevel | ''>('');
  const kept = held ?? live;
  const shown = useMemo(() => atLeast(kept, level), [kept, level]);
  const waiting = held ? live.length - held.length : 0;

  return (
    <section ref={section} className="panel logs" aria-label="Logs" aria-busy={!onScreen}>
      <h2>
        Logs <span className="subtitle mono">{loggingOf(fn.config).logGroup}</span>
      </h2>
      <label className="log-level-filter">
        Level{' '}
        <select value={level} onChange={(e) => setLevel(e.target.value as LogLevel | '')}>
          <option value="">All</option>
          {APPLICATION_LOG_LEVELS.map((l) => (
            <option key={l} value={l}>
              {l} and above
            </option>
          ))}
        </select>
      </label>
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
