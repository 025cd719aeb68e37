// The selected function's CloudWatch log stream, line for line as Lambda writes it.
import { memo, useEffect, useRef } from 'react';
import type { LogLine } from '../../store';
import { LOG_LINES_KEPT, selectedFunction } from '../../store';
import { formatUsd } from '../format';
import { useSession, useWorkspace } from '../hooks/use-stores';

const NO_LINES: LogLine[] = [];

/**
 * Lines drawn at once. Under load, laying out the whole kept stream on every frame was the page's
 * largest cost (bench CPU profile); the newest lines are what the learner reads.
 */
export const LOG_LINES_SHOWN = 300;

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

export function LogView() {
  const fn = useWorkspace((s) => selectedFunction(s));
  const lines = useSession((s) => s.logs[fn.config.name] ?? NO_LINES);
  const box = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);

  useEffect(() => {
    // Follow new lines only while the learner has not scrolled up to read older ones.
    if (pinned.current && box.current) box.current.scrollTop = box.current.scrollHeight;
  }, [lines]);

  return (
    <section className="panel logs" aria-label="Logs">
      <h2>
        Logs <span className="subtitle mono">/aws/lambda/{fn.config.name}</span>
      </h2>
      <div
        ref={box}
        className="log-lines mono"
        tabIndex={0}
        onScroll={(e) => {
          const el = e.currentTarget;
          pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
        }}
      >
        {lines.length > LOG_LINES_SHOWN && (
          <p className="hint">
            Showing the newest {LOG_LINES_SHOWN} of {lines.length} lines
            {lines.length === LOG_LINES_KEPT && ` (only the newest ${LOG_LINES_KEPT} are kept)`}.
          </p>
        )}
        {lines.length === 0 && <p className="hint">No log lines yet.</p>}
        {lines.slice(-LOG_LINES_SHOWN).map((line) => (
          <Line key={line.seq} line={line} />
        ))}
      </div>
      <p className="hint">
        Max Memory Used shows “—”: browsers do not let a page measure a worker’s memory, and the
        playground does not invent a number.
      </p>
    </section>
  );
}
