// A numeric setting that keeps what the learner types, and commits only when it is a number.
// Its text is local: the settings form is keyed by function, so another function remounts it.
import { useState } from 'react';
import { Field } from './FunctionSettings';

interface Props {
  label: string;
  value: number;
  problem?: string | undefined;
  onChange: (value: number) => void;
}

export function NumberField({ label, value, problem, onChange }: Props) {
  const [text, setText] = useState(String(value));
  const notNumber = text.trim() === '' || !Number.isFinite(Number(text));
  return (
    <Field label={label} problem={notNumber ? 'Enter a number.' : problem}>
      <input
        inputMode="numeric"
        value={text}
        aria-invalid={notNumber || problem !== undefined}
        onChange={(e) => {
          setText(e.target.value);
          const parsed = Number(e.target.value);
          if (e.target.value.trim() !== '' && Number.isFinite(parsed)) onChange(parsed);
        }}
      />
    </Field>
  );
}
