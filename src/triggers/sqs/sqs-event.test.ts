import { describe, expect, it } from 'vitest';
import { sqsEvent, sqsRecord } from './sqs-event';

const MESSAGE = {
  messageId: '19dd0b57-b21e-4ac1-bd88-01bbb068cb78',
  receiptHandle: 'MessageReceiptHandle',
  body: '4092601503',
  queueArn: 'arn:aws:sqs:ap-south-1:123456789012:orders',
  receiveCount: 1,
  sentTimestampMs: 1708607380568,
  firstReceiveTimestampMs: 1708607390568,
  senderId: 'AIDAUMNRAJUWYT2IEUFQS',
};

describe('sqsRecord', () => {
  it('writes the record as Lambda receives it, digests computed like SQS', () => {
    const record = sqsRecord({
      ...MESSAGE,
      attributes: { PoNumber: { dataType: 'String', stringValue: '4092601503' } },
    });
    expect(record).toMatchInlineSnapshot(`
      {
        "attributes": {
          "ApproximateFirstReceiveTimestamp": "1708607390568",
          "ApproximateReceiveCount": "1",
          "SenderId": "AIDAUMNRAJUWYT2IEUFQS",
          "SentTimestamp": "1708607380568",
        },
        "awsRegion": "ap-south-1",
        "body": "4092601503",
        "eventSource": "aws:sqs",
        "eventSourceARN": "arn:aws:sqs:ap-south-1:123456789012:orders",
        "md5OfBody": "80fecc68995e2bfd5e536c66c87191ec",
        "md5OfMessageAttributes": "74ae8878e6b9c0579d4731f2c7dd4fde",
        "messageAttributes": {
          "PoNumber": {
            "binaryListValues": [],
            "dataType": "String",
            "stringListValues": [],
            "stringValue": "4092601503",
          },
        },
        "messageId": "19dd0b57-b21e-4ac1-bd88-01bbb068cb78",
        "receiptHandle": "MessageReceiptHandle",
      }
    `);
  });

  it('adds the FIFO attributes in place and leaves md5OfMessageAttributes out without attributes', () => {
    const record = sqsRecord({
      ...MESSAGE,
      receiveCount: 3,
      fifo: {
        sequenceNumber: '18861932767920112128',
        messageGroupId: 'g1',
        messageDeduplicationId: 'd1',
      },
    });
    expect(Object.entries(record.attributes)).toEqual([
      ['ApproximateReceiveCount', '3'],
      ['SentTimestamp', '1708607380568'],
      ['SequenceNumber', '18861932767920112128'],
      ['MessageGroupId', 'g1'],
      ['SenderId', 'AIDAUMNRAJUWYT2IEUFQS'],
      ['MessageDeduplicationId', 'd1'],
      ['ApproximateFirstReceiveTimestamp', '1708607390568'],
    ]);
    expect('md5OfMessageAttributes' in record).toBe(false);
    expect(record.messageAttributes).toEqual({});
  });
});

describe('sqsEvent', () => {
  it('wraps the records in order', () => {
    const first = sqsRecord(MESSAGE);
    const second = sqsRecord({ ...MESSAGE, messageId: 'second', body: 'two' });
    expect(sqsEvent([first, second]).Records.map((record) => record.messageId)).toEqual([
      '19dd0b57-b21e-4ac1-bd88-01bbb068cb78',
      'second',
    ]);
  });
});
