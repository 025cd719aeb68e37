// A workspace's DynamoDB tables: new drafts, the mapping defaults, what DynamoDB and Lambda would
// refuse in them, and reading them back from a save or a link as untrusted data (only what has
// the right shape is kept, field by field; ids keyed with Maps; lists capped).
import type { KeyAttribute, KeyAttributeType, StreamViewType, TableDefinition } from '../engine';
import {
  STREAM_BATCH_SIZE,
  STREAM_BATCHING_WINDOW,
  STREAM_RECORD_AGE,
  STREAM_RETRY_ATTEMPTS,
  streamMappingProblem,
  tableDefinitionProblem,
} from '../engine';
import type { TableDraft, TableStreamMappingDraft } from './model';
import { field, text, integer, decodeNamed } from './untrusted';

const KEY_TYPES: ReadonlySet<KeyAttributeType> = new Set(['S', 'N', 'B']);
const VIEW_TYPES: ReadonlySet<StreamViewType> = new Set([
  'KEYS_ONLY',
  'NEW_IMAGE',
  'OLD_IMAGE',
  'NEW_AND_OLD_IMAGES',
]);
/** DynamoDB's default quota of tables per account and Region. */
export const MAX_TABLES = 2500;
/** More mappings than functions make no sense; a link may claim any number. */
const MAX_MAPPINGS_PER_TABLE = 100;

/** A mapping to `functionId` with Lambda's defaults, reading new records. */
export function newStreamMapping(functionId: string): TableStreamMappingDraft {
  return {
    functionId,
    startingPosition: 'LATEST',
    batchSize: STREAM_BATCH_SIZE.default,
    maximumBatchingWindowSec: STREAM_BATCHING_WINDOW.default,
    maximumRetryAttempts: STREAM_RETRY_ATTEMPTS.default,
    maximumRecordAgeSec: STREAM_RECORD_AGE.default,
    bisectBatchOnFunctionError: false,
    reportBatchItemFailures: false,
  };
}

/** The first `table-<n>` id the workspace does not use. */
export function newTableId(tables: readonly TableDraft[]): string {
  const taken = new Set(tables.map((table) => table.id));
  let n = 1;
  while (taken.has(`table-${n}`)) n += 1;
  return `table-${n}`;
}

export function tableDefinitionOf(table: TableDraft): TableDefinition {
  const { name, partitionKey, sortKey, streamViewType } = table;
  return { name, partitionKey, sortKey, streamViewType };
}

/** What CreateTable would refuse in a new table, or null; `tables`: the workspace's others. */
export function newTableProblem(table: TableDraft, tables: readonly TableDraft[]): string | null {
  const taken = tables.filter((other) => other.id !== table.id).map((other) => other.name);
  return tableDefinitionProblem(tableDefinitionOf(table), taken);
}

/** What CreateEventSourceMapping would refuse, or null. */
export function tableMappingProblem(
  table: TableDraft,
  mapping: TableStreamMappingDraft,
): string | null {
  if (table.streamViewType === null) {
    return `Table ${table.name} has no stream: turn its stream on to map a function to it.`;
  }
  return streamMappingProblem({ ...mapping, functionName: mapping.functionId });
}

/** The function's mappings go with it; its tables stay. */
export function tablesWithoutFunction(tables: readonly TableDraft[], functionId: string) {
  return tables.map((table) =>
    table.mappings.some((m) => m.functionId === functionId)
      ? { ...table, mappings: table.mappings.filter((m) => m.functionId !== functionId) }
      : table,
  );
}

function keyAttribute(value: unknown): KeyAttribute | null {
  const name = text(value, 'name');
  const type = text(value, 'type');
  if (name === undefined || type === undefined || !KEY_TYPES.has(type as KeyAttributeType)) {
    return null;
  }
  return { name, type: type as KeyAttributeType };
}

function mapping(value: unknown): TableStreamMappingDraft | null {
  const functionId = text(value, 'functionId');
  if (functionId === undefined) return null;
  const defaults = newStreamMapping(functionId);
  return {
    functionId,
    startingPosition:
      text(value, 'startingPosition') === 'TRIM_HORIZON' ? 'TRIM_HORIZON' : 'LATEST',
    batchSize: integer(value, 'batchSize', defaults.batchSize),
    maximumBatchingWindowSec: integer(
      value,
      'maximumBatchingWindowSec',
      defaults.maximumBatchingWindowSec,
    ),
    maximumRetryAttempts: integer(value, 'maximumRetryAttempts', defaults.maximumRetryAttempts),
    maximumRecordAgeSec: integer(value, 'maximumRecordAgeSec', defaults.maximumRecordAgeSec),
    bisectBatchOnFunctionError: field(value, 'bisectBatchOnFunctionError') === true,
    reportBatchItemFailures: field(value, 'reportBatchItemFailures') === true,
  };
}

function table(value: unknown): TableDraft | null {
  const id = text(value, 'id');
  const name = text(value, 'name');
  const partitionKey = keyAttribute(field(value, 'partitionKey'));
  if (id === undefined || name === undefined || partitionKey === null) return null;
  const view = text(value, 'streamViewType');
  const listed = field(value, 'mappings');
  // One mapping per function, the first kept.
  const byFunction = new Map<string, TableStreamMappingDraft>();
  for (const entry of Array.isArray(listed) ? listed.slice(0, MAX_MAPPINGS_PER_TABLE) : []) {
    const decoded = mapping(entry);
    if (decoded && !byFunction.has(decoded.functionId)) byFunction.set(decoded.functionId, decoded);
  }
  return {
    id,
    name,
    partitionKey,
    sortKey: keyAttribute(field(value, 'sortKey')),
    streamViewType:
      view !== undefined && VIEW_TYPES.has(view as StreamViewType)
        ? (view as StreamViewType)
        : null,
    mappings: [...byFunction.values()],
  };
}

/** The tables of a save or link: the well-formed ones, ids and names unique, at most MAX_TABLES. */
export function decodeTables(value: unknown): TableDraft[] {
  return decodeNamed(value, MAX_TABLES, table);
}
