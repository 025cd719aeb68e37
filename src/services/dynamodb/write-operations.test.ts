import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  DynamoDBServiceException,
  GetItemCommand,
  PutItemCommand,
  ResourceNotFoundException,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { TEST_CALLER } from '../testing/sdk-harness';
import { dynamoDbFixture, rejection } from './testing/dynamodb-fixture';

const order = (customer: string, orderId: number, extra: Record<string, { S: string }> = {}) => ({
  customer: { S: customer },
  orderId: { N: String(orderId) },
  ...extra,
});

describe('PutItem', () => {
  it('stores the item, returns the old one with ALL_OLD and reports INSERT then MODIFY', async () => {
    const { client, changes, calls } = dynamoDbFixture();
    const first = await client.send(
      new PutItemCommand({ TableName: 'Orders', Item: order('ann', 1, { state: { S: 'new' } }) }),
    );
    expect(first.Attributes).toBeUndefined();
    const second = await client.send(
      new PutItemCommand({
        TableName: 'Orders',
        Item: order('ann', 1, { state: { S: 'paid' } }),
        ReturnValues: 'ALL_OLD',
      }),
    );
    expect(second.Attributes).toEqual(order('ann', 1, { state: { S: 'new' } }));
    expect(second.$metadata.httpStatusCode).toBe(200);
    expect(changes.map((change) => change.eventName)).toEqual(['INSERT', 'MODIFY']);
    expect(changes[1]!.oldImage).toEqual(order('ann', 1, { state: { S: 'new' } }));
    expect(changes[1]!.newImage).toEqual(order('ann', 1, { state: { S: 'paid' } }));
    expect(changes[1]!.keys).toEqual({ customer: { S: 'ann' }, orderId: { N: '1' } });
    // customer(8)+ann(3) + orderId(7)+1(2) + state(5)+paid(4)
    expect(changes[1]!.sizeBytes).toBe(29);
    expect(changes[1]!.origin).toEqual({
      functionName: TEST_CALLER.functionName,
      requestId: TEST_CALLER.requestId,
    });
    expect(calls.map((call) => [call.operation, call.resource, call.statusCode])).toEqual([
      ['PutItem', 'Orders', 200],
      ['PutItem', 'Orders', 200],
    ]);
  });

  it('reports no change when the item written equals the stored one', async () => {
    const { client, changes } = dynamoDbFixture();
    await client.send(new PutItemCommand({ TableName: 'Orders', Item: order('ann', 1) }));
    await client.send(new PutItemCommand({ TableName: 'Orders', Item: order('ann', 1) }));
    expect(changes).toHaveLength(1);
  });

  it('stores numbers in canonical form', async () => {
    const { client } = dynamoDbFixture();
    await client.send(
      new PutItemCommand({
        TableName: 'Users',
        Item: { id: { S: 'u' }, a: { N: '01.500' }, b: { N: '1e3' }, c: { N: '-0.0' } },
      }),
    );
    const got = await client.send(
      new GetItemCommand({ TableName: 'Users', Key: { id: { S: 'u' } } }),
    );
    expect(got.Item).toEqual({ id: { S: 'u' }, a: { N: '1.5' }, b: { N: '1000' }, c: { N: '0' } });
  });

  it('fails a condition with ConditionalCheckFailedException, the old item when asked, and bills the write', async () => {
    const { client, calls, changes } = dynamoDbFixture();
    await client.send(new PutItemCommand({ TableName: 'Orders', Item: order('ann', 1) }));
    const error = await rejection(
      client.send(
        new PutItemCommand({
          TableName: 'Orders',
          Item: order('ann', 1, { state: { S: 'x' } }),
          ConditionExpression: 'attribute_not_exists(customer)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      ),
    );
    expect(error).toBeInstanceOf(ConditionalCheckFailedException);
    expect(error.message).toBe('The conditional request failed');
    expect((error as ConditionalCheckFailedException).Item).toEqual(order('ann', 1));
    expect((error as ConditionalCheckFailedException).$metadata.httpStatusCode).toBe(400);
    expect(calls[1]).toMatchObject({
      errorCode: 'ConditionalCheckFailedException',
      statusCode: 400,
      units: { kind: 'dynamodb', readUnits: 0, writeUnits: 1 },
    });
    expect(changes).toHaveLength(1);
  });

  it('leaves Item out of the failure without ReturnValuesOnConditionCheckFailure', async () => {
    const { client } = dynamoDbFixture();
    await client.send(new PutItemCommand({ TableName: 'Orders', Item: order('ann', 1) }));
    const error = await rejection(
      client.send(
        new PutItemCommand({
          TableName: 'Orders',
          Item: order('ann', 1),
          ConditionExpression: 'attribute_not_exists(customer)',
        }),
      ),
    );
    expect((error as ConditionalCheckFailedException).Item).toBeUndefined();
  });

  it.each([
    [
      { orderId: { N: '1' } },
      'One or more parameter values were invalid: Missing the key customer in the item',
    ],
    [
      { customer: { N: '1' }, orderId: { N: '1' } },
      'One or more parameter values were invalid: Type mismatch for key customer expected: S actual: N',
    ],
    [
      { customer: { S: '' }, orderId: { N: '1' } },
      'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: customer',
    ],
    [
      { customer: { S: 'a' }, orderId: { N: '1' }, tags: { SS: [] } },
      'One or more parameter values were invalid: An string set  may not be empty',
    ],
    [
      { customer: { S: 'a' }, orderId: { N: '1' }, tags: { SS: ['a', 'a'] } },
      'One or more parameter values were invalid: Input collection [a, a] contains duplicates.',
    ],
    [
      { customer: { S: 'a' }, orderId: { N: 'abc' } },
      'The parameter cannot be converted to a numeric value: abc',
    ],
    [
      { customer: { S: 'a' }, orderId: { N: '1'.repeat(39) } },
      'Attempting to store more than 38 significant digits in a Number',
    ],
    [
      { customer: { S: 'a' }, orderId: { N: '1e126' } },
      'Number overflow. Attempting to store a number with magnitude larger than supported range',
    ],
  ])('refuses an invalid item with ValidationException: %j', async (item, message) => {
    const { client } = dynamoDbFixture();
    const error = await rejection(
      client.send(new PutItemCommand({ TableName: 'Orders', Item: item })),
    );
    expect(error).toBeInstanceOf(DynamoDBServiceException);
    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe(message);
  });

  it('refuses an item over 400 KB, and takes one of exactly 400 KB', async () => {
    const { client } = dynamoDbFixture();
    // id(2) + u(1) + p(1) + value = 409,600 bytes
    const exact = 'x'.repeat(409_600 - 4);
    await client.send(
      new PutItemCommand({ TableName: 'Users', Item: { id: { S: 'u' }, p: { S: exact } } }),
    );
    const error = await rejection(
      client.send(
        new PutItemCommand({ TableName: 'Users', Item: { id: { S: 'u' }, p: { S: `${exact}x` } } }),
      ),
    );
    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe('Item size has exceeded the maximum allowed size');
  });

  it('answers ResourceNotFoundException for a table the workspace does not have', async () => {
    const { client, calls } = dynamoDbFixture();
    const error = await rejection(
      client.send(new PutItemCommand({ TableName: 'Missing', Item: { id: { S: 'a' } } })),
    );
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error.message).toBe('Requested resource not found');
    expect(calls[0]).toMatchObject({ resource: null, errorCode: 'ResourceNotFoundException' });
  });

  it('takes a table ARN as the table name', async () => {
    const { client, store } = dynamoDbFixture();
    await client.send(
      new PutItemCommand({
        TableName: 'arn:aws:dynamodb:us-east-1:123456789012:table/Users',
        Item: { id: { S: 'a' } },
      }),
    );
    expect(store.items('Users')).toEqual([{ id: { S: 'a' } }]);
  });

  it('refuses a table name DynamoDB would not accept', async () => {
    const { client } = dynamoDbFixture();
    const error = await rejection(
      client.send(new PutItemCommand({ TableName: 'bad table!', Item: { id: { S: 'a' } } })),
    );
    expect(error.message).toBe(
      "1 validation error detected: Value 'bad table!' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
    );
  });

  it('refuses ReturnValues other than NONE and ALL_OLD', async () => {
    const { client } = dynamoDbFixture();
    const error = await rejection(
      client.send(
        new PutItemCommand({
          TableName: 'Users',
          Item: { id: { S: 'a' } },
          ReturnValues: 'ALL_NEW',
        }),
      ),
    );
    expect(error.message).toBe('Return values set to invalid value');
  });

  it('bills 1 write unit per started KB, the larger of old and new item, and returns ConsumedCapacity', async () => {
    const { client, calls } = dynamoDbFixture();
    const big = { id: { S: 'u' }, p: { S: 'x'.repeat(2500) } };
    const first = await client.send(
      new PutItemCommand({ TableName: 'Users', Item: big, ReturnConsumedCapacity: 'TOTAL' }),
    );
    expect(first.ConsumedCapacity).toEqual({
      TableName: 'Users',
      CapacityUnits: 3,
      WriteCapacityUnits: 3,
    });
    // The new item is small, the old one 2.5 KB: the larger counts.
    const second = await client.send(
      new PutItemCommand({
        TableName: 'Users',
        Item: { id: { S: 'u' } },
        ReturnConsumedCapacity: 'INDEXES',
      }),
    );
    expect(second.ConsumedCapacity).toEqual({
      TableName: 'Users',
      CapacityUnits: 3,
      WriteCapacityUnits: 3,
      Table: { CapacityUnits: 3, WriteCapacityUnits: 3 },
    });
    expect(calls.map((call) => call.units)).toEqual([
      { kind: 'dynamodb', readUnits: 0, writeUnits: 3 },
      { kind: 'dynamodb', readUnits: 0, writeUnits: 3 },
    ]);
  });
});

describe('GetItem', () => {
  it('reads an item, projects it, and bills half a unit per 4 KB eventually consistent', async () => {
    const { client, calls } = dynamoDbFixture();
    await client.send(
      new PutItemCommand({
        TableName: 'Users',
        Item: {
          id: { S: 'u' },
          name: { S: 'Ann' },
          address: { M: { city: { S: 'Oslo' }, zip: { S: '0150' } } },
          tags: { L: [{ S: 'a' }, { S: 'b' }, { S: 'c' }] },
          big: { S: 'x'.repeat(5000) },
        },
      }),
    );
    const got = await client.send(
      new GetItemCommand({
        TableName: 'Users',
        Key: { id: { S: 'u' } },
        ProjectionExpression: '#n, address.city, tags[2], tags[0]',
        ExpressionAttributeNames: { '#n': 'name' },
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    expect(got.Item).toEqual({
      name: { S: 'Ann' },
      address: { M: { city: { S: 'Oslo' } } },
      tags: { L: [{ S: 'a' }, { S: 'c' }] },
    });
    // The whole item (over 5 KB) is read, whatever the projection keeps: 2 × 4 KB, halved.
    expect(got.ConsumedCapacity).toEqual({
      TableName: 'Users',
      CapacityUnits: 1,
      ReadCapacityUnits: 1,
    });
    const strong = await client.send(
      new GetItemCommand({ TableName: 'Users', Key: { id: { S: 'u' } }, ConsistentRead: true }),
    );
    expect(strong.Item?.['big']).toEqual({ S: 'x'.repeat(5000) });
    expect(calls[2]!.units).toEqual({ kind: 'dynamodb', readUnits: 2, writeUnits: 0 });
  });

  it('answers no Item for a missing item and still bills the minimum read', async () => {
    const { client, calls } = dynamoDbFixture();
    const got = await client.send(
      new GetItemCommand({ TableName: 'Users', Key: { id: { S: 'none' } } }),
    );
    expect(got.Item).toBeUndefined();
    expect(calls[0]!.units).toEqual({ kind: 'dynamodb', readUnits: 0.5, writeUnits: 0 });
  });

  it.each([
    [{ customer: { S: 'a' } }],
    [{ customer: { S: 'a' }, orderId: { S: '1' } }],
    [{ customer: { S: 'a' }, orderId: { N: '1' }, extra: { S: 'x' } }],
  ])('refuses a key that does not match the schema: %j', async (key) => {
    const { client } = dynamoDbFixture();
    const error = await rejection(
      client.send(new GetItemCommand({ TableName: 'Orders', Key: key })),
    );
    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe('The provided key element does not match the schema');
  });

  it('refuses an invalid projection with DynamoDB’s syntax error', async () => {
    const { client } = dynamoDbFixture();
    const error = await rejection(
      client.send(
        new GetItemCommand({
          TableName: 'Users',
          Key: { id: { S: 'a' } },
          ProjectionExpression: '!!! INVALID !!!',
        }),
      ),
    );
    expect(error.message).toBe(
      'Invalid ProjectionExpression: Syntax error; token: "!", near: "!!"',
    );
  });
});

describe('UpdateItem', () => {
  it('creates a missing item from its key and the SETs', async () => {
    const { client, changes } = dynamoDbFixture();
    const result = await client.send(
      new UpdateItemCommand({
        TableName: 'Orders',
        Key: { customer: { S: 'ann' }, orderId: { N: '7' } },
        UpdateExpression: 'SET amount = :t',
        ExpressionAttributeValues: { ':t': { N: '12.50' } },
        ReturnValues: 'ALL_NEW',
      }),
    );
    expect(result.Attributes).toEqual({
      customer: { S: 'ann' },
      orderId: { N: '7' },
      amount: { N: '12.5' },
    });
    expect(changes[0]!.eventName).toBe('INSERT');
  });

  it('answers each ReturnValues as DynamoDB does', async () => {
    const { client } = dynamoDbFixture();
    const key = { id: { S: 'u' } };
    await client.send(
      new PutItemCommand({
        TableName: 'Users',
        Item: { ...key, a: { N: '1' }, b: { S: 'keep' }, c: { S: 'gone' } },
      }),
    );
    const update = (returnValues: 'ALL_OLD' | 'ALL_NEW' | 'UPDATED_OLD' | 'UPDATED_NEW' | 'NONE') =>
      client.send(
        new UpdateItemCommand({
          TableName: 'Users',
          Key: key,
          UpdateExpression: 'SET a = a + :one REMOVE c',
          ExpressionAttributeValues: { ':one': { N: '1' } },
          ReturnValues: returnValues,
        }),
      );
    expect((await update('UPDATED_OLD')).Attributes).toEqual({ a: { N: '1' }, c: { S: 'gone' } });
    expect((await update('UPDATED_NEW')).Attributes).toEqual({ a: { N: '3' } });
    expect((await update('ALL_OLD')).Attributes).toEqual({
      ...key,
      a: { N: '3' },
      b: { S: 'keep' },
    });
    expect((await update('ALL_NEW')).Attributes).toEqual({
      ...key,
      a: { N: '5' },
      b: { S: 'keep' },
    });
    expect((await update('NONE')).Attributes).toBeUndefined();
  });

  it('applies SET, REMOVE, ADD and DELETE, with if_not_exists, list_append, arithmetic and nested paths', async () => {
    const { client } = dynamoDbFixture();
    const key = { id: { S: 'u' } };
    await client.send(
      new PutItemCommand({
        TableName: 'Users',
        Item: {
          ...key,
          price: { N: '10' },
          letters: { L: [{ S: 'a' }, { S: 'b' }, { S: 'c' }] },
          profile: { M: { city: { S: 'Oslo' }, tags: { L: [{ M: { n: { N: '1' } } }] } } },
          colors: { SS: ['red', 'blue'] },
          counts: { NS: ['1', '2'] },
          stale: { S: 'x' },
        },
      }),
    );
    const result = await client.send(
      new UpdateItemCommand({
        TableName: 'Users',
        Key: key,
        UpdateExpression:
          'SET price = price - :d, visits = if_not_exists(visits, :zero) + :one, letters = list_append(:front, letters), profile.tags[0].n = :two, profile.country = :no, #c = if_not_exists(price, :zero) REMOVE stale, profile.absent[3] ADD counts :three, score :one DELETE colors :red',
        ExpressionAttributeNames: { '#c': 'copy' },
        ExpressionAttributeValues: {
          ':d': { N: '2.5' },
          ':zero': { N: '0' },
          ':one': { N: '1' },
          ':two': { N: '2' },
          ':three': { NS: ['3', '1'] },
          ':front': { L: [{ S: 'z' }] },
          ':no': { S: 'NO' },
          ':red': { SS: ['red'] },
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    expect(result.Attributes).toEqual({
      ...key,
      price: { N: '7.5' },
      visits: { N: '1' },
      letters: { L: [{ S: 'z' }, { S: 'a' }, { S: 'b' }, { S: 'c' }] },
      profile: {
        M: { city: { S: 'Oslo' }, tags: { L: [{ M: { n: { N: '2' } } }] }, country: { S: 'NO' } },
      },
      colors: { SS: ['blue'] },
      counts: { NS: ['1', '2', '3'] },
      score: { N: '1' },
      copy: { N: '10' },
    });
  });

  it('removes list elements by their indexes before the update, and drops a set DELETE empties', async () => {
    const { client } = dynamoDbFixture();
    const key = { id: { S: 'u' } };
    await client.send(
      new PutItemCommand({
        TableName: 'Users',
        Item: {
          ...key,
          letters: { L: [{ S: 'a' }, { S: 'b' }, { S: 'c' }, { S: 'd' }] },
          s: { SS: ['x'] },
        },
      }),
    );
    const result = await client.send(
      new UpdateItemCommand({
        TableName: 'Users',
        Key: key,
        UpdateExpression: 'REMOVE letters[0], letters[2] DELETE s :x',
        ExpressionAttributeValues: { ':x': { SS: ['x'] } },
        ReturnValues: 'ALL_NEW',
      }),
    );
    expect(result.Attributes).toEqual({ ...key, letters: { L: [{ S: 'b' }, { S: 'd' }] } });
  });

  it('computes exact decimal arithmetic', async () => {
    const { client } = dynamoDbFixture();
    const result = await client.send(
      new UpdateItemCommand({
        TableName: 'Users',
        Key: { id: { S: 'u' } },
        UpdateExpression: 'SET n = :a + :b ADD m :c',
        ExpressionAttributeValues: { ':a': { N: '0.1' }, ':b': { N: '0.2' }, ':c': { N: '-3' } },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    expect(result.Attributes).toEqual({ n: { N: '0.3' }, m: { N: '-3' } });
  });

  it.each([
    [
      'SET customer = :v',
      { ':v': { S: 'x' } },
      'One or more parameter values were invalid: Cannot update attribute customer. This attribute is part of the key',
    ],
    [
      'INVALID SYNTAX HERE',
      { ':v': { S: 'x' } },
      'Invalid UpdateExpression: Syntax error; token: "INVALID", near: "INVALID SYNTAX"',
    ],
    [
      'ADD hits : incr',
      { ':incr': { N: '1' } },
      'Invalid UpdateExpression: Syntax error; token: ":", near: "hits : incr"',
    ],
    [
      'SET a = :v',
      undefined,
      'Invalid UpdateExpression: An expression attribute value used in expression is not defined; attribute value: :v',
    ],
    [
      'SET a = :v',
      { ':v': { S: 'x' }, ':unused': { S: 'y' } },
      'Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}',
    ],
    [
      'SET #missing = :v',
      { ':v': { S: 'x' } },
      'Invalid UpdateExpression: An expression attribute name used in the document path is not defined; attribute name: #missing',
    ],
    [
      'SET status = :v',
      { ':v': { S: 'x' } },
      'Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: status',
    ],
    ['', undefined, 'Invalid UpdateExpression: The expression can not be empty;'],
    [
      'SET a = :v SET b = :v',
      { ':v': { S: 'x' } },
      'Invalid UpdateExpression: The "SET" section can only be used once in an update expression;',
    ],
    [
      'SET a = :v, a.b = :v',
      { ':v': { S: 'x' } },
      'Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]',
    ],
    [
      'ADD a :v',
      { ':v': { S: 'x' } },
      'Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, operand type: STRING',
    ],
    [
      'DELETE a :v',
      { ':v': { N: '1' } },
      'Invalid UpdateExpression: Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER',
    ],
    [
      'SET a = list_append(a, :v)',
      { ':v': { S: 'x' } },
      'Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: list_append, operand type: S',
    ],
    [
      'SET a = a + :v',
      { ':v': { S: 'x' } },
      'Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: +, operand type: S',
    ],
    [
      'SET a = nope(a)',
      undefined,
      'Invalid UpdateExpression: Invalid function name; function: nope',
    ],
    [
      'SET a = size(b)',
      undefined,
      'Invalid UpdateExpression: The function is not allowed to be used this way in an expression; function: size',
    ],
    [
      'SET a = absent + :v',
      { ':v': { N: '1' } },
      'Invalid UpdateExpression: The provided expression refers to an attribute that does not exist in the item',
    ],
    [
      'SET nested.deep = :v',
      { ':v': { N: '1' } },
      'The document path provided in the update expression is invalid for update',
    ],
  ])('refuses %j', async (expression, values, message) => {
    const { client } = dynamoDbFixture();
    const error = await rejection(
      client.send(
        new UpdateItemCommand({
          TableName: 'Orders',
          Key: { customer: { S: 'ann' }, orderId: { N: '1' } },
          UpdateExpression: expression,
          ExpressionAttributeValues: values,
        }),
      ),
    );
    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe(message);
  });

  it('fails a runtime type mismatch without changing the item', async () => {
    const { client, store } = dynamoDbFixture();
    await client.send(
      new PutItemCommand({ TableName: 'Users', Item: { id: { S: 'u' }, a: { S: 'text' } } }),
    );
    const error = await rejection(
      client.send(
        new UpdateItemCommand({
          TableName: 'Users',
          Key: { id: { S: 'u' } },
          UpdateExpression: 'ADD a :one',
          ExpressionAttributeValues: { ':one': { N: '1' } },
        }),
      ),
    );
    expect(error.message).toBe(
      'Invalid UpdateExpression: An operand in the update expression has an incorrect data type',
    );
    expect(store.items('Users')).toEqual([{ id: { S: 'u' }, a: { S: 'text' } }]);
  });

  it('checks the condition against the item before the update', async () => {
    const { client } = dynamoDbFixture();
    await client.send(
      new PutItemCommand({ TableName: 'Users', Item: { id: { S: 'u' }, v: { N: '1' } } }),
    );
    const update = (expected: string) =>
      client.send(
        new UpdateItemCommand({
          TableName: 'Users',
          Key: { id: { S: 'u' } },
          UpdateExpression: 'SET v = v + :one',
          ConditionExpression: 'v = :expected',
          ExpressionAttributeValues: { ':one': { N: '1' }, ':expected': { N: expected } },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
    expect((await update('1')).Attributes).toEqual({ v: { N: '2' } });
    expect(await rejection(update('1'))).toBeInstanceOf(ConditionalCheckFailedException);
  });

  it('refuses an update that grows the item past 400 KB with the update wording', async () => {
    const { client } = dynamoDbFixture();
    const error = await rejection(
      client.send(
        new UpdateItemCommand({
          TableName: 'Users',
          Key: { id: { S: 'u' } },
          UpdateExpression: 'SET p = :p',
          ExpressionAttributeValues: { ':p': { S: 'x'.repeat(409_600) } },
        }),
      ),
    );
    expect(error.message).toBe('Item size to update has exceeded the maximum allowed size');
  });
});

describe('DeleteItem', () => {
  it('deletes, returns ALL_OLD, reports REMOVE, and reports nothing for a missing item', async () => {
    const { client, changes, calls } = dynamoDbFixture();
    await client.send(
      new PutItemCommand({
        TableName: 'Users',
        Item: { id: { S: 'u' }, a: { S: 'x'.repeat(1500) } },
      }),
    );
    const deleted = await client.send(
      new DeleteItemCommand({
        TableName: 'Users',
        Key: { id: { S: 'u' } },
        ReturnValues: 'ALL_OLD',
      }),
    );
    expect(deleted.Attributes).toEqual({ id: { S: 'u' }, a: { S: 'x'.repeat(1500) } });
    await client.send(new DeleteItemCommand({ TableName: 'Users', Key: { id: { S: 'u' } } }));
    expect(changes.map((change) => [change.eventName, change.newImage])).toEqual([
      ['INSERT', { id: { S: 'u' }, a: { S: 'x'.repeat(1500) } }],
      ['REMOVE', null],
    ]);
    // The deleted item's size bills the delete (2 KB); deleting nothing still costs 1.
    expect(calls.slice(1).map((call) => call.units)).toEqual([
      { kind: 'dynamodb', readUnits: 0, writeUnits: 2 },
      { kind: 'dynamodb', readUnits: 0, writeUnits: 1 },
    ]);
  });

  it('keeps the item when the condition fails', async () => {
    const { client, store } = dynamoDbFixture();
    await client.send(
      new PutItemCommand({ TableName: 'Users', Item: { id: { S: 'u' }, v: { S: 'keep' } } }),
    );
    const error = await rejection(
      client.send(
        new DeleteItemCommand({
          TableName: 'Users',
          Key: { id: { S: 'u' } },
          ConditionExpression: 'v = :v',
          ExpressionAttributeValues: { ':v': { S: 'other' } },
        }),
      ),
    );
    expect(error).toBeInstanceOf(ConditionalCheckFailedException);
    expect(store.itemCount('Users')).toBe(1);
  });
});
