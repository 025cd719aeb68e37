import { describe, expect, it } from 'vitest';
import type { DynamoDBStreamRecordInput } from './dynamodb-stream-event';
import {
  dynamodbStreamArn,
  dynamodbStreamEvent,
  dynamodbStreamRecord,
} from './dynamodb-stream-event';

const arn = dynamodbStreamArn('us-east-1', '123456789012', 'orders', '2026-11-27T12:00:00.000');

function input(overrides: Partial<DynamoDBStreamRecordInput> = {}): DynamoDBStreamRecordInput {
  return {
    eventID: 'c4ca4238a0b923820dcc509a6f75849b',
    change: {
      eventName: 'MODIFY',
      keys: { Id: { N: '101' } },
      oldImage: { Id: { N: '101' }, Message: { S: 'New item!' } },
      newImage: { Id: { N: '101' }, Message: { S: 'This item has changed' } },
      sizeBytes: 59,
    },
    sequenceNumber: '100000000000000000002',
    createdAtMs: Date.UTC(2026, 10, 27, 12, 0, 0, 999),
    streamViewType: 'NEW_AND_OLD_IMAGES',
    region: 'us-east-1',
    streamArn: arn,
    ...overrides,
  };
}

describe('DynamoDB Streams event', () => {
  it('names the stream by table and label', () => {
    expect(arn).toBe(
      'arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/2026-11-27T12:00:00.000',
    );
  });

  it('builds a record in the fields and order of SAM CLI’s sample', () => {
    const record = dynamodbStreamRecord(input());
    expect(JSON.stringify(record)).toBe(
      JSON.stringify({
        eventID: 'c4ca4238a0b923820dcc509a6f75849b',
        eventName: 'MODIFY',
        eventVersion: '1.1',
        eventSource: 'aws:dynamodb',
        awsRegion: 'us-east-1',
        dynamodb: {
          ApproximateCreationDateTime: Date.UTC(2026, 10, 27, 12, 0, 0) / 1000,
          Keys: { Id: { N: '101' } },
          NewImage: { Id: { N: '101' }, Message: { S: 'This item has changed' } },
          OldImage: { Id: { N: '101' }, Message: { S: 'New item!' } },
          SequenceNumber: '100000000000000000002',
          SizeBytes: 59,
          StreamViewType: 'NEW_AND_OLD_IMAGES',
        },
        eventSourceARN: arn,
      }),
    );
    expect(dynamodbStreamEvent([record])).toEqual({ Records: [record] });
  });

  it.each([
    ['KEYS_ONLY', []],
    ['NEW_IMAGE', ['NewImage']],
    ['OLD_IMAGE', ['OldImage']],
    ['NEW_AND_OLD_IMAGES', ['NewImage', 'OldImage']],
  ] as const)('carries what a %s stream shows', (view, images) => {
    const { dynamodb } = dynamodbStreamRecord(input({ streamViewType: view }));
    expect(Object.keys(dynamodb!).filter((key) => key.endsWith('Image'))).toEqual(images);
    expect(dynamodb?.Keys).toEqual({ Id: { N: '101' } });
  });

  it('leaves out the old image of an INSERT and the new image of a REMOVE', () => {
    const base = input().change;
    const inserted = dynamodbStreamRecord(
      input({ change: { ...base, eventName: 'INSERT', oldImage: null } }),
    );
    const removed = dynamodbStreamRecord(
      input({ change: { ...base, eventName: 'REMOVE', newImage: null } }),
    );
    expect(Object.keys(inserted.dynamodb!)).not.toContain('OldImage');
    expect(inserted.dynamodb?.NewImage).toEqual(base.newImage);
    expect(Object.keys(removed.dynamodb!)).not.toContain('NewImage');
    expect(removed.eventName).toBe('REMOVE');
  });
});
