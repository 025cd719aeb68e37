// The HTTP tab: send requests through API Gateway or a function URL and read the responses.
import { useState } from 'react';
import type { HttpExchange } from '../../../store';
import type { ServiceDraft } from '../../../store';
import { sendHttpRequest, sendServiceHttpRequest } from '../../../store';
import type { HttpRequestSpec } from '../../../triggers';
import { Field } from '../../forms/Field';
import { useHttpHistory, useWorkspace } from '../../hooks/use-stores';
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

const NO_SERVICES: ServiceDraft[] = [];

export function HttpTab() {
  const [draft, setDraft] = useState<RequestDraft>(INITIAL_DRAFT);
  const exchanges = useHttpHistory((s) => s.exchanges);
  const services = useWorkspace((s) => s.services ?? NO_SERVICES);
  // '' : the functions' front door; else a web app's ALB or Web Function endpoint (by id).
  // Forgotten with a removed app.
  const [chosen, setChosen] = useState('');
  const target = services.some((app) => app.id === chosen) ? chosen : '';
  const send = (request: HttpRequestSpec) =>
    void (target === '' ? sendHttpRequest(request) : sendServiceHttpRequest(target, request));
  const [latest, ...older] = exchanges;
  return (
    <div className="http-tab">
      {services.length > 0 && (
        <Field label="Send to">
          <select value={target} onChange={(e) => setChosen(e.target.value)}>
            <option value="">Functions (through the front door)</option>
            {services.map((app) => (
              <option key={app.id} value={app.id}>
                {app.runAs === 'web-function'
                  ? `Lambda Web Function ${app.name} (through its endpoint)`
                  : `Fargate service ${app.name} (through its load balancer)`}
              </option>
            ))}
          </select>
        </Field>
      )}
      {target === '' && <HttpTarget />}
      <HttpRequestForm draft={draft} onDraft={setDraft} onSend={send} />
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
                  onClick={() => send(x.request)}
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
