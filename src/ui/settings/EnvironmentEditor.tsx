// Environment variables as key/value rows; the function sees them in process.env.
import { useState } from 'react';

interface Props {
  value: Record<string, string>;
  problem?: string | undefined;
  onChange: (value: Record<string, string>) => void;
}

type Row = [key: string, value: string];

export function EnvironmentEditor({ value, problem, onChange }: Props) {
  // Rows live locally so a half-typed or duplicate key does not vanish from the form; the
  // settings form is keyed by function, so another function remounts this editor.
  const [rows, setRows] = useState<Row[]>(() => Object.entries(value));
  const update = (next: Row[]) => {
    setRows(next);
    onChange(Object.fromEntries(next.filter(([key]) => key !== '')));
  };
  return (
    <fieldset className="field env">
      <legend className="field-label">Environment variables</legend>
      {rows.map(([key, val], i) => (
        <div className="env-row" key={i}>
          <input
            className="mono"
            aria-label={`Variable ${i + 1} key`}
            placeholder="KEY"
            value={key}
            onChange={(e) => update(rows.map((r, j) => (j === i ? [e.target.value, r[1]] : r)))}
          />
          <input
            className="mono"
            aria-label={`Variable ${i + 1} value`}
            placeholder="value"
            value={val}
            onChange={(e) => update(rows.map((r, j) => (j === i ? [r[0], e.target.value] : r)))}
          />
          <button
            type="button"
            aria-label={`Remove variable ${key || i + 1}`}
            onClick={() => update(rows.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </div>
      ))}
      <button type="button" onClick={() => setRows([...rows, ['', '']])}>
        Add variable
      </button>
      {problem && (
        <span className="field-problem" role="alert">
          {problem}
        </span>
      )}
    </fieldset>
  );
}
