import { DescribeTableCommand, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { dynamoDbFixture, rejection } from './testing/dynamodb-fixture';

describe('createDynamoDbApi', () => {
  it('answers with a request id the SDK reports in $metadata', async () => {
    const { client } = dynamoDbFixture();
    const result = await client.send(
      new GetItemCommand({ TableName: 'Users', Key: { id: { S: 'a' } } }),
    );
    expect(result.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('says which operations it answers when asked for one it does not simulate', async () => {
    const { client, calls } = dynamoDbFixture();
    const error = await rejection(client.send(new DescribeTableCommand({ TableName: 'Users' })));
    expect(error.name).toBe('UnknownOperationException');
    expect(error.message).toContain('PutItem, GetItem, UpdateItem');
    expect(calls[0]).toMatchObject({
      operation: 'DescribeTable',
      statusCode: 400,
      errorCode: 'UnknownOperationException',
      units: { kind: 'dynamodb', readUnits: 0, writeUnits: 0 },
    });
  });
});
