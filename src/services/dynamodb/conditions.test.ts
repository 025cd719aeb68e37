import {
  ConditionalCheckFailedException,
  PutItemCommand,
  ScanCommand,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { dynamoDbFixture, rejection } from './testing/dynamodb-fixture';

const ITEM: Record<string, AttributeValue> = {
  id: { S: 'u' },
  name: { S: 'Ann Lee' },
  age: { N: '42' },
  active: { BOOL: true },
  nothing: { NULL: true },
  tags: { SS: ['admin', 'ops'] },
  scores: { NS: ['1', '2.5'] },
  bin: { B: new Uint8Array([1, 2, 3]) },
  history: { L: [{ S: 'a' }, { N: '7' }, { M: { when: { S: '2024' } } }] },
  address: { M: { city: { S: 'Oslo' }, street: { L: [{ S: 'Main St 1' }] } } },
};

/** Whether the condition holds on ITEM, judged by a conditional put on it. */
async function holds(
  condition: string,
  values?: Record<string, AttributeValue>,
  names?: Record<string, string>,
): Promise<boolean> {
  const { client } = dynamoDbFixture();
  await client.send(new PutItemCommand({ TableName: 'Users', Item: ITEM }));
  try {
    await client.send(
      new PutItemCommand({
        TableName: 'Users',
        Item: ITEM,
        ConditionExpression: condition,
        ExpressionAttributeValues: values,
        ExpressionAttributeNames: condition.includes('#n') ? { '#n': 'name', ...names } : names,
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

describe('ConditionExpression', () => {
  it.each([
    ['#n = :v', { ':v': { S: 'Ann Lee' } }, true],
    ['#n <> :v', { ':v': { S: 'Ann Lee' } }, false],
    ['age < :v', { ':v': { N: '100' } }, true],
    ['age <= :v', { ':v': { N: '42.0' } }, true],
    ['age > :v', { ':v': { N: '9' } }, true], // numerically, not as text
    ['age >= :v', { ':v': { N: '43' } }, false],
    ['#n > :v', { ':v': { S: 'Ann' } }, true],
    ['age = :v', { ':v': { S: '42' } }, false], // different types never equal
    ['age <> :v', { ':v': { S: '42' } }, true],
    ['absent = :v', { ':v': { S: 'x' } }, false],
    ['absent <> :v', { ':v': { S: 'x' } }, true],
    ['age BETWEEN :a AND :b', { ':a': { N: '40' }, ':b': { N: '42' } }, true],
    ['age BETWEEN :a AND :b', { ':a': { N: '43' }, ':b': { N: '50' } }, false],
    ['age IN (:a, :b)', { ':a': { N: '1' }, ':b': { N: '42' } }, true],
    ['#n IN (:a)', { ':a': { S: 'Bob' } }, false],
    ['attribute_exists(age) AND attribute_not_exists(absent)', undefined, true],
    [
      'attribute_exists(address.city) AND attribute_exists(history[2].#w)',
      undefined,
      true,
      { '#w': 'when' },
    ],
    ['attribute_exists(history[5])', undefined, false],
    ['attribute_type(age, :t)', { ':t': { S: 'N' } }, true],
    ['attribute_type(tags, :t)', { ':t': { S: 'SS' } }, true],
    ['attribute_type(nothing, :t)', { ':t': { S: 'NULL' } }, true],
    ['attribute_type(active, :t)', { ':t': { S: 'S' } }, false],
    ['begins_with(#n, :p)', { ':p': { S: 'Ann' } }, true],
    ['begins_with(#n, :p)', { ':p': { S: 'Lee' } }, false],
    ['begins_with(bin, :p)', { ':p': { B: new Uint8Array([1, 2]) } }, true],
    ['contains(#n, :p)', { ':p': { S: 'n L' } }, true],
    ['contains(tags, :p)', { ':p': { S: 'ops' } }, true],
    ['contains(scores, :p)', { ':p': { N: '2.50' } }, true],
    ['contains(history, :p)', { ':p': { N: '7' } }, true],
    ['contains(history, :p)', { ':p': { S: '7' } }, false],
    ['size(#n) = :v', { ':v': { N: '7' } }, true],
    ['size(tags) = :v', { ':v': { N: '2' } }, true],
    ['size(history) > :v', { ':v': { N: '2' } }, true],
    ['size(address) = :v', { ':v': { N: '2' } }, true],
    ['size(bin) = :v', { ':v': { N: '3' } }, true],
    ['size(age) = :v', { ':v': { N: '2' } }, false], // numbers have no size
    ['address.street[0] = :v', { ':v': { S: 'Main St 1' } }, true],
    ['active = :t', { ':t': { BOOL: true } }, true],
    [
      'address = :m',
      { ':m': { M: { street: { L: [{ S: 'Main St 1' }] }, city: { S: 'Oslo' } } } },
      true,
    ],
    ['tags = :s', { ':s': { SS: ['ops', 'admin'] } }, true], // sets compare without order
    ['NOT age = :v', { ':v': { N: '42' } }, false],
    [
      'age = :a OR age = :b AND #n = :n',
      { ':a': { N: '42' }, ':b': { N: '1' }, ':n': { S: 'x' } },
      true,
    ], // AND binds tighter
    [
      '(age = :a OR age = :b) AND #n = :n',
      { ':a': { N: '42' }, ':b': { N: '1' }, ':n': { S: 'x' } },
      false,
    ],
    ['NOT (attribute_exists(absent) OR age < :v)', { ':v': { N: '10' } }, true],
    ['age = :v and not active = :f', { ':v': { N: '42' }, ':f': { BOOL: false } }, true], // keywords ignore case
  ])('%s → %s', async (condition, values, expected, names?: Record<string, string>) => {
    expect(await holds(condition, values, names)).toBe(expected);
  });

  it.each([
    [
      '((age = :v))',
      { ':v': { N: '1' } },
      'Invalid ConditionExpression: The expression has redundant parentheses;',
    ],
    [
      'age = ',
      { ':v': { N: '1' } },
      'Invalid ConditionExpression: Syntax error; token: "<EOF>", near: "= "',
    ],
    [
      'age = :v :v',
      { ':v': { N: '1' } },
      'Invalid ConditionExpression: Syntax error; token: ":v", near: ":v :v"',
    ],
    [
      'attribute_exists(:v)',
      { ':v': { N: '1' } },
      'Invalid ConditionExpression: Operator or function requires a document path; operator or function: attribute_exists',
    ],
    [
      'attribute_exists(a, b)',
      undefined,
      'Invalid ConditionExpression: Incorrect number of operands for operator or function; operator or function: attribute_exists, number of operands: 2',
    ],
    [
      'attribute_type(a, :t)',
      { ':t': { S: 'STRING' } },
      'Invalid ConditionExpression: Invalid attribute type name found; type: STRING, valid types: { B,NULL,SS,BOOL,L,BS,N,NS,S,M }',
    ],
    [
      'begins_with(a, :n)',
      { ':n': { N: '1' } },
      'Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N',
    ],
    [
      'contains(#n, #n)',
      undefined,
      'Invalid ConditionExpression: The first operand must be distinct from the remaining operands for this operator or function; operator: contains, first operand: [name]',
    ],
    [
      'a BETWEEN :hi AND :lo',
      { ':hi': { N: '10' }, ':lo': { N: '1' } },
      'Invalid ConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {N:10}, upper bound operand: AttributeValue: {N:1}',
    ],
    [
      'BEGINS_WITH(a, :s)',
      { ':s': { S: 'x' } },
      'Invalid ConditionExpression: Invalid function name; function: BEGINS_WITH',
    ],
    [
      'list_append(a, :s) = :s',
      { ':s': { L: [] } },
      'Invalid ConditionExpression: The function is not allowed to be used this way in an expression; function: list_append',
    ],
    [
      'size = :v',
      { ':v': { N: '1' } },
      'Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: size',
    ],
    [
      'a = :v',
      { ':v': { SS: [] } },
      'ExpressionAttributeValues contains invalid value: One or more parameter values were invalid: An string set  may not be empty for key :v',
    ],
    [
      'a = :v',
      { v: { S: 'x' } },
      'ExpressionAttributeValues contains invalid key: Syntax error; key: "v"',
    ],
  ])('refuses %s', async (condition, values, message) => {
    const { client } = dynamoDbFixture();
    const error = await rejection(
      client.send(
        new PutItemCommand({
          TableName: 'Users',
          Item: { id: { S: 'u' } },
          ConditionExpression: condition,
          ExpressionAttributeValues: values,
          ExpressionAttributeNames: condition.includes('#n') ? { '#n': 'name' } : undefined,
        }),
      ),
    );
    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe(message);
  });

  it('refuses expression maps without an expression, and empty ones', async () => {
    const { client } = dynamoDbFixture();
    const put = (extra: object) =>
      rejection(
        client.send(new PutItemCommand({ TableName: 'Users', Item: { id: { S: 'u' } }, ...extra })),
      );
    expect((await put({ ExpressionAttributeValues: { ':v': { S: 'x' } } })).message).toBe(
      'ExpressionAttributeValues can only be specified when using expressions',
    );
    expect((await put({ ExpressionAttributeNames: { '#v': 'x' } })).message).toBe(
      'ExpressionAttributeNames can only be specified when using expressions',
    );
    expect(
      (await put({ ConditionExpression: 'attribute_exists(id)', ExpressionAttributeValues: {} }))
        .message,
    ).toBe('ExpressionAttributeValues must not be empty');
  });

  it('judges a missing item as an item without attributes', async () => {
    const { client } = dynamoDbFixture();
    await client.send(
      new PutItemCommand({
        TableName: 'Users',
        Item: { id: { S: 'new' } },
        ConditionExpression: 'attribute_not_exists(id) AND NOT begins_with(id, :x)',
        ExpressionAttributeValues: { ':x': { S: 'n' } },
      }),
    );
    const scanned = await client.send(new ScanCommand({ TableName: 'Users' }));
    expect(scanned.Items).toEqual([{ id: { S: 'new' } }]);
  });

  it('reads hostile attribute names as plain attributes', async () => {
    const { client } = dynamoDbFixture();
    await client.send(
      new PutItemCommand({
        TableName: 'Users',
        Item: { id: { S: 'u' }, ['__proto__']: { S: 'p' }, constructor: { S: 'c' } },
      }),
    );
    const result = await client.send(
      new ScanCommand({
        TableName: 'Users',
        FilterExpression: '#p = :p AND #c = :c AND attribute_not_exists(#t)',
        ExpressionAttributeNames: { '#p': '__proto__', '#c': 'constructor', '#t': 'toString' },
        ExpressionAttributeValues: { ':p': { S: 'p' }, ':c': { S: 'c' } },
      }),
    );
    expect(result.Count).toBe(1);
    expect(Object.keys(result.Items?.[0] ?? {}).sort()).toEqual(['__proto__', 'constructor', 'id']);
  });
});
