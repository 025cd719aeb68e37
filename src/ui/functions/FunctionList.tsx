// The workspace's functions: pick one to edit, add another (on the runtime chosen beside the
// button, as the console's Create function asks for one), remove one.
import { useState } from 'react';
import type { Runtime } from '../../engine';
import { defaultFunctionConfig, RUNTIMES } from '../../engine';
import { retireFunction, workspaceActions } from '../../store';
import { useWorkspace } from '../hooks/use-stores';

/** What "Add function" creates until the learner picks another runtime: the playground's default. */
const FIRST_CHOICE: Runtime = defaultFunctionConfig('').runtime;

export function FunctionList() {
  const functions = useWorkspace((s) => s.functions);
  const selectedId = useWorkspace((s) => s.selectedId);
  const [runtime, setRuntime] = useState<Runtime>(FIRST_CHOICE);

  const remove = (id: string, name: string) => {
    if (!window.confirm(`Remove the function ${name} and its files?`)) return;
    retireFunction(id);
    workspaceActions.removeFunction(id);
  };

  return (
    <nav className="panel" aria-label="Functions">
      <div className="panel-title">
        <h2>Functions</h2>
        <span className="add-function">
          {/* Named without "Runtime", which names the settings' select (docs/architecture.md). */}
          <select
            aria-label="Add function as"
            value={runtime}
            onChange={(e) => setRuntime(e.target.value as Runtime)}
          >
            {RUNTIMES.map((info) => (
              <option key={info.id} value={info.id}>
                {info.label}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => workspaceActions.addFunction(runtime)}>
            Add function
          </button>
        </span>
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
