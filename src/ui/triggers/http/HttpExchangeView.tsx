// One request and its response as the client saw it: status, headers, body and time taken.
import type { HttpExchange } from '../../../store';
import { prettyJson } from '../../format';

function statusClass(status: number): string {
  if (status < 400) return 'status-ok';
  return status === 429 ? 'status-throttled' : 'status-error';
}

/** A streamed body's pieces with the time each arrived (function URL, RESPONSE_STREAM). */
function StreamChunks({ chunks }: { chunks: NonNullable<HttpExchange['chunks']> }) {
  return (
    <ol className="stream-chunks mono" aria-label="Response stream">
      {chunks.map((chunk, i) => (
        <li key={i} data-testid="stream-chunk" data-at-ms={Math.round(chunk.atMs)}>
          <span className="hint">+{Math.round(chunk.atMs)} ms</span>{' '}
          <span className="stream-chunk-text">{chunk.text}</span>
        </li>
      ))}
    </ol>
  );
}

export function HttpExchangeView({ exchange }: { exchange: HttpExchange }) {
  const { response, problem, chunks } = exchange;
  return (
    <section className="http-response" aria-label="HTTP response">
      {chunks && chunks.length > 0 && <StreamChunks chunks={chunks} />}
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
            {exchange.service && (
              <span className="hint" data-testid="http-served-by">
                {exchange.service.source === 'elb'
                  ? ` from the load balancer of ${exchange.service.name}${exchange.service.taskId ? `: task ${exchange.service.taskId} gave no response` : ': no healthy task'}`
                  : ` from task ${exchange.service.taskId} of ${exchange.service.name}`}
              </span>
            )}
            {exchange.webFunction && (
              <span className="hint" data-testid="http-served-by">
                {exchange.webFunction.source === 'platform'
                  ? ` from Lambda itself for ${exchange.webFunction.name}${exchange.webFunction.environmentId ? ` (environment ${exchange.webFunction.environmentId})` : ''}`
                  : ` from environment ${exchange.webFunction.environmentId} of ${exchange.webFunction.name}`}
              </span>
            )}
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
