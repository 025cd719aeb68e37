import {
  BatchWriteItemCommand,
  DynamoDBServiceException,
  QueryCommand,
  ScanCommand,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import type { TableDefinition } from '../../engine';
import { dynamoDbFixture, ORDERS, rejection } from './testing/dynamodb-fixture';

async function seedOrders(client: ReturnType<typeof dynamoDbFixture>['client']) {
  const items: Record<string, AttributeValue>[] = [];
  for (const [customer, ids] of [
    ['ann', [1, 2, 3, 10, 20]],
    ['bob', [5]],
  ] as const) {
    for (const id of ids) {
      items.push({
        customer: { S: customer },
        orderId: { N: String(id) },
        state: { S: id % 2 === 0 ? 'paid' : 'open' },
      });
    }
  }
  await client.send(
    new BatchWriteItemCommand({
      RequestItems: { Orders: items.map((Item) => ({ PutRequest: { Item } })) },
    }),
  );
}

const ids = (items: Record<string, AttributeValue>[] | undefined) =>
  (items ?? []).map((item) => item['orderId']?.N);

describe('Query', () => {
  it('returns one partition by ascending sort key (numbers by value), or descending', async () => {
    const { client } = dynamoDbFixture();
    await seedOrders(client);
    const query = (forward: boolean) =>
      client.send(
        new QueryCommand({
          TableName: 'Orders',
          KeyConditionExpression: 'customer = :c',
          ExpressionAttributeValues: { ':c': { S: 'ann' } },
          ScanIndexForward: forward,
        }),
      );
    const up = await query(true);
    expect(ids(up.Items)).toEqual(['1', '2', '3', '10', '20']);
    expect(up.Count).toBe(5);
    expect(up.ScannedCount).toBe(5);
    expect(up.LastEvaluatedKey).toBeUndefined();
    expect(ids((await query(false)).Items)).toEqual(['20', '10', '3', '2', '1']);
  });

  it.each([
    ['orderId = :a', { ':a': { N: '3' } }, ['3']],
    ['orderId < :a', { ':a': { N: '3' } }, ['1', '2']],
    ['orderId <= :a', { ':a': { N: '3' } }, ['1', '2', '3']],
    ['orderId > :a', { ':a': { N: '3' } }, ['10', '20']],
    ['orderId >= :a', { ':a': { N: '3' } }, ['3', '10', '20']],
    ['orderId BETWEEN :a AND :b', { ':a': { N: '2' }, ':b': { N: '10' } }, ['2', '3', '10']],
  ])('applies the sort key condition %s', async (condition, values, expected) => {
    const { client } = dynamoDbFixture();
    await seedOrders(client);
    const result = await client.send(
      new QueryCommand({
        TableName: 'Orders',
        KeyConditionExpression: `customer = :c AND ${condition}`,
        ExpressionAttributeValues: { ':c': { S: 'ann' }, ...values },
      }),
    );
    expect(ids(result.Items)).toEqual(expected);
  });

  it('orders strings by their UTF-8 bytes and applies begins_with', async () => {
    const table: TableDefinition = {
      name: 'Words',
      partitionKey: { name: 'p', type: 'S' },
      sortKey: { name: 's', type: 'S' },
      streamViewType: null,
    };
    const { client } = dynamoDbFixture([table]);
    // UTF-8 order: uppercase before lowercase; U+FF21 (3 bytes) before U+1F600 (4 bytes), though
    // its UTF-16 code unit (0xFF21) sorts after the emoji's surrogate (0xD83D).
    const words = ['b', 'a', 'B', 'ab', 'a\u{1F600}', 'a\uFF21', 'aa'];
    await client.send(
      new BatchWriteItemCommand({
        RequestItems: {
          Words: words.map((s) => ({ PutRequest: { Item: { p: { S: 'x' }, s: { S: s } } } })),
        },
      }),
    );
    const all = await client.send(
      new QueryCommand({
        TableName: 'Words',
        KeyConditionExpression: 'p = :p',
        ExpressionAttributeValues: { ':p': { S: 'x' } },
      }),
    );
    expect(all.Items?.map((item) => item['s']?.S)).toEqual([
      'B',
      'a',
      'aa',
      'ab',
      'a\uFF21',
      'a\u{1F600}',
      'b',
    ]);
    const prefixed = await client.send(
      new QueryCommand({
        TableName: 'Words',
        KeyConditionExpression: 'begins_with(s, :prefix) AND p = :p',
        ExpressionAttributeValues: { ':p': { S: 'x' }, ':prefix': { S: 'a' } },
      }),
    );
    expect(prefixed.Items?.map((item) => item['s']?.S)).toEqual([
      'a',
      'aa',
      'ab',
      'a\uFF21',
      'a\u{1F600}',
    ]);
  });

  it('orders binary sort keys as unsigned bytes', async () => {
    const table: TableDefinition = {
      name: 'Blobs',
      partitionKey: { name: 'p', type: 'S' },
      sortKey: { name: 'b', type: 'B' },
      streamViewType: null,
    };
    const { client } = dynamoDbFixture([table]);
    for (const bytes of [[0xff], [0x01, 0x02], [0x01], [0x80]]) {
      await client.send(
        new BatchWriteItemCommand({
          RequestItems: {
            Blobs: [{ PutRequest: { Item: { p: { S: 'x' }, b: { B: new Uint8Array(bytes) } } } }],
          },
        }),
      );
    }
    const result = await client.send(
      new QueryCommand({
        TableName: 'Blobs',
        KeyConditionExpression: 'p = :p',
        ExpressionAttributeValues: { ':p': { S: 'x' } },
      }),
    );
    expect(result.Items?.map((item) => Array.from(item['b']?.B ?? []))).toEqual([
      [0x01],
      [0x01, 0x02],
      [0x80],
      [0xff],
    ]);
  });

  it('pages with Limit: LastEvaluatedKey, ExclusiveStartKey, both directions', async () => {
    const { client } = dynamoDbFixture();
    await seedOrders(client);
    const pages = async (forward: boolean) => {
      const seen: (string | undefined)[][] = [];
      let start: Record<string, AttributeValue> | undefined;
      do {
        const page = await client.send(
          new QueryCommand({
            TableName: 'Orders',
            KeyConditionExpression: 'customer = :c',
            ExpressionAttributeValues: { ':c': { S: 'ann' } },
            Limit: 2,
            ExclusiveStartKey: start,
            ScanIndexForward: forward,
          }),
        );
        seen.push(ids(page.Items));
        start = page.LastEvaluatedKey;
      } while (start !== undefined);
      return seen;
    };
    expect(await pages(true)).toEqual([['1', '2'], ['3', '10'], ['20']]);
    expect(await pages(false)).toEqual([['20', '10'], ['3', '2'], ['1']]);
  });

  it('reads up to Limit before filtering: Count, ScannedCount and billing count what was read', async () => {
    const { client, calls } = dynamoDbFixture();
    await seedOrders(client);
    const result = await client.send(
      new QueryCommand({
        TableName: 'Orders',
        KeyConditionExpression: 'customer = :c',
        FilterExpression: '#s = :paid',
        ExpressionAttributeNames: { '#s': 'state' },
        ExpressionAttributeValues: { ':c': { S: 'ann' }, ':paid': { S: 'paid' } },
        Limit: 3,
        ConsistentRead: true,
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    expect(ids(result.Items)).toEqual(['2']);
    expect(result.Count).toBe(1);
    expect(result.ScannedCount).toBe(3);
    expect(result.LastEvaluatedKey).toEqual({ customer: { S: 'ann' }, orderId: { N: '3' } });
    expect(result.ConsumedCapacity).toEqual({
      TableName: 'Orders',
      CapacityUnits: 1,
      ReadCapacityUnits: 1,
    });
    expect(calls.at(-1)?.units).toEqual({ kind: 'dynamodb', readUnits: 1, writeUnits: 0 });
  });

  it('answers only the count with Select COUNT, and projects with ProjectionExpression', async () => {
    const { client } = dynamoDbFixture();
    await seedOrders(client);
    const count = await client.send(
      new QueryCommand({
        TableName: 'Orders',
        KeyConditionExpression: 'customer = :c',
        ExpressionAttributeValues: { ':c': { S: 'ann' } },
        Select: 'COUNT',
      }),
    );
    expect(count.Items).toBeUndefined();
    expect(count.Count).toBe(5);
    const projected = await client.send(
      new QueryCommand({
        TableName: 'Orders',
        KeyConditionExpression: 'customer = :c AND orderId = :one',
        ExpressionAttributeValues: { ':c': { S: 'ann' }, ':one': { N: '1' } },
        ProjectionExpression: '#s',
        ExpressionAttributeNames: { '#s': 'state' },
      }),
    );
    expect(projected.Items).toEqual([{ state: { S: 'open' } }]);
  });

  it('bills the total size read, rounded up to 4 KB once, halved when eventually consistent', async () => {
    const { client, calls } = dynamoDbFixture();
    const items = [1, 2, 3].map((id) => ({
      customer: { S: 'big' },
      orderId: { N: String(id) },
      pad: { S: 'x'.repeat(3000) },
    }));
    await client.send(
      new BatchWriteItemCommand({
        RequestItems: { Orders: items.map((Item) => ({ PutRequest: { Item } })) },
      }),
    );
    await client.send(
      new QueryCommand({
        TableName: 'Orders',
        KeyConditionExpression: 'customer = :c',
        ExpressionAttributeValues: { ':c': { S: 'big' } },
      }),
    );
    // About 9 KB read: 3 × 4 KB units, halved.
    expect(calls.at(-1)?.units).toEqual({ kind: 'dynamodb', readUnits: 1.5, writeUnits: 0 });
  });

  it.each([
    [
      { KeyConditionExpression: 'orderId = :v', ExpressionAttributeValues: { ':v': { N: '1' } } },
      'Query condition missed key schema element: customer',
    ],
    [
      {
        KeyConditionExpression: 'customer = :v OR orderId = :n',
        ExpressionAttributeValues: { ':v': { S: 'a' }, ':n': { N: '1' } },
      },
      'Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: OR',
    ],
    [
      {
        KeyConditionExpression: 'customer = :v AND orderId > :n AND orderId < :n',
        ExpressionAttributeValues: { ':v': { S: 'a' }, ':n': { N: '1' } },
      },
      'KeyConditionExpressions must only contain one condition per key',
    ],
    [
      { KeyConditionExpression: 'customer = :v', ExpressionAttributeValues: { ':v': { N: '1' } } },
      'One or more parameter values were invalid: Condition parameter type does not match schema type',
    ],
    [
      { KeyConditionExpression: 'customer > :v', ExpressionAttributeValues: { ':v': { S: 'a' } } },
      'Query key condition not supported',
    ],
    [
      { KeyConditionExpression: '', ExpressionAttributeValues: { ':v': { S: 'a' } } },
      'Invalid KeyConditionExpression: The expression can not be empty;',
    ],
    [
      { ExpressionAttributeValues: { ':v': { S: 'a' } } },
      'Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.',
    ],
    [
      {
        KeyConditionExpression: 'customer = :v',
        ExpressionAttributeValues: { ':v': { S: 'a' } },
        Limit: 0,
      },
      "1 validation error detected: Value at 'Limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
    ],
    [
      {
        KeyConditionExpression: 'customer = :v',
        ExpressionAttributeValues: { ':v': { S: 'a' } },
        ExpressionAttributeNames: { '#unused': 'x' },
      },
      'Value provided in ExpressionAttributeNames unused in expressions: keys: {#unused}',
    ],
    [
      {
        KeyConditionExpression: 'customer = :v',
        FilterExpression: '#missing = :v',
        ExpressionAttributeValues: { ':v': { S: 'a' } },
      },
      'Invalid FilterExpression: An expression attribute name used in the document path is not defined; attribute name: #missing',
    ],
    [
      {
        KeyConditionExpression: 'customer = :v',
        ExpressionAttributeValues: { ':v': { S: 'a' } },
        IndexName: 'byState',
      },
      'The table does not have the specified index: byState',
    ],
    [
      {
        KeyConditionExpression: 'customer = :v',
        ExpressionAttributeValues: { ':v': { S: 'a' } },
        ExclusiveStartKey: { customer: { S: 'a' } },
      },
      'The provided starting key is invalid: The provided key element does not match the schema',
    ],
  ])('refuses %j', async (params, message) => {
    const { client } = dynamoDbFixture();
    const error = await rejection(
      client.send(new QueryCommand({ TableName: 'Orders', ...params })),
    );
    expect(error).toBeInstanceOf(DynamoDBServiceException);
    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe(message);
  });
});

describe('Scan', () => {
  it('visits every item, partitions in hash order and each by sort key, filtered and paged', async () => {
    const { client, store } = dynamoDbFixture();
    await seedOrders(client);
    const all = await client.send(new ScanCommand({ TableName: 'Orders' }));
    expect(all.Count).toBe(6);
    expect(all.Items).toEqual(store.items('Orders'));
    const annIds = (all.Items ?? [])
      .filter((item) => item['customer']?.S === 'ann')
      .map((item) => item['orderId']?.N);
    expect(annIds).toEqual(['1', '2', '3', '10', '20']);

    const seen: Record<string, AttributeValue>[] = [];
    let start: Record<string, AttributeValue> | undefined;
    let pages = 0;
    do {
      const page = await client.send(
        new ScanCommand({
          TableName: 'Orders',
          Limit: 4,
          ExclusiveStartKey: start,
          FilterExpression: '#s = :open',
          ExpressionAttributeNames: { '#s': 'state' },
          ExpressionAttributeValues: { ':open': { S: 'open' } },
        }),
      );
      seen.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
      pages += 1;
    } while (start !== undefined);
    expect(pages).toBe(2);
    expect(seen.map((item) => `${item['customer']?.S}#${item['orderId']?.N}`).sort()).toEqual([
      'ann#1',
      'ann#3',
      'bob#5',
    ]);
  });

  it('splits the table between parallel scan segments', async () => {
    const { client } = dynamoDbFixture();
    await seedOrders(client);
    const segment = (n: number) =>
      client.send(new ScanCommand({ TableName: 'Orders', Segment: n, TotalSegments: 2 }));
    const [first, second] = await Promise.all([segment(0), segment(1)]);
    expect((first.Count ?? 0) + (second.Count ?? 0)).toBe(6);
    const error = await rejection(
      client.send(new ScanCommand({ TableName: 'Orders', Segment: 2, TotalSegments: 2 })),
    );
    expect(error.message).toBe(
      'The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: 2 is not less than TotalSegments: 2',
    );
  });

  it('refuses a reserved word in a FilterExpression', async () => {
    const { client } = dynamoDbFixture();
    const error = await rejection(
      client.send(
        new ScanCommand({
          TableName: ORDERS.name,
          FilterExpression: 'status = :v',
          ExpressionAttributeValues: { ':v': { S: 'a' } },
        }),
      ),
    );
    expect(error.message).toBe(
      'Invalid FilterExpression: Attribute name is a reserved keyword; reserved keyword: status',
    );
  });
});
