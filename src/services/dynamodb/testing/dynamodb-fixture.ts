// A table store and the real DynamoDB clients (low-level and DocumentClient) talking to it through
// the SDK harness, for the API's tests.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ItemChange, TableDefinition } from '../../../engine';
import { sdkHarness, TEST_CALLER } from '../../testing/sdk-harness';
import { createDynamoDbApi } from '../dynamodb-api';
import { createTableStore } from '../table-store';

/** `Orders`: partition key `customer` (S), sort key `orderId` (N). */
export const ORDERS: TableDefinition = {
  name: 'Orders',
  partitionKey: { name: 'customer', type: 'S' },
  sortKey: { name: 'orderId', type: 'N' },
  streamViewType: 'NEW_AND_OLD_IMAGES',
};

/** `Users`: partition key `id` (S) only. */
export const USERS: TableDefinition = {
  name: 'Users',
  partitionKey: { name: 'id', type: 'S' },
  sortKey: null,
  streamViewType: null,
};

export function dynamoDbFixture(tables: TableDefinition[] = [ORDERS, USERS]) {
  const store = createTableStore();
  store.define(tables);
  const changes: ItemChange[] = [];
  store.onChange((change) => changes.push(change));
  const harness = sdkHarness(createDynamoDbApi(store), TEST_CALLER);
  const client = new DynamoDBClient(harness.config);
  const documents = DynamoDBDocumentClient.from(client);
  return { store, changes, calls: harness.calls, client, documents };
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`rejected with a non-Error: ${String(error)}`, { cause: error });
  }
  throw new Error('expected the call to fail, and it succeeded');
}
