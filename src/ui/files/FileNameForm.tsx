// A one-field form for a file's name that shows why a name cannot be used.
import { useState } from 'react';
import { Field, FieldProblem } from '../forms/Field';

interface Props {
  label: string;
  initial: string;
  /** Returns a problem to show, or null when the name was taken. */
  onSubmit: (name: string) => string | null;
  onCancel: () => void;
}

export function FileNameForm({ label, initial, onSubmit, onCancel }: Props) {
  const [name, setName] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        setProblem(onSubmit(name.trim()));
      }}
    >
      <Field layout="inline" label={label}>
        <input
          autoFocus
          value={name}
          aria-invalid={problem !== null}
          aria-describedby={problem ? 'file-name-problem' : undefined}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && onCancel()}
        />
      </Field>
      <FieldProblem as="p" id="file-name-problem" text={problem} />
      <div className="form-buttons">
        <button type="submit">Save</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
