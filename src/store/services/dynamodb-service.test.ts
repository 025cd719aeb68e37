import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { sdkHarness } from '../../services/testing/sdk-harness';
import {
  appTables,
  clearTableItems,
  defineTables,
  dynamodbItemsStore,
  dynamodbService,
} from './dynamodb-service';

describe('the app’s DynamoDB', () => {
  it('answers the SDK from the tables defineTables declares, and bumps the item version', async () => {
    defineTables([
      {
        name: 'Notes',
        partitionKey: { name: 'id', type: 'S' },
        sortKey: null,
        streamViewType: null,
      },
    ]);
    const before = dynamodbItemsStore.getState().version;
    const client = new DynamoDBClient(sdkHarness(dynamodbService).config);
    await client.send(new PutItemCommand({ TableName: 'Notes', Item: { id: { S: 'n1' } } }));
    expect(appTables.items('Notes')).toEqual([{ id: { S: 'n1' } }]);
    expect(dynamodbItemsStore.getState().version).toBe(before + 1);
    expect(dynamodbItemsStore.getState().lastChange?.origin).toEqual({
      functionName: 'caller',
      requestId: '00000000-0000-4000-8000-000000000000',
    });
    clearTableItems();
    expect(appTables.itemCount('Notes')).toBe(0);
    defineTables([]);
    expect(appTables.tableNames()).toEqual([]);
  });
});
