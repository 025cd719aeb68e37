// On-demand capacity as DynamoDB bills it (docs/aws-services.md#dynamodb-api): a write request
// unit per 1 KB of item written, a read request unit per 4 KB read strongly consistent (half for an
// eventually consistent read). A write counts the larger of the item before and after it; a read of
// nothing still costs the minimum.

const WRITE_UNIT_BYTES = 1024;
const READ_UNIT_BYTES = 4 * 1024;

/** Write units for an item write: `bytes` is the larger of the old and the new item. */
export function writeUnits(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / WRITE_UNIT_BYTES));
}

/**
 * Read units for reading `bytes` (one item for GetItem, the sum of every item evaluated for Query
 * and Scan, rounded up once).
 */
export function readUnits(bytes: number, consistentRead: boolean): number {
  const units = Math.max(1, Math.ceil(bytes / READ_UNIT_BYTES));
  return consistentRead ? units : units / 2;
}

/** What an operation consumed on one table. */
export interface Consumed {
  tableName: string;
  readUnits: number;
  writeUnits: number;
}

/** The response's ConsumedCapacity for ReturnConsumedCapacity TOTAL or INDEXES; null for NONE. */
export function consumedCapacity(
  consumed: Consumed,
  mode: string | undefined,
): Record<string, unknown> | null {
  if (mode !== 'TOTAL' && mode !== 'INDEXES') return null;
  const units: Record<string, number> = { CapacityUnits: consumed.readUnits + consumed.writeUnits };
  if (consumed.readUnits > 0) units['ReadCapacityUnits'] = consumed.readUnits;
  if (consumed.writeUnits > 0) units['WriteCapacityUnits'] = consumed.writeUnits;
  return mode === 'INDEXES'
    ? { TableName: consumed.tableName, ...units, Table: units }
    : { TableName: consumed.tableName, ...units };
}
