// Tables' streams: the tables the app defines, each stream's one shard of records in write order,
// kept for 24 hours (docs/aws-services.md#dynamodb-streams).
import type { EngineContext } from '../context';
import type { StreamMapping, StreamRecord, TableStream } from './dynamodb-stream-model';
import type { StreamTableSnapshot } from './dynamodb-stream-types';
import type { ItemChange, TableDefinition } from './dynamodb-types';
import { emitStream } from './dynamodb-stream-support';
import { deleteStreamMapping, pokeTable } from './dynamodb-poller';

/** "All data in DynamoDB Streams is subject to a 24-hour lifetime" (Streams.html). */
export const STREAM_RETENTION_MS = 24 * 60 * 60 * 1000;
// Sequence numbers are long numeric strings (21+ digits in AWS's samples); a fixed base keeps
// every one the same length, so they sort as text and as numbers alike.
const SEQUENCE_BASE = 10n ** 20n;

/** `2026-11-27T12:00:00.000`: a stream label is its creation time without a zone. */
export function streamLabelOf(time: number): string {
  return new Date(time).toISOString().slice(0, -1);
}

function sameKeys(a: TableDefinition, b: TableDefinition): boolean {
  return (
    JSON.stringify([a.partitionKey, a.sortKey]) === JSON.stringify([b.partitionKey, b.sortKey])
  );
}

/** A stream closed for good: the mappings reading it go with it (the app maps the new one). */
function closeStream(ctx: EngineContext, stream: TableStream): void {
  for (const mapping of [...ctx.streamMappings.values()]) {
    if (mapping.stream === stream) deleteStreamMapping(ctx, mapping.id);
  }
}

export function defineStreamTables(ctx: EngineContext, tables: readonly TableDefinition[]): void {
  const wanted = new Map(tables.map((table) => [table.name, table]));
  for (const [name, record] of ctx.ddbTables) {
    const next = wanted.get(name);
    const replaced = next === undefined || !sameKeys(next, record.definition);
    if (record.stream !== null && (replaced || next.streamViewType !== record.stream.viewType)) {
      closeStream(ctx, record.stream);
      record.stream = null;
    }
    if (next === undefined) ctx.ddbTables.delete(name);
  }
  for (const table of wanted.values()) {
    const record = ctx.ddbTables.get(table.name) ?? { definition: table, stream: null, written: 0 };
    record.definition = table;
    if (record.stream === null && table.streamViewType !== null) {
      record.stream = {
        viewType: table.streamViewType,
        label: streamLabelOf(ctx.clock.now()),
        records: [],
      };
    }
    ctx.ddbTables.set(table.name, record);
  }
}

/** Drops the records older than the retention period from the front of the shard. */
export function trimStream(stream: TableStream, now: number): void {
  let expired = 0;
  while (expired < stream.records.length) {
    if (stream.records[expired]!.createdAt + STREAM_RETENTION_MS > now) break;
    expired += 1;
  }
  if (expired > 0) stream.records.splice(0, expired);
}

export function putStreamRecords(
  ctx: EngineContext,
  tableName: string,
  changes: readonly ItemChange[],
): string[] {
  const table = ctx.ddbTables.get(tableName);
  const stream = table?.stream;
  if (table === undefined || stream === null || stream === undefined || changes.length === 0) {
    return [];
  }
  const now = ctx.clock.now();
  trimStream(stream, now);
  const added: StreamRecord[] = changes.map((change) => {
    table.written += 1;
    const sequenceNumber = (SEQUENCE_BASE + BigInt(table.written)).toString();
    return { index: table.written, sequenceNumber, createdAt: now, change };
  });
  stream.records.push(...added);
  const sequenceNumbers = added.map((record) => record.sequenceNumber);
  emitStream(ctx, { type: 'ddb-stream-records', tableName, sequenceNumbers });
  pokeTable(ctx, tableName);
  return sequenceNumbers;
}

/** The records a mapping has not read yet (from its position on). */
export function unread(stream: TableStream, mapping: StreamMapping): StreamRecord[] {
  const first = stream.records.findIndex((record) => record.index >= mapping.position);
  return first === -1 ? [] : stream.records.slice(first);
}

export function streamTableSnapshots(ctx: EngineContext): StreamTableSnapshot[] {
  return [...ctx.ddbTables.values()].map(({ definition, stream }) => ({
    name: definition.name,
    streamViewType: stream?.viewType ?? null,
    streamLabel: stream?.label ?? null,
    records: stream?.records.length ?? 0,
  }));
}
