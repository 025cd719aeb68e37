// One table: its keys, its stream, the functions mapped to the stream with their settings, and its
// items, which the learner can put (as DynamoDB JSON) and delete by hand.
import { useId, useState, useSyncExternalStore } from 'react';
import type { Item, TableDraft, TableStreamMappingDraft } from '../../../store';
import { newStreamMapping, setTables, tableMappingProblem } from '../../../store';
import { Field, FieldProblem } from '../../forms/Field';
import { useTables, useWorkspace } from '../../hooks/use-stores';
import { StreamSelect } from './StreamSelect';

function replaceTable(tables: readonly TableDraft[], table: TableDraft): void {
  setTables(tables.map((t) => (t.id === table.id ? table : t)));
}

function MappingRow(props: {
  table: TableDraft;
  mapping: TableStreamMappingDraft;
  functionName: string;
  onChange: (mapping: TableStreamMappingDraft | null) => void;
}) {
  const { table, mapping, onChange } = props;
  const appliedProblem = useTables((s) =>
    s.problems.get(`mapping:${table.id}:${mapping.functionId}`),
  );
  const problem = tableMappingProblem(table, mapping) ?? appliedProblem ?? null;
  const number = (key: keyof TableStreamMappingDraft, label: string) => (
    <Field label={label}>
      <input
        type="number"
        value={String(mapping[key])}
        onChange={(e) => onChange({ ...mapping, [key]: Number(e.target.value) })}
      />
    </Field>
  );
  const check = (key: 'bisectBatchOnFunctionError' | 'reportBatchItemFailures', label: string) => (
    <Field label={label} layout="check">
      <input
        type="checkbox"
        checked={mapping[key]}
        onChange={(e) => onChange({ ...mapping, [key]: e.target.checked })}
      />
    </Field>
  );
  return (
    <fieldset className="field pubsub-card" aria-label={`Stream mapping to ${props.functionName}`}>
      <legend className="field-label">Stream → {props.functionName}</legend>
      <div className="route-row">
        <Field label="Starting position">
          <select
            value={mapping.startingPosition}
            onChange={(e) =>
              onChange({
                ...mapping,
                startingPosition: e.target.value === 'TRIM_HORIZON' ? 'TRIM_HORIZON' : 'LATEST',
              })
            }
          >
            <option value="LATEST">LATEST</option>
            <option value="TRIM_HORIZON">TRIM_HORIZON</option>
          </select>
        </Field>
        {number('batchSize', 'Batch size')}
        {number('maximumBatchingWindowSec', 'Batching window (s)')}
        {number('maximumRetryAttempts', 'Maximum retry attempts')}
        {number('maximumRecordAgeSec', 'Maximum record age (s)')}
        {check('bisectBatchOnFunctionError', 'Split batch on error')}
        {check('reportBatchItemFailures', 'Report batch item failures')}
        <button type="button" onClick={() => onChange(null)}>
          Remove mapping
        </button>
      </div>
      <FieldProblem as="p" text={problem} />
    </fieldset>
  );
}

/** The app's items of the table, re-read whenever the table store reports a change. */
function useItems(tableName: string): readonly Item[] {
  const port = useTables((s) => s.port);
  return useSyncExternalStore(
    (listener) => port.subscribe(listener),
    () => port.items(tableName),
  );
}

function ItemsView({ table }: { table: TableDraft }) {
  const port = useTables((s) => s.port);
  const items = useItems(table.name);
  const [text, setText] = useState(
    JSON.stringify({ [table.partitionKey.name]: { [table.partitionKey.type]: '1' } }),
  );
  const [outcome, setOutcome] = useState<string | null>(null);
  const problemId = useId();
  const keyNames = [table.partitionKey.name, ...(table.sortKey ? [table.sortKey.name] : [])];
  const keyOf = (item: Item): Item =>
    Object.fromEntries(
      keyNames.flatMap((name) => (Object.hasOwn(item, name) ? [[name, item[name]!]] : [])),
    );
  const put = async () => {
    let item: unknown;
    try {
      item = JSON.parse(text);
    } catch {
      setOutcome('The item is not valid JSON.');
      return;
    }
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      setOutcome(
        'An item is a JSON object of attributes in DynamoDB JSON, e.g. {"id": {"S": "1"}}.',
      );
      return;
    }
    setOutcome((await port.putItem(table.name, item as Item)) ?? 'Item put.');
  };
  return (
    <div className="route-row" role="group" aria-label={`Items of ${table.name}`}>
      <ul aria-label={`Items in ${table.name}`}>
        {items.length === 0 && <li>No items.</li>}
        {items.map((item) => {
          const json = JSON.stringify(item);
          return (
            <li key={JSON.stringify(keyOf(item))} data-testid="table-item">
              <code className="mono">{json}</code>{' '}
              <button
                type="button"
                aria-label={`Delete item ${JSON.stringify(keyOf(item))}`}
                onClick={() => {
                  void port.deleteItem(table.name, keyOf(item)).then((refused) => {
                    setOutcome(refused ?? 'Item deleted.');
                  });
                }}
              >
                Delete item
              </button>
            </li>
          );
        })}
      </ul>
      <Field label="Item (DynamoDB JSON)">
        <textarea
          className="mono"
          rows={3}
          value={text}
          aria-describedby={outcome ? problemId : undefined}
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
      <button type="button" onClick={() => void put()}>
        Put item
      </button>
      <p id={problemId} role="status">
        {outcome}
      </p>
    </div>
  );
}

export function TableCard({ table }: { table: TableDraft }) {
  const tables = useWorkspace((s) => s.tables ?? []);
  const functions = useWorkspace((s) => s.functions);
  const tableProblem = useTables((s) => s.problems.get(`table:${table.id}`));
  const unmapped = functions.filter((fn) => !table.mappings.some((m) => m.functionId === fn.id));
  const [picked, setPick] = useState('');
  // The function picked, or the first one not mapped yet once that one is mapped or gone.
  const pick = unmapped.some((fn) => fn.id === picked) ? picked : (unmapped[0]?.id ?? '');
  const nameOf = (id: string) => functions.find((fn) => fn.id === id)?.config.name ?? id;
  const keys = `${table.partitionKey.name} (${table.partitionKey.type})${
    table.sortKey ? `, ${table.sortKey.name} (${table.sortKey.type})` : ''
  }`;
  const setMapping = (functionId: string, mapping: TableStreamMappingDraft | null) => {
    const mappings = table.mappings.flatMap((m) =>
      m.functionId !== functionId ? [m] : mapping === null ? [] : [mapping],
    );
    replaceTable(tables, { ...table, mappings });
  };
  return (
    <section className="field pubsub-card" aria-label={`Table ${table.name}`} data-testid="table">
      <h3 className="field-label">{table.name}</h3>
      <p>Keys: {keys}</p>
      <div className="route-row">
        <StreamSelect
          value={table.streamViewType}
          onChange={(streamViewType) => replaceTable(tables, { ...table, streamViewType })}
        />
        <button type="button" onClick={() => setTables(tables.filter((t) => t.id !== table.id))}>
          Delete table
        </button>
      </div>
      <FieldProblem as="p" text={tableProblem} />
      {table.mappings.map((mapping) => (
        <MappingRow
          key={mapping.functionId}
          table={table}
          mapping={mapping}
          functionName={nameOf(mapping.functionId)}
          onChange={(next) => setMapping(mapping.functionId, next)}
        />
      ))}
      {table.streamViewType !== null && unmapped.length > 0 && (
        <form
          className="route-row"
          aria-label={`Map a function to ${table.name}'s stream`}
          onSubmit={(e) => {
            e.preventDefault();
            if (pick === '') return;
            replaceTable(tables, {
              ...table,
              mappings: [...table.mappings, newStreamMapping(pick)],
            });
          }}
        >
          <Field label="Function">
            <select value={pick} onChange={(e) => setPick(e.target.value)}>
              {unmapped.map((fn) => (
                <option key={fn.id} value={fn.id}>
                  {fn.config.name}
                </option>
              ))}
            </select>
          </Field>
          <button type="submit">Add mapping</button>
        </form>
      )}
      <ItemsView table={table} />
    </section>
  );
}
