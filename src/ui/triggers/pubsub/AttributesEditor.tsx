// Message attributes as SNS and SQS take them: a name, a type (String, Number or Binary as base64
// text) and a value, one row each. Rows without a name are left out when sending.
import type { AttributeRow } from '../../../store';

interface Props {
  rows: AttributeRow[];
  onRows: (rows: AttributeRow[]) => void;
}

const TYPES: ReadonlyArray<AttributeRow['type']> = ['String', 'Number', 'Binary'];

export function AttributesEditor({ rows, onRows }: Props) {
  const update = (at: number, change: Partial<AttributeRow>) =>
    onRows(rows.map((row, i) => (i === at ? { ...row, ...change } : row)));
  return (
    <div className="field" role="group" aria-label="Message attributes">
      <span className="field-label">Message attributes</span>
      {rows.map((row, i) => (
        <div className="env-row" key={i}>
          <input
            className="mono"
            aria-label={`Attribute ${i + 1} name`}
            placeholder="name"
            value={row.name}
            onChange={(e) => update(i, { name: e.target.value })}
          />
          <select
            aria-label={`Attribute ${i + 1} type`}
            value={row.type}
            onChange={(e) => update(i, { type: e.target.value as AttributeRow['type'] })}
          >
            {TYPES.map((type) => (
              <option key={type}>{type}</option>
            ))}
          </select>
          <input
            className="mono"
            aria-label={`Attribute ${i + 1} value`}
            placeholder={row.type === 'Binary' ? 'base64' : 'value'}
            value={row.value}
            onChange={(e) => update(i, { value: e.target.value })}
          />
          <button
            type="button"
            aria-label={`Remove attribute ${i + 1}`}
            onClick={() => onRows(rows.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => onRows([...rows, { name: '', type: 'String', value: '' }])}
      >
        Add attribute
      </button>
    </div>
  );
}
