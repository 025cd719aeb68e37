// The app's DynamoDB: one table store holding every table's items, the API a handler's SDK calls
// reach (`dynamodbService`, registered in the page's router), and what the UI and the tables'
// streams follow. The workspace owns which tables exist; `defineTables` keeps the store in step
// with it (a table that stays keeps its items).
import { createStore } from 'zustand/vanilla';
import { REGION } from '../../engine';
import type { Item, ItemChange, TableDefinition } from '../../engine';
import { world } from '../platform/platform-world';
import type { TableItemsPort } from '../sources/dynamodb/tables-actions';
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

/** Each table's items as the DynamoDB tab reads them: one array per table until it changes. */
const itemViews = new Map<string, { version: number; items: readonly Item[] }>();

function itemsOf(tableName: string): readonly Item[] {
  const { version } = dynamodbItemsStore.getState();
  const view = itemViews.get(tableName);
  if (view?.version === version) return view.items;
  const items = appTables.items(tableName);
  itemViews.set(tableName, { version, items });
  return items;
}

/** The learner's own write from the DynamoDB tab: the same API a handler's SDK call reaches. */
async function writeFromTab(
  operation: 'PutItem' | 'DeleteItem',
  body: Record<string, unknown>,
): Promise<string | null> {
  const answer = await dynamodbService(
    {
      method: 'POST',
      hostname: `dynamodb.${REGION}.amazonaws.com`,
      path: '/',
      query: new Map(),
      headers: new Map([
        ['content-type', 'application/x-amz-json-1.0'],
        ['x-amz-target', `DynamoDB_20120810.${operation}`],
      ]),
      body: new TextEncoder().encode(JSON.stringify(body)),
    },
    { functionName: '', requestId: '', region: REGION },
  );
  if (answer.response.statusCode === 200) return null;
  const error = JSON.parse(new TextDecoder().decode(answer.response.body)) as {
    message?: string;
    Message?: string;
  };
  return error.message ?? error.Message ?? `${answer.record.errorCode ?? 'Error'}`;
}

/** What the DynamoDB tab and the tables' sync need of the table store. */
export const tableItemsPort: TableItemsPort = {
  defineTables,
  items: itemsOf,
  subscribe: (listener) => dynamodbItemsStore.subscribe(listener),
  putItem: (tableName, item) => writeFromTab('PutItem', { TableName: tableName, Item: item }),
  deleteItem: (tableName, key) => writeFromTab('DeleteItem', { TableName: tableName, Key: key }),
};

/** Every item change a table's stream records: the platform's stream mappings read them. */
export function watchTableStreams(): () => void {
  return appTables.onChange((change) => {
    world().platform.putStreamRecords(change.tableName, [change]);
  });
}
