// The DynamoDB tab's side of the store: keeps the platform's tables and stream mappings in step
// with the workspace, and reaches the app's table store (items) through a port the app connects.
import { createStore } from 'zustand/vanilla';
import type { Item, TableDefinition } from '../../../engine';
import { readyToRun } from '../../platform/deploy';
import { world } from '../../platform/platform-world';
import type { TableDraft } from '../../../workspace/model';
import { workspaceStore } from '../../workspace/workspace-store';
import { createTablesReconciler } from './tables-sync';

/**
 * What the tab needs of the app's table store, where the items live: the app connects it with
 * `connectTableStore`. Until then, tables show no items and writes are refused with a reason.
 */
export interface TableItemsPort {
  /** The tables that exist, with their keys and streams, as the workspace defines them. */
  defineTables(definitions: readonly TableDefinition[]): void;
  /**
   * The table's items, in the order a Scan returns them: the same array until the table changes
   * (the tab reads it with useSyncExternalStore, which compares by identity).
   */
  items(tableName: string): readonly Item[];
  /** Called after any change to any table's items, so the tab re-reads; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** PutItem; resolves to null, or DynamoDB's error message. */
  putItem(tableName: string, item: Item): Promise<string | null>;
  /** DeleteItem by key; resolves to null, or DynamoDB's error message. */
  deleteItem(tableName: string, key: Item): Promise<string | null>;
}

const NOT_CONNECTED = 'The table store is not connected yet.';

const NO_ITEMS: readonly Item[] = Object.freeze([]);

const unconnected: TableItemsPort = {
  defineTables: () => undefined,
  items: () => NO_ITEMS,
  subscribe: () => () => undefined,
  putItem: () => Promise.resolve(NOT_CONNECTED),
  deleteItem: () => Promise.resolve(NOT_CONNECTED),
};

export interface TablesState {
  /** Why a draft is not on the platform: `table:<id>` or `mapping:<tableId>:<functionId>`. */
  problems: ReadonlyMap<string, string>;
  port: TableItemsPort;
}

export const tablesStore = createStore<TablesState>()(() => ({
  problems: new Map(),
  port: unconnected,
}));

const reconciler = createTablesReconciler(
  () => world().platform,
  readyToRun,
  (definitions) => tablesStore.getState().port.defineTables(definitions),
);

async function applyLatest(): Promise<void> {
  const problems = await reconciler.apply(workspaceStore.getState().tables ?? []);
  tablesStore.setState({ problems });
}

let chain: Promise<void> = Promise.resolve();

/** Brings the platform and the table store in line with the workspace's tables, one run at a time. */
export function applyTables(): Promise<void> {
  chain = chain.then(applyLatest, applyLatest);
  return chain;
}

/** After a reset: the mappings are made afresh (the tables' streams keep their records). */
export function reapplyTables(): Promise<void> {
  const takeDown = () => reconciler.takeDown();
  chain = chain.then(takeDown, takeDown);
  return applyTables();
}

/** Connects the app's table store; the tables are defined in it at once. */
export function connectTableStore(port: TableItemsPort): void {
  tablesStore.setState({ port });
  void applyTables();
}

/** Applies the tables now and after every change to them; returns the function that stops. */
export function watchTables(): () => void {
  void applyTables();
  return workspaceStore.subscribe((state, previous) => {
    if (state.tables !== previous.tables) void applyTables();
  });
}

export function setTables(tables: TableDraft[]): void {
  workspaceStore.setState({ tables });
}
