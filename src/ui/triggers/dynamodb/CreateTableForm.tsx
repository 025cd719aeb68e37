// Creates a DynamoDB table: its name, partition key, optional sort key and stream, checked as
// CreateTable checks them while typed.
import { useId, useState } from 'react';
import type { KeyAttributeType, StreamViewType, TableDraft } from '../../../store';
import { newTableId, newTableProblem, setTables } from '../../../store';
import { Field, FieldProblem } from '../../forms/Field';
import { useWorkspace } from '../../hooks/use-stores';
import { StreamSelect } from './StreamSelect';

const KEY_TYPES: ReadonlyArray<[KeyAttributeType, string]> = [
  ['S', 'String (S)'],
  ['N', 'Number (N)'],
  ['B', 'Binary (B)'],
];

function KeyTypeSelect(props: {
  label: string;
  value: KeyAttributeType;
  onChange: (type: KeyAttributeType) => void;
}) {
  return (
    <Field label={props.label}>
      <select
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as KeyAttributeType)}
      >
        {KEY_TYPES.map(([type, text]) => (
          <option key={type} value={type}>
            {text}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function CreateTableForm() {
  const tables = useWorkspace((s) => s.tables ?? []);
  const [name, setName] = useState('');
  const [partitionKey, setPartitionKey] = useState('id');
  const [partitionType, setPartitionType] = useState<KeyAttributeType>('S');
  const [sortKey, setSortKey] = useState('');
  const [sortType, setSortType] = useState<KeyAttributeType>('S');
  const [stream, setStream] = useState<StreamViewType | null>('NEW_AND_OLD_IMAGES');
  const problemId = useId();
  const draft: TableDraft = {
    id: newTableId(tables),
    name,
    partitionKey: { name: partitionKey, type: partitionType },
    sortKey: sortKey === '' ? null : { name: sortKey, type: sortType },
    streamViewType: stream,
    mappings: [],
  };
  const problem = name === '' ? null : newTableProblem(draft, tables);
  return (
    <form
      className="route-row"
      aria-label="Create table"
      onSubmit={(e) => {
        e.preventDefault();
        if (name === '' || problem !== null) return;
        setTables([...tables, draft]);
        setName('');
      }}
    >
      <Field label="Table name">
        <input
          className="mono"
          placeholder="orders"
          value={name}
          aria-invalid={problem !== null}
          aria-describedby={problem ? problemId : undefined}
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <Field label="Partition key">
        <input
          className="mono"
          value={partitionKey}
          onChange={(e) => setPartitionKey(e.target.value)}
        />
      </Field>
      <KeyTypeSelect label="Partition key type" value={partitionType} onChange={setPartitionType} />
      <Field label="Sort key (optional)">
        <input className="mono" value={sortKey} onChange={(e) => setSortKey(e.target.value)} />
      </Field>
      {sortKey !== '' && (
        <KeyTypeSelect label="Sort key type" value={sortType} onChange={setSortType} />
      )}
      <StreamSelect value={stream} onChange={setStream} />
      <button type="submit" disabled={name === '' || problem !== null}>
        Create table
      </button>
      <FieldProblem as="p" id={problemId} text={problem} />
    </form>
  );
}
