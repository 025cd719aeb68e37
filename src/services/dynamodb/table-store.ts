// The tables' data: items by key, kept per partition and ordered within one by sort key as DynamoDB
// orders them (strings by UTF-8 bytes, numbers by value, binaries by unsigned bytes). Scan visits
// partitions in the order of a hash of their key, as DynamoDB's storage does, not in insertion
// order. Every write that changes an item is reported (INSERT, MODIFY, REMOVE) for the table's
// stream; a write that leaves the item as it was reports nothing, as DynamoDB Streams records nothing.
import type { AttributeValue, Item, ItemChange, TableDefinition } from '../../engine';
import { itemSize } from './item-size';
import { compareScalars, getEntry, itemsEqual, recordOf } from './values';

export type ChangeOrigin = ItemChange['origin'];

export interface TableStore {
  /** Syncs the tables with the workspace: a table that stays with the same keys keeps its items. */
  define(tables: readonly TableDefinition[]): void;
  definition(tableName: string): TableDefinition | undefined;
  tableNames(): string[];
  /** Every item of a table in Scan's order (for the UI's item list). */
  items(tableName: string): Item[];
  itemCount(tableName: string): number;
  get(tableName: string, key: Item): Item | undefined;
  /** Writes `item` (null deletes) at `key`; returns the change, or null when nothing changed. */
  write(tableName: string, key: Item, item: Item | null, origin: ChangeOrigin): ItemChange | null;
  /** A partition's items by ascending sort key. */
  partition(tableName: string, partitionValue: AttributeValue): Item[];
  /** The items Scan visits after `exclusiveStartKey` (all of them for null), in Scan's order. */
  scanFrom(tableName: string, exclusiveStartKey: Item | null): Item[];
  /** Removes every item of every table (a reset: reports no changes). */
  clear(): void;
  onChange(listener: (change: ItemChange) => void): () => void;
}

interface Partition {
  value: AttributeValue;
  /** Items by their sort key's encoding ('' without a sort key). */
  items: Map<string, Item>;
}

interface Table {
  definition: TableDefinition;
  partitions: Map<string, Partition>;
}

function encode(value: AttributeValue | undefined): string {
  if (value === undefined) return '';
  return JSON.stringify(value);
}

/** FNV-1a: a stable, well-spread order for partitions that owes nothing to insertion order. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function compareBySortKey(definition: TableDefinition, a: Item, b: Item): number {
  const sortKey = definition.sortKey;
  if (sortKey === null) return 0;
  return compareScalars(getEntry(a, sortKey.name)!, getEntry(b, sortKey.name)!) ?? 0;
}

function sameKeys(a: TableDefinition, b: TableDefinition): boolean {
  return (
    a.partitionKey.name === b.partitionKey.name &&
    a.partitionKey.type === b.partitionKey.type &&
    a.sortKey?.name === b.sortKey?.name &&
    a.sortKey?.type === b.sortKey?.type
  );
}

export function keyOf(definition: TableDefinition, item: Item): Item {
  const names = [definition.partitionKey.name, definition.sortKey?.name].filter(
    (name): name is string => name !== undefined,
  );
  return recordOf(names.map((name) => [name, getEntry(item, name)!] as const));
}

export function createTableStore(): TableStore {
  const tables = new Map<string, Table>();
  const listeners = new Set<(change: ItemChange) => void>();

  const tableOf = (name: string) => tables.get(name);
  const partitionOrder = (table: Table) =>
    [...table.partitions.entries()]
      .map(([encoded, partition]) => ({ encoded, partition, hash: hashOf(encoded) }))
      .sort(
        (a, b) => a.hash - b.hash || (a.encoded < b.encoded ? -1 : a.encoded > b.encoded ? 1 : 0),
      );
  const sortedItems = (table: Table, partition: Partition) =>
    [...partition.items.values()].sort((a, b) => compareBySortKey(table.definition, a, b));
  const allItems = (table: Table) =>
    partitionOrder(table).flatMap(({ partition }) => sortedItems(table, partition));
  const locate = (table: Table, key: Item) => ({
    partitionKey: encode(getEntry(key, table.definition.partitionKey.name)),
    sortKey:
      table.definition.sortKey === null ? '' : encode(getEntry(key, table.definition.sortKey.name)),
  });

  return {
    define(definitions) {
      const kept = new Map<string, Table>();
      for (const definition of definitions) {
        const existing = tables.get(definition.name);
        const partitions =
          existing !== undefined && sameKeys(existing.definition, definition)
            ? existing.partitions
            : new Map<string, Partition>();
        kept.set(definition.name, { definition, partitions });
      }
      tables.clear();
      for (const [name, table] of kept) tables.set(name, table);
    },
    definition: (tableName) => tableOf(tableName)?.definition,
    tableNames: () => [...tables.keys()],
    items(tableName) {
      const table = tableOf(tableName);
      return table === undefined ? [] : allItems(table);
    },
    itemCount(tableName) {
      const table = tableOf(tableName);
      if (table === undefined) return 0;
      let count = 0;
      for (const partition of table.partitions.values()) count += partition.items.size;
      return count;
    },
    get(tableName, key) {
      const table = tableOf(tableName);
      if (table === undefined) return undefined;
      const { partitionKey, sortKey } = locate(table, key);
      return table.partitions.get(partitionKey)?.items.get(sortKey);
    },
    write(tableName, key, item, origin) {
      const table = tableOf(tableName);
      if (table === undefined) return null;
      const { partitionKey, sortKey } = locate(table, key);
      const partition = table.partitions.get(partitionKey);
      const before = partition?.items.get(sortKey) ?? null;
      if (item === null) {
        if (before === null || partition === undefined) return null;
        partition.items.delete(sortKey);
        if (partition.items.size === 0) table.partitions.delete(partitionKey);
      } else {
        const target = partition ?? {
          value: getEntry(key, table.definition.partitionKey.name)!,
          items: new Map<string, Item>(),
        };
        table.partitions.set(partitionKey, target);
        target.items.set(sortKey, item);
        if (before !== null && itemsEqual(before, item)) return null;
      }
      const change: ItemChange = {
        tableName,
        eventName: before === null ? 'INSERT' : item === null ? 'REMOVE' : 'MODIFY',
        keys: keyOf(table.definition, item ?? before!),
        oldImage: before,
        newImage: item,
        sizeBytes: itemSize(item ?? before!),
        origin,
      };
      for (const listener of listeners) listener(change);
      return change;
    },
    partition(tableName, partitionValue) {
      const table = tableOf(tableName);
      const partition = table?.partitions.get(encode(partitionValue));
      return table === undefined || partition === undefined ? [] : sortedItems(table, partition);
    },
    scanFrom(tableName, exclusiveStartKey) {
      const table = tableOf(tableName);
      if (table === undefined) return [];
      const order = partitionOrder(table);
      if (exclusiveStartKey === null)
        return order.flatMap(({ partition }) => sortedItems(table, partition));
      const start = locate(table, exclusiveStartKey);
      const startHash = hashOf(start.partitionKey);
      const result: Item[] = [];
      for (const { encoded, partition, hash } of order) {
        const after = hash > startHash || (hash === startHash && encoded > start.partitionKey);
        if (after) result.push(...sortedItems(table, partition));
        else if (encoded === start.partitionKey) {
          result.push(
            ...sortedItems(table, partition).filter(
              (item) => compareBySortKey(table.definition, item, exclusiveStartKey) > 0,
            ),
          );
        }
      }
      return result;
    },
    clear() {
      for (const table of tables.values()) table.partitions.clear();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
