// What the picked timeline segment carried and returned: the event, the result, the REPORT
// figures, the cost and the log lines of its request.
import { useMemo } from 'react';
import type { InvocationDetails, LogLine, TimelineSegment } from '../../store';
import { TIMELINE_DETAILS_KEPT } from '../../store';
import { formatUsd, prettyJson } from '../format';
import { useSession } from '../hooks/use-stores';
import { segmentLabel } from './timeline-labels';
import { DurationFigures } from '../result/DurationFigures';

const NO_LINES: readonly LogLine[] = [];

interface Props {
  /** Undefined once the segment has left what the timeline keeps. */
  segment: TimelineSegment | undefined;
  details: InvocationDetails | undefined;
  onClose: () => void;
}

function Invocation({ details }: { details: InvocationDetails }) {
  const { report, cost, payload } = details;
  return (
    <>
      <h4>Event</h4>
      <pre className="payload mono">{prettyJson(details.eventJson)}</pre>
      <h4>Result</h4>
      <pre className="payload mono" data-testid="timeline-result">
        {payload === null ? 'running…' : prettyJson(payload)}
      </pre>
      {report && cost && (
        <dl className="figures">
          <DurationFigures report={report} />
          <dt>Memory size</dt>
          <dd>{report.memorySizeMB} MB</dd>
          <dt>Max memory used</dt>
          <dd>
            {report.maxMemoryUsedMB === null ? 'not measured' : `${report.maxMemoryUsedMB} MB`}
          </dd>
          <dt>Cost</dt>
          <dd>{formatUsd(cost.totalUsd)}</dd>
        </dl>
      )}
    </>
  );
}

function RequestLogs({ functionName, requestId }: { functionName: string; requestId: string }) {
  const all = useSession((s) => s.logs.get(functionName) ?? NO_LINES);
  const lines = useMemo(() => all.filter((line) => line.requestId === requestId), [all, requestId]);
  return (
    <>
      <h4>Logs</h4>
      {lines.length === 0 ? (
        <p className="hint">No log lines of this request are kept.</p>
      ) : (
        <pre className="mono tl-logs" data-testid="timeline-logs">
          {lines.map((line) => line.text).join('\n')}
        </pre>
      )}
    </>
  );
}

export function TimelineDetails({ segment, details, onClose }: Props) {
  return (
    <section className="tl-details" aria-label="Invocation details">
      <div className="tl-head">
        <h4>{segment ? segmentLabel(segment) : 'This segment is no longer kept.'}</h4>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {segment?.requestId && (
        <p className="mono hint">
          {segment.instanceId ?? 'no instance'} · RequestId: {segment.requestId}
        </p>
      )}
      {segment?.kind === 'invoke' && !details && (
        <p className="hint">
          Details are kept for the newest {TIMELINE_DETAILS_KEPT} invocations only.
        </p>
      )}
      {segment?.kind === 'invoke' && details && <Invocation details={details} />}
      {segment?.kind === 'invoke' && segment.requestId && (
        <RequestLogs functionName={segment.functionName} requestId={segment.requestId} />
      )}
    </section>
  );
}
