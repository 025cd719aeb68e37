// The selected function's files: open, add, rename, delete.
import { useState } from 'react';
import { isPython } from '../../engine';
import { filePathProblem, selectedFunction, workspaceActions } from '../../store';
import { useWorkspace } from '../hooks/use-stores';
import { FileNameForm } from './FileNameForm';

type Editing = { mode: 'add' } | { mode: 'rename'; path: string } | null;

export function FileList() {
  const fn = useWorkspace((s) => selectedFunction(s));
  const [editing, setEditing] = useState<Editing>(null);
  const paths = Object.keys(fn.files);
  // The name offered for a new file is a module of the function's own language.
  const newFileName = isPython(fn.config.runtime) ? 'util.py' : 'util.ts';

  const submit = (name: string): string | null => {
    const others = Object.fromEntries(
      Object.entries(fn.files).filter(
        ([path]) => editing?.mode !== 'rename' || path !== editing.path,
      ),
    );
    const problem = filePathProblem(name, others);
    if (problem) return problem;
    if (editing?.mode === 'rename') workspaceActions.renameFile(fn.id, editing.path, name);
    else workspaceActions.addFile(fn.id, name);
    setEditing(null);
    return null;
  };

  return (
    <nav className="panel" aria-label="Files">
      <div className="panel-title">
        <h2>Files</h2>
        <button type="button" onClick={() => setEditing({ mode: 'add' })}>
          Add file
        </button>
      </div>
      {editing && (
        <FileNameForm
          label={editing.mode === 'add' ? 'New file name' : `Rename ${editing.path} to`}
          initial={editing.mode === 'rename' ? editing.path : newFileName}
          onSubmit={submit}
          onCancel={() => setEditing(null)}
        />
      )}
      <ul className="item-list">
        {paths.map((path) => (
          <li key={path} className={path === fn.activeFile ? 'selected' : undefined}>
            <button
              type="button"
              className="item-main mono"
              aria-current={path === fn.activeFile}
              onClick={() => workspaceActions.openFile(fn.id, path)}
            >
              {path}
            </button>
            <button
              type="button"
              className="item-action"
              aria-label={`Rename ${path}`}
              onClick={() => setEditing({ mode: 'rename', path })}
            >
              ✎
            </button>
            {paths.length > 1 && (
              <button
                type="button"
                className="item-action"
                aria-label={`Delete ${path}`}
                onClick={() =>
                  window.confirm(`Delete ${path}?`) && workspaceActions.deleteFile(fn.id, path)
                }
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
