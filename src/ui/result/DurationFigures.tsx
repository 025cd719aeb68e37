// A REPORT line's durations as figures, for every panel that shows an invocation (inside its <dl>).
// With AWS timing on, Init Duration is split into the modeled platform part and the measured part.
import type { InvocationReport } from '../../engine';
import { formatMs } from '../format';

function InitSplit({ initMs, platformMs }: { initMs: number; platformMs: number }) {
  return (
    <span className="hint" data-testid="init-split">
      {' '}
      = platform {formatMs(platformMs)} (modeled) + your init {formatMs(initMs - platformMs)}{' '}
      (measured)
    </span>
  );
}

export function DurationFigures({ report }: { report: InvocationReport }) {
  const { initDurationMs, platformInitMs } = report;
  return (
    <>
      <dt>Duration</dt>
      <dd>{formatMs(report.durationMs)}</dd>
      {initDurationMs !== undefined && (
        <>
          <dt>Init duration</dt>
          <dd>
            {formatMs(initDurationMs)}
            {platformInitMs !== undefined && (
              <InitSplit initMs={initDurationMs} platformMs={platformInitMs} />
            )}
          </dd>
        </>
      )}
      <dt>Billed duration</dt>
      <dd>{report.billedDurationMs} ms</dd>
    </>
  );
}
