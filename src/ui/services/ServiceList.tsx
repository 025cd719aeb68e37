// The workspace's web apps: add one (a Node.js HTTP server run as a Fargate service), pick one to
// edit in place of a function, remove one (its service is deleted with it).
import { retireService, workspaceActions } from '../../store';
import { useWorkspace } from '../hooks/use-stores';

const NO_SERVICES: never[] = [];

export function ServiceList() {
  const services = useWorkspace((s) => s.services ?? NO_SERVICES);
  const selectedServiceId = useWorkspace((s) => s.selectedServiceId ?? null);

  const remove = (id: string, name: string) => {
    if (!window.confirm(`Remove the web app ${name} and its files? Its service is deleted.`))
      return;
    retireService(id);
    workspaceActions.removeService(id);
  };

  return (
    <nav className="panel" aria-label="Web apps">
      <div className="panel-title">
        <h2>Web apps</h2>
        <button type="button" onClick={() => workspaceActions.addService()}>
          Add service
        </button>
      </div>
      {services.length === 0 && (
        <p className="hint">
          A web app is an HTTP server (Node.js <code>node:http</code>) run as an ECS service on
          Fargate behind a load balancer.
        </p>
      )}
      <ul className="item-list">
        {services.map((app) => (
          <li key={app.id} className={app.id === selectedServiceId ? 'selected' : undefined}>
            <button
              type="button"
              className="item-main"
              aria-current={app.id === selectedServiceId}
              onClick={() => workspaceActions.selectService(app.id)}
            >
              ⎈ {app.name}
            </button>
            <button
              type="button"
              className="item-action"
              aria-label={`Remove web app ${app.name}`}
              onClick={() => remove(app.id, app.name)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
