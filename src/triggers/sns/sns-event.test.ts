import { describe, expect, it } from 'vitest';
import { snsEvent } from './sns-event';

const INPUT = {
  topicArn: 'arn:aws:sns:us-east-1:123456789012:orders',
  subscriptionArn: 'arn:aws:sns:us-east-1:123456789012:orders:2bcfbf39-05c3-41de-beaa-fcfcc21c8f55',
  messageId: '95df01b4-ee98-5cb9-9903-4c221d41eb5e',
  message: '{"orderId":42}',
  timeMs: Date.UTC(2026, 0, 1, 12, 0, 0, 250),
};

describe('snsEvent', () => {
  it('builds one PascalCase record with the subject and typed attributes', () => {
    const event = snsEvent({
      ...INPUT,
      subject: 'New order',
      attributes: {
        priority: { type: 'Number', value: '1' },
        tags: { type: 'String.Array', value: '["a","b"]' },
      },
    });
    expect(event).toMatchInlineSnapshot(`
      {
        "Records": [
          {
            "EventSource": "aws:sns",
            "EventSubscriptionArn": "arn:aws:sns:us-east-1:123456789012:orders:2bcfbf39-05c3-41de-beaa-fcfcc21c8f55",
            "EventVersion": "1.0",
            "Sns": {
              "Message": "{"orderId":42}",
              "MessageAttributes": {
                "priority": {
                  "Type": "Number",
                  "Value": "1",
                },
                "tags": {
                  "Type": "String.Array",
                  "Value": "["a","b"]",
                },
              },
              "MessageId": "95df01b4-ee98-5cb9-9903-4c221d41eb5e",
              "Signature": "EXAMPLE",
              "SignatureVersion": "1",
              "SigningCertUrl": "EXAMPLE",
              "Subject": "New order",
              "Timestamp": "2026-01-01T12:00:00.250Z",
              "TopicArn": "arn:aws:sns:us-east-1:123456789012:orders",
              "Type": "Notification",
              "UnsubscribeUrl": "https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-east-1:123456789012:orders:2bcfbf39-05c3-41de-beaa-fcfcc21c8f55",
            },
          },
        ],
      }
    `);
  });

  it('writes Subject null when there is none and keeps Message a string', () => {
    const event = snsEvent(INPUT);
    expect(event.Records).toHaveLength(1);
    expect(event.Records[0]?.Sns.Subject).toBeNull();
    expect(event.Records[0]?.Sns.Message).toBe('{"orderId":42}');
    expect(event.Records[0]?.Sns.MessageAttributes).toEqual({});
    expect(Object.keys(event.Records[0]?.Sns ?? {})).toEqual([
      'Type',
      'MessageId',
      'TopicArn',
      'Subject',
      'Message',
      'Timestamp',
      'SignatureVersion',
      'Signature',
      'SigningCertUrl',
      'UnsubscribeUrl',
      'MessageAttributes',
    ]);
  });
});
