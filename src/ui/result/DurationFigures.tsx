// A REPORT line's durations as figures, for every panel that shows an invocation (inside its <dl>).
// With AWS timing on, Init Duration is split into the modeled platform part and the measured part,
// and Duration is the one the memory's CPU share models, beside the one measured here.
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

/** With AWS timing on: Duration is modeled from the memory's CPU share; this says what was measured. */
function MeasuredHere({ measured }: { measured: NonNullable<InvocationReport['measured']> }) {
  return (
    <span className="hint" data-testid="duration-measured">
      {' '}
      (measured here: {formatMs(measured.durationMs)}, {formatMs(measured.cpuMs)} of it computing)
    </span>
  );
}

export function DurationFigures({ report }: { report: InvocationReport }) {
  const { initDurationMs, platformInitMs, measured } = report;
  return (
    <>
      <dt>{measured ? `Modeled duration at ${report.memorySizeMB} MB` : 'Duration'}</dt>
      <dd>
        <span data-testid="duration">{formatMs(report.durationMs)}</span>
        {measured && <MeasuredHere measured={measured} />}
      </dd>
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
      <dd>
        {report.billedDurationMs} ms
        {measured && <span className="hint"> (on the modeled duration)</span>}
      </dd>
    </>
  );
}
