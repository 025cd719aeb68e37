// The last invocation of the selected function: its response (or error, or throttle) and figures.
import { selectedFunction } from '../../store';
import type { ResultView } from '../../store';
import { formatUsd, INVOKE_STATUS_LABEL, prettyJson } from '../format';
import { useControl, useSession, useWorkspace } from '../hooks/use-stores';
import { DurationFigures } from './DurationFigures';

function Outcome({ result }: { result: ResultView }) {
  if (result.kind === 'throttled') {
    return (
      <>
        <p className="status status-throttled">Throttled · 429 {result.error.errorType}</p>
        <pre className="payload mono" data-testid="result-payload">
          {JSON.stringify(result.error, null, 2)}
        </pre>
      </>
    );
  }
  const { report, cost } = result;
  return (
    <>
      <p className={`status status-${result.status}`}>
        {INVOKE_STATUS_LABEL[result.status]} · {result.cold ? 'cold start' : 'warm start'}
      </p>
      <pre className="payload mono" data-testid="result-payload">
        {prettyJson(result.payload)}
      </pre>
      <dl className="figures">
        <dt>Request ID</dt>
        <dd className="mono">{result.requestId}</dd>
        <DurationFigures report={report} />
        <dt>Cost</dt>
        <dd>{formatUsd(cost.totalUsd)}</dd>
      </dl>
    </>
  );
}

export function ResultPanel() {
  const fn = useWorkspace((s) => selectedFunction(s));
  const result = useSession((s) => s.results.get(fn.config.name));
  const notice = useControl((s) => s.notices.get(fn.id));
  const building = useControl((s) => s.builds.get(fn.id)?.status === 'building');
  return (
    <section className="panel result" aria-label="Result">
      <h2>Result</h2>
      {building && (
        <p className="hint" role="status">
          Building your code…
        </p>
      )}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {result ? (
        <Outcome result={result} />
      ) : (
        <p className="hint">Invoke the function to see its response.</p>
      )}
    </section>
  );
}
