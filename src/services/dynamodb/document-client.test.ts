import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  ConditionalCheckFailedException,
  DynamoDBServiceException,
  ResourceNotFoundException,
  TransactionCanceledException,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { dynamoDbFixture, rejection } from './testing/dynamodb-fixture';

describe('DynamoDBDocumentClient (lib-dynamodb)', () => {
  it('puts, gets, updates, queries and deletes plain JavaScript values', async () => {
    const { documents, store } = dynamoDbFixture();
    await documents.send(
      new PutCommand({
        TableName: 'Orders',
        Item: {
          customer: 'ann',
          orderId: 1,
          lines: [{ sku: 'A-1', qty: 2 }],
          tags: new Set(['gift']),
          paid: false,
          note: null,
        },
      }),
    );
    expect(store.items('Orders')[0]).toEqual({
      customer: { S: 'ann' },
      orderId: { N: '1' },
      lines: { L: [{ M: { sku: { S: 'A-1' }, qty: { N: '2' } } }] },
      tags: { SS: ['gift'] },
      paid: { BOOL: false },
      note: { NULL: true },
    });
    const got = await documents.send(
      new GetCommand({
        TableName: 'Orders',
        Key: { customer: 'ann', orderId: 1 },
        ConsistentRead: true,
      }),
    );
    expect(got.Item).toEqual({
      customer: 'ann',
      orderId: 1,
      lines: [{ sku: 'A-1', qty: 2 }],
      tags: new Set(['gift']),
      paid: false,
      note: null,
    });
    const updated = await documents.send(
      new UpdateCommand({
        TableName: 'Orders',
        Key: { customer: 'ann', orderId: 1 },
        UpdateExpression: 'SET paid = :yes, #l = list_append(#l, :more) ADD tags :t',
        ConditionExpression: 'paid = :no',
        ExpressionAttributeNames: { '#l': 'lines' },
        ExpressionAttributeValues: {
          ':yes': true,
          ':no': false,
          ':more': [{ sku: 'B-2', qty: 1 }],
          ':t': new Set(['rush']),
        },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    expect(updated.Attributes).toEqual({
      paid: true,
      lines: [
        { sku: 'A-1', qty: 2 },
        { sku: 'B-2', qty: 1 },
      ],
      tags: new Set(['gift', 'rush']),
    });
    for (const orderId of [3, 2]) {
      await documents.send(
        new PutCommand({ TableName: 'Orders', Item: { customer: 'ann', orderId } }),
      );
    }
    const queried = await documents.send(
      new QueryCommand({
        TableName: 'Orders',
        KeyConditionExpression: 'customer = :c AND orderId >= :from',
        ExpressionAttributeValues: { ':c': 'ann', ':from': 2 },
      }),
    );
    expect(queried.Items?.map((item) => item['orderId'])).toEqual([2, 3]);
    const scanned = await documents.send(new ScanCommand({ TableName: 'Orders', Select: 'COUNT' }));
    expect(scanned.Count).toBe(3);
    const deleted = await documents.send(
      new DeleteCommand({
        TableName: 'Orders',
        Key: { customer: 'ann', orderId: 1 },
        ReturnValues: 'ALL_OLD',
      }),
    );
    expect(deleted.Attributes?.['paid']).toBe(true);
    expect(store.itemCount('Orders')).toBe(2);
  });

  it('surfaces the client package’s error classes', async () => {
    const { documents } = dynamoDbFixture();
    await documents.send(new PutCommand({ TableName: 'Users', Item: { id: 'a', v: 1 } }));
    const failed = await rejection(
      documents.send(
        new PutCommand({
          TableName: 'Users',
          Item: { id: 'a', v: 2 },
          ConditionExpression: 'attribute_not_exists(id)',
        }),
      ),
    );
    expect(failed).toBeInstanceOf(ConditionalCheckFailedException);
    const missing = await rejection(
      documents.send(new GetCommand({ TableName: 'Nope', Key: { id: 'a' } })),
    );
    expect(missing).toBeInstanceOf(ResourceNotFoundException);
    const invalid = await rejection(
      documents.send(new PutCommand({ TableName: 'Users', Item: { v: 1 } })),
    );
    expect(invalid).toBeInstanceOf(DynamoDBServiceException);
    expect(invalid.name).toBe('ValidationException');
    expect(invalid.message).toBe(
      'One or more parameter values were invalid: Missing the key id in the item',
    );
  });
});

describe('BatchWriteItem and BatchGetItem', () => {
  it('writes puts and deletes, reads by keys with a projection, and bills each item on its own', async () => {
    const { client, calls, changes } = dynamoDbFixture();
    await client.send(
      new BatchWriteItemCommand({
        RequestItems: {
          Users: [
            { PutRequest: { Item: { id: { S: 'a' }, n: { N: '1' } } } },
            {
              PutRequest: { Item: { id: { S: 'b' }, n: { N: '2' }, pad: { S: 'x'.repeat(1500) } } },
            },
          ],
          Orders: [{ PutRequest: { Item: { customer: { S: 'c' }, orderId: { N: '1' } } } }],
        },
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    expect(calls[0]?.units).toEqual({ kind: 'dynamodb', readUnits: 0, writeUnits: 4 });
    const written = await client.send(
      new BatchWriteItemCommand({
        RequestItems: { Users: [{ DeleteRequest: { Key: { id: { S: 'a' } } } }] },
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    expect(written.UnprocessedItems).toEqual({});
    expect(written.ConsumedCapacity).toEqual([
      { TableName: 'Users', CapacityUnits: 1, WriteCapacityUnits: 1 },
    ]);
    expect(changes.map((change) => change.eventName)).toEqual([
      'INSERT',
      'INSERT',
      'INSERT',
      'REMOVE',
    ]);
    const read = await client.send(
      new BatchGetItemCommand({
        RequestItems: {
          Users: {
            Keys: [{ id: { S: 'a' } }, { id: { S: 'b' } }],
            ProjectionExpression: 'id, n',
            ConsistentRead: true,
          },
        },
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    expect(read.Responses).toEqual({ Users: [{ id: { S: 'b' }, n: { N: '2' } }] });
    expect(read.UnprocessedKeys).toEqual({});
    expect(read.ConsumedCapacity).toEqual([
      { TableName: 'Users', CapacityUnits: 2, ReadCapacityUnits: 2 },
    ]);
  });

  it('refuses duplicates, too many requests and unknown tables', async () => {
    const { client } = dynamoDbFixture();
    const duplicate = await rejection(
      client.send(
        new BatchWriteItemCommand({
          RequestItems: {
            Users: [
              { PutRequest: { Item: { id: { S: 'a' } } } },
              { DeleteRequest: { Key: { id: { S: 'a' } } } },
            ],
          },
        }),
      ),
    );
    expect(duplicate.message).toBe('Provided list of item keys contains duplicates');
    const tooMany = await rejection(
      client.send(
        new BatchWriteItemCommand({
          RequestItems: {
            Users: Array.from({ length: 26 }, (_, i) => ({
              PutRequest: { Item: { id: { S: `u${i}` } } },
            })),
          },
        }),
      ),
    );
    expect(tooMany.message).toBe('Too many items requested for the BatchWriteItem call');
    const tooManyKeys = await rejection(
      client.send(
        new BatchGetItemCommand({
          RequestItems: {
            Users: { Keys: Array.from({ length: 101 }, (_, i) => ({ id: { S: `u${i}` } })) },
          },
        }),
      ),
    );
    expect(tooManyKeys.message).toBe('Too many items requested for the BatchGetItem call');
    const missing = await rejection(
      client.send(
        new BatchGetItemCommand({ RequestItems: { Nope: { Keys: [{ id: { S: 'a' } }] } } }),
      ),
    );
    expect(missing).toBeInstanceOf(ResourceNotFoundException);
  });
});

describe('TransactWriteItems', () => {
  it('writes every action, billing two write units per KB', async () => {
    const { client, store, calls } = dynamoDbFixture();
    await client.send(
      new BatchWriteItemCommand({
        RequestItems: { Users: [{ PutRequest: { Item: { id: { S: 'x' }, n: { N: '1' } } } }] },
      }),
    );
    await client.send(
      new TransactWriteItemsCommand({
        TransactItems: [
          { Put: { TableName: 'Users', Item: { id: { S: 'a' } } } },
          {
            Update: {
              TableName: 'Users',
              Key: { id: { S: 'x' } },
              UpdateExpression: 'SET n = n + :one',
              ExpressionAttributeValues: { ':one': { N: '1' } },
            },
          },
          {
            ConditionCheck: {
              TableName: 'Orders',
              Key: { customer: { S: 'c' }, orderId: { N: '1' } },
              ConditionExpression: 'attribute_not_exists(customer)',
            },
          },
        ],
      }),
    );
    expect(store.items('Users')).toEqual(
      expect.arrayContaining([{ id: { S: 'a' } }, { id: { S: 'x' }, n: { N: '2' } }]),
    );
    expect(calls.at(-1)?.units).toEqual({ kind: 'dynamodb', readUnits: 0, writeUnits: 6 });
  });

  it('writes nothing when a condition fails, and names each action’s reason', async () => {
    const { client, store } = dynamoDbFixture();
    await client.send(
      new BatchWriteItemCommand({
        RequestItems: { Users: [{ PutRequest: { Item: { id: { S: 'taken' } } } }] },
      }),
    );
    const error = await rejection(
      client.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            { Put: { TableName: 'Users', Item: { id: { S: 'fresh' } } } },
            {
              Put: {
                TableName: 'Users',
                Item: { id: { S: 'taken' }, v: { S: 'new' } },
                ConditionExpression: 'attribute_not_exists(id)',
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
              },
            },
          ],
        }),
      ),
    );
    expect(error).toBeInstanceOf(TransactionCanceledException);
    expect(error.message).toBe(
      'Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]',
    );
    expect((error as TransactionCanceledException).CancellationReasons).toEqual([
      { Code: 'None' },
      {
        Code: 'ConditionalCheckFailed',
        Message: 'The conditional request failed',
        Item: { id: { S: 'taken' } },
      },
    ]);
    expect(store.items('Users')).toEqual([{ id: { S: 'taken' } }]);
  });

  it('refuses two actions on one item', async () => {
    const { client } = dynamoDbFixture();
    const error = await rejection(
      client.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            { Put: { TableName: 'Users', Item: { id: { S: 'a' } } } },
            { Delete: { TableName: 'Users', Key: { id: { S: 'a' } } } },
          ],
        }),
      ),
    );
    expect(error.message).toBe(
      'Transaction request cannot include multiple operations on one item',
    );
  });
});
