// Renames the open workspace in place of the switcher; Escape or Cancel leaves the name as it was.
import { useState } from 'react';
import type { WorkspaceEntry } from '../../store';
import { renameWorkspace } from '../../store';
import { Field } from '../forms/Field';

export function RenameWorkspaceForm({
  entry,
  onDone,
}: {
  entry: WorkspaceEntry;
  onDone: () => void;
}) {
  const [name, setName] = useState(entry.name);
  const blank = name.trim() === '';
  return (
    <form
      className="workspaces"
      onSubmit={(e) => {
        e.preventDefault();
        if (blank) return;
        renameWorkspace(entry.id, name);
        onDone();
      }}
    >
      <Field layout="inline" label="Workspace name">
        <input
          value={name}
          autoFocus
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && onDone()}
        />
      </Field>
      <button type="submit" disabled={blank}>
        Save name
      </button>
      <button type="button" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}
