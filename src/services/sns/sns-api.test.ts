// The SNS API through the real @aws-sdk/client-sns, over a headless platform on a manual clock.
import {
  GetTopicAttributesCommand,
  InvalidParameterException,
  InvalidParameterValueException,
  ListSubscriptionsByTopicCommand,
  ListTopicsCommand,
  NotFoundException,
  PublishBatchCommand,
  PublishCommand,
  SNSClient,
  BatchEntryIdsNotDistinctException,
  EmptyBatchRequestException,
  TooManyEntriesInBatchRequestException,
} from '@aws-sdk/client-sns';
import { describe, expect, it } from 'vitest';
import { setupPlatform, testBundle, testConfig } from '../../engine/testing/platform-fixture';
import { sdkHarness, TEST_CALLER } from '../testing/sdk-harness';
import { createSnsApi } from './sns-api';
import { platformSnsPort } from './platform-sns-port';

const ORDERS = 'arn:aws:sns:us-east-1:123456789012:orders';

function setup() {
  const test = setupPlatform();
  for (const name of ['email', 'audit']) test.platform.deploy(testConfig({ name }), testBundle());
  test.platform.createTopic('orders');
  const subscriptions = ['email', 'audit'].map((name) =>
    test.platform.subscribeToTopic('orders', name),
  );
  const harness = sdkHarness(createSnsApi(platformSnsPort(test.platform)));
  const client = new SNSClient(harness.config);
  return { ...test, harness, client, subscriptions };
}

/** The events each function was invoked with (the fake shapes' SNS event), by function. */
function deliveries(invoked: ReturnType<typeof setup>['executor']['invoked']) {
  return invoked.map(({ instanceId, request }) => {
    const event = JSON.parse(request.eventJson) as {
      Records: Array<{ messageId: string; message: string; attributes?: unknown }>;
    };
    return { instance: instanceId, ...event.Records[0] };
  });
}

async function failure(
  promise: Promise<unknown>,
): Promise<Error & { $metadata: { httpStatusCode?: number } }> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error as Error & { $metadata: { httpStatusCode?: number } },
  );
}

describe('Publish', () => {
  it('fans out to every subscription, as the Pub/Sub tab does, and returns the message id', async () => {
    const { client, settle, executor, ofType, harness } = setup();
    const output = await client.send(
      new PublishCommand({
        TopicArn: ORDERS,
        Message: '{"id":1}',
        Subject: 'New order',
        MessageAttributes: {
          kind: { DataType: 'String', StringValue: 'book' },
          price: { DataType: 'Number', StringValue: '12.5' },
          tags: { DataType: 'String.Array', StringValue: '["a",1,true,null]' },
          raw: { DataType: 'Binary', BinaryValue: new Uint8Array([1, 2, 3]) },
        },
      }),
    );
    await settle();
    const [published] = ofType('sns-published');
    expect(output.MessageId).toBe(published?.messageId);
    expect(output.$metadata.httpStatusCode).toBe(200);
    expect(published?.origin).toEqual({
      functionName: TEST_CALLER.functionName,
      requestId: TEST_CALLER.requestId,
    });
    expect(published?.deliveries.map((d) => d.functionName)).toEqual(['email', 'audit']);
    const seen = deliveries(executor.invoked);
    expect(seen.map((d) => [d.instance, d.messageId, d.message])).toEqual([
      ['email-1', output.MessageId, '{"id":1}'],
      ['audit-1', output.MessageId, '{"id":1}'],
    ]);
    expect(seen[0]?.attributes).toEqual({
      kind: { dataType: 'String', value: 'book' },
      price: { dataType: 'Number', value: '12.5' },
      tags: { dataType: 'String.Array', value: '["a",1,true,null]' },
      raw: { dataType: 'Binary', value: 'AQID' },
    });
    expect(harness.calls).toEqual([
      {
        service: 'sns',
        operation: 'Publish',
        resource: 'orders',
        statusCode: 200,
        errorCode: null,
        units: { kind: 'sns-publish', requests: 1 },
      },
    ]);
  });

  it('takes TargetArn too, and bills each started 64 KB as one request', async () => {
    const { client, harness, settle, executor } = setup();
    const message = 'x'.repeat(200_000);
    await client.send(new PublishCommand({ TargetArn: ORDERS, Message: message }));
    await settle();
    expect(executor.invoked).toHaveLength(2);
    expect(harness.calls[0]?.units).toEqual({ kind: 'sns-publish', requests: 4 });
  });

  it('delivers the lambda (else default) entry of a json MessageStructure', async () => {
    const { client, settle, executor } = setup();
    await client.send(
      new PublishCommand({
        TopicArn: ORDERS,
        MessageStructure: 'json',
        Message: JSON.stringify({ default: 'for everyone', email: 'for mail' }),
      }),
    );
    await client.send(
      new PublishCommand({
        TopicArn: ORDERS,
        MessageStructure: 'json',
        Message: JSON.stringify({ default: 'for everyone', lambda: 'for functions' }),
      }),
    );
    await settle();
    expect(deliveries(executor.invoked).map((d) => d.message)).toEqual([
      'for everyone',
      'for everyone',
      'for functions',
      'for functions',
    ]);
  });

  it('answers NotFound (404) for a topic that does not exist, and bills nothing', async () => {
    const { client, harness } = setup();
    const error = await failure(
      client.send(
        new PublishCommand({ TopicArn: 'arn:aws:sns:us-east-1:123456789012:nope', Message: 'x' }),
      ),
    );
    expect(error).toBeInstanceOf(NotFoundException);
    expect(error.message).toBe('Topic does not exist');
    expect(error.$metadata.httpStatusCode).toBe(404);
    expect(harness.calls[0]).toMatchObject({ errorCode: 'NotFound', units: { kind: 'free' } });
  });

  it.each([
    [{ TopicArn: ORDERS, Message: '' }, 'Invalid parameter: Empty message'],
    [
      { TopicArn: 'orders', Message: 'x' },
      'Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not 1',
    ],
    [
      { TopicArn: 'arn:aws:sqs:us-east-1:123456789012:orders', Message: 'x' },
      'Invalid parameter: TopicArn',
    ],
    [
      { TopicArn: 'arn:aws:sns:eu-west-1:123456789012:orders', Message: 'x' },
      'Invalid parameter: TopicArn',
    ],
    [
      { Message: 'x' },
      'Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter',
    ],
    [{ TopicArn: ORDERS, Message: 'x'.repeat(262_145) }, 'Invalid parameter: Message too long'],
    [{ TopicArn: ORDERS, Message: 'x', Subject: 'two\nlines' }, 'Invalid parameter: Subject'],
    [{ TopicArn: ORDERS, Message: 'x', Subject: 's'.repeat(101) }, 'Invalid parameter: Subject'],
    [
      { TopicArn: ORDERS, Message: '{"email":"x"}', MessageStructure: 'json' },
      'Invalid parameter: Message Structure - No default entry in JSON message body',
    ],
    [
      { TopicArn: ORDERS, Message: 'not json', MessageStructure: 'json' },
      'Invalid parameter: Message Structure - JSON message body failed to parse',
    ],
  ])('refuses %j with InvalidParameter (400): %s', async (input, message) => {
    const { client, executor, settle } = setup();
    const error = await failure(client.send(new PublishCommand(input)));
    await settle();
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error.message).toBe(message);
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(executor.invoked).toEqual([]);
  });

  it('counts attributes against the 256 KiB limit', async () => {
    const { client } = setup();
    const error = await failure(
      client.send(
        new PublishCommand({
          TopicArn: ORDERS,
          Message: 'x'.repeat(262_000),
          MessageAttributes: { big: { DataType: 'String', StringValue: 'y'.repeat(200) } },
        }),
      ),
    );
    expect(error.message).toBe('Invalid parameter: Message too long');
  });

  it.each([
    [
      { DataType: 'Text', StringValue: 'a' },
      "The message attribute 'a' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.",
    ],
    [
      { DataType: 'String', StringValue: '' },
      "The message attribute 'a' must contain non-empty message attribute value for message attribute type 'String'.",
    ],
    [
      { DataType: 'Number', StringValue: 'ten' },
      "Could not cast message attribute 'a' value to number.",
    ],
    [
      { DataType: 'String.Array', StringValue: '{"no":1}' },
      "The message attribute 'a' with type 'String.Array' must be a JSON array of strings, numbers, true, false or null.",
    ],
  ])('refuses the attribute %j with InvalidParameterValue: %s', async (value, message) => {
    const { client } = setup();
    const error = await failure(
      client.send(
        new PublishCommand({ TopicArn: ORDERS, Message: 'x', MessageAttributes: { a: value } }),
      ),
    );
    expect(error).toBeInstanceOf(InvalidParameterValueException);
    expect(error.message).toBe(message);
    expect(error.$metadata.httpStatusCode).toBe(400);
  });
});

describe('PublishBatch', () => {
  it('publishes each entry, reporting the failed ones per entry', async () => {
    const { client, settle, executor, harness } = setup();
    const output = await client.send(
      new PublishBatchCommand({
        TopicArn: ORDERS,
        PublishBatchRequestEntries: [
          { Id: 'one', Message: 'first' },
          { Id: 'two', Message: '' },
          { Id: 'three', Message: 'third' },
        ],
      }),
    );
    await settle();
    expect(output.Successful?.map((entry) => entry.Id)).toEqual(['one', 'three']);
    expect(output.Failed).toEqual([
      {
        Id: 'two',
        Code: 'InvalidParameter',
        Message: 'Invalid parameter: Empty message',
        SenderFault: true,
      },
    ]);
    expect(deliveries(executor.invoked).map((d) => [d.message, d.messageId])).toEqual([
      ['first', output.Successful?.[0]?.MessageId],
      ['first', output.Successful?.[0]?.MessageId],
      ['third', output.Successful?.[1]?.MessageId],
      ['third', output.Successful?.[1]?.MessageId],
    ]);
    expect(harness.calls[0]?.units).toEqual({ kind: 'sns-publish', requests: 1 });
  });

  it('refuses empty, oversized and ambiguous batches as a whole', async () => {
    const { client } = setup();
    const send = (entries: Array<{ Id: string; Message: string }>) =>
      failure(
        client.send(
          new PublishBatchCommand({ TopicArn: ORDERS, PublishBatchRequestEntries: entries }),
        ),
      );
    expect(await send([])).toBeInstanceOf(EmptyBatchRequestException);
    const eleven = Array.from({ length: 11 }, (_, n) => ({ Id: `m${n}`, Message: 'x' }));
    expect(await send(eleven)).toBeInstanceOf(TooManyEntriesInBatchRequestException);
    const twice = [
      { Id: 'same', Message: 'x' },
      { Id: 'same', Message: 'y' },
    ];
    expect(await send(twice)).toBeInstanceOf(BatchEntryIdsNotDistinctException);
  });
});

describe('listing', () => {
  it('lists the topics and a topic’s subscriptions as ARNs', async () => {
    const { client, subscriptions, platform } = setup();
    platform.createTopic('audit-log');
    const topics = await client.send(new ListTopicsCommand({}));
    expect(topics.Topics).toEqual([
      { TopicArn: ORDERS },
      { TopicArn: 'arn:aws:sns:us-east-1:123456789012:audit-log' },
    ]);
    expect(topics.NextToken).toBeUndefined();
    const listed = await client.send(new ListSubscriptionsByTopicCommand({ TopicArn: ORDERS }));
    expect(listed.Subscriptions).toEqual(
      ['email', 'audit'].map((name, n) => ({
        SubscriptionArn: `${ORDERS}:${subscriptions[n]}`,
        Owner: '123456789012',
        Protocol: 'lambda',
        Endpoint: `arn:aws:lambda:us-east-1:123456789012:function:${name}`,
        TopicArn: ORDERS,
      })),
    );
  });

  it('pages ListTopics by 100', async () => {
    const { client, platform } = setup();
    for (let n = 0; n < 120; n++) platform.createTopic(`t${n}`);
    const first = await client.send(new ListTopicsCommand({}));
    expect(first.Topics).toHaveLength(100);
    const second = await client.send(new ListTopicsCommand({ NextToken: first.NextToken }));
    expect(second.Topics).toHaveLength(21);
    expect(second.NextToken).toBeUndefined();
  });

  it('describes a topic, and answers NotFound for one that does not exist', async () => {
    const { client } = setup();
    const output = await client.send(new GetTopicAttributesCommand({ TopicArn: ORDERS }));
    expect(output.Attributes).toMatchObject({
      TopicArn: ORDERS,
      Owner: '123456789012',
      SubscriptionsConfirmed: '2',
    });
    const error = await failure(
      client.send(
        new ListSubscriptionsByTopicCommand({
          TopicArn: 'arn:aws:sns:us-east-1:123456789012:gone',
        }),
      ),
    );
    expect(error).toBeInstanceOf(NotFoundException);
  });
});
