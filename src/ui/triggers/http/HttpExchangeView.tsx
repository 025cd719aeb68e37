// One request and its response as the client saw it: status, headers, body and time taken.
import type { HttpExchange } from '../../../store';
import { prettyJson } from '../../format';

function statusClass(status: number): string {
  if (status < 400) return 'status-ok';
  return status === 429 ? 'status-throttled' : 'status-error';
}

export function HttpExchangeView({ exchange }: { exchange: HttpExchange }) {
  const { response, problem } = exchange;
  return (
    <section className="http-response" aria-label="HTTP response">
      {response === null && !problem && <p className="hint">Waiting for the response…</p>}
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      {response && (
        <>
          <p className={`status ${statusClass(response.status)}`} data-testid="http-status">
            {response.status}
            {exchange.functionName && <span className="hint"> from λ {exchange.functionName}</span>}
            {exchange.elapsedMs !== undefined && (
              <span className="hint"> · {exchange.elapsedMs.toFixed(1)} ms</span>
            )}
          </p>
          <pre className="mono http-headers" data-testid="http-headers">
            {response.headers.map(([name, value]) => `${name}: ${value}`).join('\n')}
          </pre>
          <pre className="payload mono" data-testid="http-body">
            {response.bodyBase64 ? `(base64) ${response.body}` : prettyJson(response.body)}
          </pre>
        </>
      )}
    </section>
  );
}
