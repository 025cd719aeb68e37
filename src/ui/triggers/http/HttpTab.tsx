// The HTTP tab: send requests through API Gateway or a function URL and read the responses.
import { useState } from 'react';
import type { HttpExchange } from '../../../store';
import { sendHttpRequest } from '../../../store';
import { useHttpHistory } from '../../hooks/use-stores';
import { HttpExchangeView } from './HttpExchangeView';
import { HttpRequestForm } from './HttpRequestForm';
import { HttpTarget } from './HttpTarget';
import type { RequestDraft } from './request-draft';
import { INITIAL_DRAFT } from './request-draft';

function summary(x: HttpExchange): string {
  const query = x.request.query ? `?${x.request.query}` : '';
  const outcome = x.response ? String(x.response.status) : x.problem ? 'failed' : '…';
  return `${x.request.method} ${x.request.path}${query} → ${outcome}`;
}

export function HttpTab() {
  const [draft, setDraft] = useState<RequestDraft>(INITIAL_DRAFT);
  const exchanges = useHttpHistory((s) => s.exchanges);
  const [latest, ...older] = exchanges;
  return (
    <div className="http-tab">
      <HttpTarget />
      <HttpRequestForm draft={draft} onDraft={setDraft} onSend={(r) => void sendHttpRequest(r)} />
      {latest && <HttpExchangeView exchange={latest} />}
      {older.length > 0 && (
        <section aria-label="Recent requests">
          <h3 className="field-label">Recent requests</h3>
          <ul className="item-list">
            {older.map((x) => (
              <li key={x.id}>
                <span className="item-main mono">{summary(x)}</span>
                <button
                  type="button"
                  aria-label={`Send again: ${summary(x)}`}
                  onClick={() => void sendHttpRequest(x.request)}
                >
                  ↻
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
