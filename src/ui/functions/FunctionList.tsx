// The workspace's functions: pick one to edit, add another, remove one.
import { retireFunction, workspaceActions } from '../../store';
import { useWorkspace } from '../hooks/use-stores';

export function FunctionList() {
  const functions = useWorkspace((s) => s.functions);
  const selectedId = useWorkspace((s) => s.selectedId);

  const remove = (id: string, name: string) => {
    if (!window.confirm(`Remove the function ${name} and its files?`)) return;
    retireFunction(id);
    workspaceActions.removeFunction(id);
  };

  return (
    <nav className="panel" aria-label="Functions">
      <div className="panel-title">
        <h2>Functions</h2>
        <button type="button" onClick={() => workspaceActions.addFunction()}>
          Add function
        </button>
      </div>
      <ul className="item-list">
        {functions.map((fn) => (
          <li key={fn.id} className={fn.id === selectedId ? 'selected' : undefined}>
            <button
              type="button"
              className="item-main"
              aria-current={fn.id === selectedId}
              onClick={() => workspaceActions.selectFunction(fn.id)}
            >
              λ {fn.config.name}
            </button>
            {functions.length > 1 && (
              <button
                type="button"
                className="item-action"
                aria-label={`Remove function ${fn.config.name}`}
                onClick={() => remove(fn.id, fn.config.name)}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
