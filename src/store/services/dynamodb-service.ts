// The app's DynamoDB: one table store holding every table's items, the API a handler's SDK calls
// reach (`dynamodbService`, registered in the page's router), and what the UI and the tables'
// streams follow. The workspace owns which tables exist; `defineTables` keeps the store in step
// with it (a table that stays keeps its items).
import { createStore } from 'zustand/vanilla';
import type { ItemChange, TableDefinition } from '../../engine';
import { createDynamoDbApi, createTableStore, type ServiceHandler } from '../../services';

/** Every table's items. Its `onChange` reports each write that changed an item (stream records). */
export const appTables = createTableStore();

export const dynamodbService: ServiceHandler = createDynamoDbApi(appTables);

/**
 * Bumped on every item change and table redefinition, so a view of `appTables.items(name)` knows
 * to read again.
 */
export const dynamodbItemsStore = createStore<{ version: number; lastChange: ItemChange | null }>(
  () => ({ version: 0, lastChange: null }),
);

appTables.onChange((change) => {
  dynamodbItemsStore.setState((state) => ({ version: state.version + 1, lastChange: change }));
});

/** Syncs the tables with the workspace's table definitions. */
export function defineTables(definitions: readonly TableDefinition[]): void {
  appTables.define(definitions);
  dynamodbItemsStore.setState((state) => ({ version: state.version + 1, lastChange: null }));
}

/** Empties every table (a workspace reset); the tables themselves stay defined. */
export function clearTableItems(): void {
  appTables.clear();
  dynamodbItemsStore.setState((state) => ({ version: state.version + 1, lastChange: null }));
}
