// A function's saved test events: keep the current event under a name, load one back, delete one.
import { useState } from 'react';
import type { FunctionDraft } from '../../store';
import { ownValue, savedEventNameProblem, workspaceActions } from '../../store';
import { Field } from '../forms/Field';

export function SavedEvents({ fn }: { fn: FunctionDraft }) {
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState('');
  const saved = fn.savedEvents ?? {};
  const names = Object.keys(saved).sort();
  const problem = name === '' ? null : savedEventNameProblem(name);

  return (
    <div className="saved-events">
      <Field label="Saved event">
        <select
          value={names.includes(chosen) ? chosen : ''}
          onChange={(e) => {
            setChosen(e.target.value);
            const text = ownValue(saved, e.target.value);
            if (text !== undefined) workspaceActions.setTestEvent(fn.id, text);
          }}
        >
          <option value="">{names.length === 0 ? 'None saved yet' : 'Load a saved event…'}</option>
          {names.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </Field>
      {names.includes(chosen) && (
        <button
          type="button"
          onClick={() => {
            workspaceActions.deleteSavedEvent(fn.id, chosen);
            setChosen('');
          }}
        >
          Delete “{chosen}”
        </button>
      )}
      <form
        className="saved-event-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (savedEventNameProblem(name)) return;
          workspaceActions.saveTestEvent(fn.id, name);
          setChosen(name);
          setName('');
        }}
      >
        <Field label="Save this event as" problem={problem}>
          {({ invalid }) => (
            <input value={name} aria-invalid={invalid} onChange={(e) => setName(e.target.value)} />
          )}
        </Field>
        <button type="submit" disabled={name === '' || problem !== null}>
          Save event
        </button>
      </form>
    </div>
  );
}
