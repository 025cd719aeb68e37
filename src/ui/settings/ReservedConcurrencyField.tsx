// Reserved concurrency: off (unreserved, the account's pool) or a fixed number of instances.
import { Field } from '../forms/Field';
import { NumberField } from './NumberField';

interface Props {
  value: number | null;
  problem?: string | undefined;
  onChange: (value: number | null) => void;
}

export function ReservedConcurrencyField({ value, problem, onChange }: Props) {
  return (
    <fieldset className="field">
      <legend className="field-label">Concurrency</legend>
      <Field layout="check" label="Reserve concurrency">
        <input
          type="checkbox"
          checked={value !== null}
          onChange={(e) => onChange(e.target.checked ? 1 : null)}
        />
      </Field>
      {value === null ? (
        <span className="hint">Unreserved: shares the account's 1,000.</span>
      ) : (
        <NumberField
          label="Reserved concurrency"
          value={value}
          problem={problem}
          onChange={onChange}
        />
      )}
    </fieldset>
  );
}
