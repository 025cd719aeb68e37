// A function's saved test events: keep the current event under a name, load one back, delete one.
import { useState } from 'react';
import type { FunctionDraft } from '../../store';
import { ownValue, savedEventNameProblem, workspaceActions } from '../../store';

export function SavedEvents({ fn }: { fn: FunctionDraft }) {
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState('');
  const saved = fn.savedEvents ?? {};
  const names = Object.keys(saved).sort();
  const problem = name === '' ? null : savedEventNameProblem(name);

  return (
    <div className="saved-events">
      <label className="field">
        <span className="field-label">Saved event</span>
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
      </label>
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
        <label className="field">
          <span className="field-label">Save this event as</span>
          <input
            value={name}
            aria-invalid={problem !== null}
            onChange={(e) => setName(e.target.value)}
          />
          {problem && (
            <span className="field-problem" role="alert">
              {problem}
            </span>
          )}
        </label>
        <button type="submit" disabled={name === '' || problem !== null}>
          Save event
        </button>
      </form>
    </div>
  );
}
