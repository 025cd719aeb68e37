// The header's workspace controls: pick a saved workspace, and make, rename, copy or delete one.
import { useState } from 'react';
import { useWorkspaceLibrary } from '../hooks/use-stores';
import { createWorkspace, deleteWorkspace, duplicateWorkspace, switchWorkspace } from '../../store';
import { Field } from '../forms/Field';
import { RenameWorkspaceForm } from './RenameWorkspaceForm';
import './workspaces.css';

export function WorkspaceSwitcher() {
  const entries = useWorkspaceLibrary((s) => s.entries);
  const currentId = useWorkspaceLibrary((s) => s.currentId);
  const [renaming, setRenaming] = useState(false);
  const current = entries.find((entry) => entry.id === currentId);

  if (renaming && current) {
    return <RenameWorkspaceForm entry={current} onDone={() => setRenaming(false)} />;
  }
  return (
    <div className="workspaces">
      <Field layout="inline" label="Workspace">
        <select value={currentId} onChange={(e) => switchWorkspace(e.target.value)}>
          {entries.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.name}
            </option>
          ))}
        </select>
      </Field>
      <button type="button" aria-label="New workspace" onClick={() => createWorkspace()}>
        New
      </button>
      <button type="button" aria-label="Rename workspace" onClick={() => setRenaming(true)}>
        Rename
      </button>
      <button
        type="button"
        aria-label="Duplicate workspace"
        onClick={() => duplicateWorkspace(currentId)}
      >
        Duplicate
      </button>
      <button
        type="button"
        aria-label="Delete workspace"
        disabled={entries.length < 2}
        title={entries.length < 2 ? 'The only workspace cannot be deleted' : undefined}
        onClick={() => deleteWorkspace(currentId)}
      >
        Delete
      </button>
    </div>
  );
}
