// A REPORT line's durations as figures, for every panel that shows an invocation (inside its <dl>).
import type { InvocationReport } from '../../engine';
import { formatMs } from '../format';

export function DurationFigures({ report }: { report: InvocationReport }) {
  return (
    <>
      <dt>Duration</dt>
      <dd>{formatMs(report.durationMs)}</dd>
      {report.initDurationMs !== undefined && (
        <>
          <dt>Init duration</dt>
          <dd>{formatMs(report.initDurationMs)}</dd>
        </>
      )}
      <dt>Billed duration</dt>
      <dd>{report.billedDurationMs} ms</dd>
    </>
  );
}
