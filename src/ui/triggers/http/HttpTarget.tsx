// Where HTTP requests go: an HTTP API or REST API with routes to functions, or a function URL.
import type { HttpFront, HttpTriggerConfig, UrlInvokeMode } from '../../../store';
import { workspaceActions } from '../../../store';
import { routeKeyProblem } from '../../../triggers';
import { Field } from '../../forms/Field';
import { useWorkspace } from '../../hooks/use-stores';
import { FunctionOptions } from '../FunctionOptions';

const FRONTS: Array<[HttpFront, string]> = [
  ['http-api', 'HTTP API (payload 2.0)'],
  ['rest-api', 'REST API (payload 1.0)'],
  ['function-url', 'Function URL'],
];

export function HttpTarget() {
  const functions = useWorkspace((s) => s.functions);
  const http = useWorkspace((s) => s.http);
  const set = (change: Partial<HttpTriggerConfig>) =>
    workspaceActions.setHttp({ ...http, ...change });
  return (
    <fieldset className="field http-target">
      <legend className="field-label">Front door</legend>
      <Field label="API type">
        <select value={http.front} onChange={(e) => set({ front: e.target.value as HttpFront })}>
          {FRONTS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      {http.front === 'function-url' ? (
        <>
          <Field label="Function">
            <select
              value={http.urlFunctionId}
              onChange={(e) => set({ urlFunctionId: e.target.value })}
            >
              <FunctionOptions />
            </select>
          </Field>
          <Field label="Invoke mode">
            <select
              value={http.urlInvokeMode ?? 'BUFFERED'}
              onChange={(e) => set({ urlInvokeMode: e.target.value as UrlInvokeMode })}
            >
              <option value="BUFFERED">BUFFERED</option>
              <option value="RESPONSE_STREAM">RESPONSE_STREAM</option>
            </select>
          </Field>
        </>
      ) : (
        <div className="routes">
          {http.routes.map((route, i) => {
            const problem = routeKeyProblem(route.routeKey);
            const update = (change: Partial<typeof route>) =>
              set({ routes: http.routes.map((r, j) => (j === i ? { ...r, ...change } : r)) });
            return (
              <div className="route-row" key={i}>
                <input
                  className="mono"
                  aria-label={`Route ${i + 1}`}
                  value={route.routeKey}
                  aria-invalid={problem !== null}
                  onChange={(e) => update({ routeKey: e.target.value })}
                />
                <select
                  aria-label={`Route ${i + 1} function`}
                  value={route.functionId}
                  onChange={(e) => update({ functionId: e.target.value })}
                >
                  <FunctionOptions />
                </select>
                {http.routes.length > 1 && (
                  <button
                    type="button"
                    aria-label={`Remove route ${route.routeKey}`}
                    onClick={() => set({ routes: http.routes.filter((_, j) => j !== i) })}
                  >
                    ×
                  </button>
                )}
                {problem && (
                  <span className="field-problem" role="alert">
                    {problem}
                  </span>
                )}
              </div>
            );
          })}
          <button
            type="button"
            onClick={() =>
              set({
                routes: [
                  ...http.routes,
                  { routeKey: 'GET /items/{id}', functionId: functions[0]!.id },
                ],
              })
            }
          >
            Add route
          </button>
        </div>
      )}
    </fieldset>
  );
}
