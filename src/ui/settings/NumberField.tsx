// A numeric setting that keeps what the learner types, and commits only when it is a number.
// Its text is local, but follows the value when it changes from elsewhere (another workspace
// opened with a function of the same id, a lesson reset, a share link).
import { useState } from 'react';
import { Field } from '../forms/Field';

interface Props {
  label: string;
  value: number;
  problem?: string | undefined;
  onChange: (value: number) => void;
}

export function NumberField({ label, value, problem, onChange }: Props) {
  const [text, setText] = useState(String(value));
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (Number(text) !== value) setText(String(value));
  }
  const notNumber = text.trim() === '' || !Number.isFinite(Number(text));
  return (
    <Field label={label} problem={notNumber ? 'Enter a number.' : problem}>
      {({ invalid }) => (
        <input
          inputMode="numeric"
          value={text}
          aria-invalid={invalid}
          onChange={(e) => {
            setText(e.target.value);
            const parsed = Number(e.target.value);
            if (e.target.value.trim() !== '' && Number.isFinite(parsed)) onChange(parsed);
          }}
        />
      )}
    </Field>
  );
}
