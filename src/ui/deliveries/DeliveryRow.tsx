// One async event: a line with its source, function, status and attempts, that opens to show the
// event, each attempt's outcome and, for a failed event, where it went and why.
import { memo } from 'react';
import type { AttemptView, DeliveryView } from '../../store';
import { retryReasonText } from '../../store';
import { formatMs, prettyJson } from '../format';
import { attemptsText, errorSummary, sourceLabel, statusText } from './delivery-text';

const OUTCOME_LABELS = {
  ok: 'succeeded',
  error: 'function error',
  timeout: 'timed out',
  crash: 'runtime crashed',
} as const;

/** Simulated clock time of day, as the stage and logs show times. */
function clockTime(ms: number): string {
  return new Date(ms).toLocaleTimeString([], { hour12: false });
}

function Attempt({ attempt }: { attempt: AttemptView }) {
  const { outcome } = attempt;
  let told = 'running';
  if (outcome !== null) {
    const error = outcome.status === 'ok' ? '' : ` (${errorSummary(outcome.payload)})`;
    const cold = outcome.cold ? ' · cold start' : '';
    told = `${OUTCOME_LABELS[outcome.status]}${error} · ${formatMs(outcome.durationMs)}${cold}`;
  }
  return (
    <li>
      Attempt {attempt.attempt} at {clockTime(attempt.startedAt)}: {told}
    </li>
  );
}

function Detail({ view }: { view: DeliveryView }) {
  const { status } = view;
  return (
    <div className="delivery-detail">
      <p className="hint">
        Request <span className="mono">{view.requestId}</span>, queued at {clockTime(view.queuedAt)}
        {view.origin && ` by ${view.origin}`} (simulated clock).
      </p>
      {status.kind === 'retrying' && (
        <p>
          Next attempt at {clockTime(status.dueAt)}, {retryReasonText(status.reason)}.
        </p>
      )}
      {(status.kind === 'failed' || status.kind === 'dropped') && <p>{status.explanation}</p>}
      {view.attempts.length > 0 && (
        <ol className="delivery-attempts" aria-label="Attempts">
          {view.attempts.map((attempt) => (
            <Attempt key={attempt.attempt} attempt={attempt} />
          ))}
        </ol>
      )}
      <p className="field-label">Event</p>
      <pre className="payload mono">{prettyJson(view.eventJson)}</pre>
    </div>
  );
}

/** `now` is the simulated time for a retrying event's countdown, 0 for the others (memo). */
export const DeliveryRow = memo(function DeliveryRow({
  view,
  now,
}: {
  view: DeliveryView;
  now: number;
}) {
  const status = statusText(view, now);
  const source = sourceLabel(view.source);
  return (
    <li
      className={`delivery delivery-${view.status.kind}`}
      aria-label={`${source} event for ${view.functionName}: ${status}`}
    >
      <details>
        <summary>
          <span className="delivery-source">{source}</span>
          <span className="mono">λ {view.functionName}</span>
          <span className="delivery-status" data-testid="delivery-status">
            {status}
          </span>
          <span className="hint" data-testid="delivery-attempts">
            {attemptsText(view)}
          </span>
        </summary>
        <Detail view={view} />
      </details>
    </li>
  );
});
