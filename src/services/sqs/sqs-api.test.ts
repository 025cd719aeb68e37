// The SQS API through the real @aws-sdk/client-sqs (its MD5 checks included), over a headless
// platform on a manual clock: what a handler's calls do to the queue and its event source mapping.
import { createHash } from 'node:crypto';
import {
  BatchEntryIdsNotDistinct,
  DeleteMessageBatchCommand,
  DeleteMessageCommand,
  EmptyBatchRequest,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  QueueDoesNotExist,
  ReceiptHandleIsInvalid,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  SQSClient,
  SQSServiceException,
  TooManyEntriesInBatchRequest,
} from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { okInvoke } from '../../engine/testing/fake-executor';
import {
  flush,
  setupPlatform,
  T0,
  testBundle,
  testConfig,
} from '../../engine/testing/platform-fixture';
import { sdkHarness, TEST_CALLER } from '../testing/sdk-harness';
import { platformSqsPort } from './platform-sqs-port';
import { createSqsApi } from './sqs-api';

const JOBS = 'https://sqs.us-east-1.amazonaws.com/123456789012/jobs';

function setup(options: { mapping?: boolean; visibilityTimeoutSec?: number } = {}) {
  const test = setupPlatform();
  test.platform.deploy(testConfig({ name: 'worker' }), testBundle());
  test.platform.createQueue({
    name: 'jobs',
    visibilityTimeoutSec: options.visibilityTimeoutSec ?? 30,
  });
  if (options.mapping === true) {
    test.platform.createEventSourceMapping({ queue: 'jobs', functionName: 'worker' });
  }
  const harness = sdkHarness(createSqsApi(platformSqsPort(test.platform, test.clock)));
  const client = new SQSClient(harness.config);
  return { ...test, harness, client };
}

/** The bodies of each batch the mapping invoked the function with (the fake shapes' SQS event). */
function batches(invoked: ReturnType<typeof setup>['executor']['invoked']): string[][] {
  return invoked.map(({ request }) => {
    const event = JSON.parse(request.eventJson) as { Records: Array<{ body: string }> };
    return event.Records.map((record) => record.body);
  });
}

/** Lets a call the SDK has just started reach the service (its middleware stack is asynchronous). */
async function reachService(): Promise<void> {
  for (let n = 0; n < 10; n++) await flush();
}

async function failure(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error as SQSServiceException,
  );
}

/** SQS's attribute digest written out independently (SQS developer guide's algorithm). */
function attributeDigest(attributes: Array<[string, string, number, Buffer]>): string {
  const hash = createHash('md5');
  const prefixed = (bytes: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    hash.update(length).update(bytes);
  };
  for (const [name, type, transport, value] of attributes) {
    prefixed(Buffer.from(name));
    prefixed(Buffer.from(type));
    hash.update(Buffer.from([transport]));
    prefixed(value);
  }
  return hash.digest('hex');
}

describe('SendMessage', () => {
  it('feeds the queue: its mapping invokes the function, and the SDK accepts the MD5s', async () => {
    const { client, settle, executor, ofType, harness } = setup({ mapping: true });
    const output = await client.send(
      new SendMessageCommand({
        QueueUrl: JOBS,
        MessageBody: 'héllo',
        MessageAttributes: {
          b: { DataType: 'Binary', BinaryValue: new Uint8Array([0, 255]) },
          a: { DataType: 'String', StringValue: 'x' },
        },
      }),
    );
    await settle();
    expect(output.MD5OfMessageBody).toBe(createHash('md5').update('héllo').digest('hex'));
    expect(output.MD5OfMessageAttributes).toBe(
      attributeDigest([
        ['a', 'String', 1, Buffer.from('x')],
        ['b', 'Binary', 2, Buffer.from([0, 255])],
      ]),
    );
    expect(ofType('sqs-sent')).toMatchObject([
      {
        queueName: 'jobs',
        messageId: output.MessageId,
        origin: { functionName: TEST_CALLER.functionName, requestId: TEST_CALLER.requestId },
      },
    ]);
    expect(batches(executor.invoked)).toEqual([['héllo']]);
    expect(harness.calls).toEqual([
      {
        service: 'sqs',
        operation: 'SendMessage',
        resource: 'jobs',
        statusCode: 200,
        errorCode: null,
        units: { kind: 'sqs-request', requests: 1 },
      },
    ]);
  });

  it('holds a delayed message back from the mapping until its delay ends', async () => {
    const { client, settle, executor } = setup({ mapping: true });
    await client.send(
      new SendMessageCommand({ QueueUrl: JOBS, MessageBody: 'later', DelaySeconds: 5 }),
    );
    await settle(4_999);
    expect(executor.invoked).toEqual([]);
    await settle(1);
    expect(batches(executor.invoked)).toEqual([['later']]);
  });

  it.each([
    [
      'an empty body',
      { MessageBody: '' },
      'MissingParameter',
      'The request must contain the parameter MessageBody.',
    ],
    [
      'a body over 1 MiB',
      { MessageBody: 'x'.repeat(1_048_577) },
      'InvalidParameterValue',
      'One or more parameters are invalid. Reason: Message must be shorter than 1048576 bytes.',
    ],
    [
      'a Number that is none',
      { MessageBody: 'x', MessageAttributes: { n: { DataType: 'Number', StringValue: 'ten' } } },
      'InvalidParameterValue',
      "Could not cast message attribute 'n' value to number.",
    ],
    [
      'an unknown attribute type',
      { MessageBody: 'x', MessageAttributes: { t: { DataType: 'Text', StringValue: 'a' } } },
      'InvalidParameterValue',
      "The type of message (user) attribute 't' is invalid. You must use only the following supported type prefixes: Binary, Number, String.",
    ],
  ])('refuses %s', async (_case, input, name, message) => {
    const { client, platform } = setup();
    const error = await failure(client.send(new SendMessageCommand({ QueueUrl: JOBS, ...input })));
    expect(error).toBeInstanceOf(SQSServiceException);
    expect(error.name).toBe(name);
    expect(error.message).toBe(message);
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(platform.listMessages('jobs')).toEqual([]);
  });

  it('answers QueueDoesNotExist for an unknown queue, or one in another region', async () => {
    const { client } = setup();
    for (const url of [
      'https://sqs.us-east-1.amazonaws.com/123456789012/nope',
      'https://sqs.eu-west-1.amazonaws.com/123456789012/jobs',
    ]) {
      const error = await failure(
        client.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'x' })),
      );
      expect(error).toBeInstanceOf(QueueDoesNotExist);
      expect(error.message).toBe('The specified queue does not exist.');
      expect(error.$metadata.httpStatusCode).toBe(400);
    }
  });

  it('needs a group and a deduplication id on a FIFO queue', async () => {
    const { client, platform } = setup();
    platform.createQueue({ name: 'orders.fifo', fifo: true });
    const QueueUrl = 'https://sqs.us-east-1.amazonaws.com/123456789012/orders.fifo';
    const missing = await failure(
      client.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x' })),
    );
    expect(missing.name).toBe('MissingParameter');
    const sent = await client.send(
      new SendMessageCommand({
        QueueUrl,
        MessageBody: 'x',
        MessageGroupId: 'g',
        MessageDeduplicationId: 'd1',
      }),
    );
    expect(platform.listMessages('orders.fifo')).toMatchObject([
      { messageId: sent.MessageId, groupId: 'g' },
    ]);
  });
});

describe('SendMessageBatch', () => {
  it('sends each entry, reporting failed ones per entry, billed by 64 KB of payload', async () => {
    const { client, settle, executor, harness } = setup({ mapping: true });
    const output = await client.send(
      new SendMessageBatchCommand({
        QueueUrl: JOBS,
        Entries: [
          { Id: 'a', MessageBody: 'x'.repeat(40_000) },
          { Id: 'b', MessageBody: '' },
          { Id: 'c', MessageBody: 'y'.repeat(40_000) },
        ],
      }),
    );
    await settle();
    expect(output.Successful?.map((entry) => entry.Id)).toEqual(['a', 'c']);
    expect(output.Failed).toEqual([
      {
        Id: 'b',
        SenderFault: true,
        Code: 'MissingParameter',
        Message: 'The request must contain the parameter MessageBody.',
      },
    ]);
    expect(batches(executor.invoked).map((bodies) => bodies.length)).toEqual([2]);
    expect(harness.calls[0]?.units).toEqual({ kind: 'sqs-request', requests: 2 });
  });

  it('refuses empty, oversized and ambiguous batches as a whole', async () => {
    const { client } = setup();
    const send = (Entries: Array<{ Id: string; MessageBody: string }>) =>
      failure(client.send(new SendMessageBatchCommand({ QueueUrl: JOBS, Entries })));
    const empty = await send([]);
    expect(empty).toBeInstanceOf(EmptyBatchRequest);
    expect(empty.message).toBe(
      'There should be at least one SendMessageBatchRequestEntry in the request.',
    );
    const eleven = Array.from({ length: 11 }, (_, n) => ({ Id: `m${n}`, MessageBody: 'x' }));
    const tooMany = await send(eleven);
    expect(tooMany).toBeInstanceOf(TooManyEntriesInBatchRequest);
    expect(tooMany.message).toBe('Maximum number of entries per request are 10. You have sent 11.');
    const twice = await send([
      { Id: 'same', MessageBody: 'x' },
      { Id: 'same', MessageBody: 'y' },
    ]);
    expect(twice).toBeInstanceOf(BatchEntryIdsNotDistinct);
    expect(twice.message).toBe('Id same repeated.');
    const long = await send([
      { Id: 'a', MessageBody: 'x'.repeat(600_000) },
      { Id: 'b', MessageBody: 'x'.repeat(600_000) },
    ]);
    expect(long.name).toBe('BatchRequestTooLong');
  });
});

describe('ReceiveMessage and DeleteMessage', () => {
  it('receives with a fresh receipt handle, hides the message, and deletes it', async () => {
    const { client, platform, settle } = setup();
    const sent = platform.sendMessage('jobs', {
      body: 'job 1',
      attributes: {
        kind: { dataType: 'String', value: 'x' },
        other: { dataType: 'Number', value: '2' },
      },
    });
    await settle(1000);
    const received = await client.send(
      new ReceiveMessageCommand({
        QueueUrl: JOBS,
        MaxNumberOfMessages: 10,
        MessageSystemAttributeNames: ['ApproximateReceiveCount', 'SentTimestamp'],
        MessageAttributeNames: ['kind'],
      }),
    );
    const [message] = received.Messages ?? [];
    expect(received.Messages).toHaveLength(1);
    expect(message).toMatchObject({
      MessageId: sent,
      Body: 'job 1',
      MD5OfBody: createHash('md5').update('job 1').digest('hex'),
      Attributes: { ApproximateReceiveCount: '1', SentTimestamp: String(T0) },
      MessageAttributes: { kind: { DataType: 'String', StringValue: 'x' } },
      MD5OfMessageAttributes: attributeDigest([['kind', 'String', 1, Buffer.from('x')]]),
    });
    expect(platform.listMessages('jobs')[0]?.state).toBe('in-flight');
    const again = await client.send(new ReceiveMessageCommand({ QueueUrl: JOBS }));
    expect(again.Messages).toBeUndefined();
    await client.send(
      new DeleteMessageCommand({ QueueUrl: JOBS, ReceiptHandle: message?.ReceiptHandle }),
    );
    expect(platform.listMessages('jobs')).toEqual([]);
  });

  it('makes the message visible again after the visibility timeout, with a new handle', async () => {
    const { client, platform, settle } = setup();
    platform.sendMessage('jobs', { body: 'x' });
    const first = await client.send(
      new ReceiveMessageCommand({ QueueUrl: JOBS, VisibilityTimeout: 10 }),
    );
    await settle(10_000);
    const second = await client.send(
      new ReceiveMessageCommand({ QueueUrl: JOBS, MessageSystemAttributeNames: ['All'] }),
    );
    const handle = second.Messages?.[0]?.ReceiptHandle;
    expect(handle).not.toBe(first.Messages?.[0]?.ReceiptHandle);
    expect(second.Messages?.[0]?.Attributes?.ApproximateReceiveCount).toBe('2');
    // The first receive's handle is no longer the latest: SQS succeeds without deleting.
    await client.send(
      new DeleteMessageCommand({
        QueueUrl: JOBS,
        ReceiptHandle: first.Messages?.[0]?.ReceiptHandle,
      }),
    );
    expect(platform.listMessages('jobs')).toHaveLength(1);
    // Once its visibility ends without another receive, the handle has expired.
    await settle(30_000);
    const expired = await failure(
      client.send(new DeleteMessageCommand({ QueueUrl: JOBS, ReceiptHandle: handle })),
    );
    expect(expired.name).toBe('InvalidParameterValue');
    expect(expired.message).toBe(
      `Value ${handle} for parameter ReceiptHandle is invalid. Reason: The receipt handle has expired.`,
    );
  });

  it('answers ReceiptHandleIsInvalid (404) for a handle that is not one', async () => {
    const { client } = setup();
    const error = await failure(
      client.send(new DeleteMessageCommand({ QueueUrl: JOBS, ReceiptHandle: 'nonsense' })),
    );
    expect(error).toBeInstanceOf(ReceiptHandleIsInvalid);
    expect(error.message).toBe(
      'The input receipt handle "nonsense" is not a valid receipt handle.',
    );
    expect(error.$metadata.httpStatusCode).toBe(404);
  });

  it('hides a message a handler holds from the mapping, until its visibility ends', async () => {
    const { client, platform, settle, executor } = setup();
    platform.sendMessage('jobs', { body: 'contested' });
    await client.send(new ReceiveMessageCommand({ QueueUrl: JOBS, VisibilityTimeout: 10 }));
    platform.createEventSourceMapping({ queue: 'jobs', functionName: 'worker' });
    await settle(9_999);
    expect(executor.invoked).toEqual([]);
    await settle(1);
    expect(batches(executor.invoked)).toEqual([['contested']]);
  });

  it('hides a message the mapping holds from a handler', async () => {
    const { client, platform, settle, executor } = setup({ mapping: true });
    executor.script.invoke = () => okInvoke('null', 10, 2_000);
    platform.sendMessage('jobs', { body: 'busy' });
    await settle(1_000);
    expect(batches(executor.invoked)).toEqual([['busy']]);
    const received = await client.send(new ReceiveMessageCommand({ QueueUrl: JOBS }));
    expect(received.Messages).toBeUndefined();
  });

  it('lets a handler delete by the receipt handle of its SQS event', async () => {
    const { client, platform, settle, executor } = setup({ mapping: true });
    executor.script.invoke = () => okInvoke('null', 10, 2_000);
    platform.sendMessage('jobs', { body: 'mine' });
    await settle();
    expect(batches(executor.invoked)).toEqual([['mine']]);
    const messages = platform.listMessages('jobs');
    expect(messages).toHaveLength(1);
    const handle = `AQEB${btoa(`${messages[0]?.messageId}:1`)}`;
    await client.send(
      new DeleteMessageBatchCommand({
        QueueUrl: JOBS,
        Entries: [{ Id: 'm', ReceiptHandle: handle }],
      }),
    );
    expect(platform.listMessages('jobs')).toEqual([]);
  });

  it('reports DeleteMessageBatch failures per entry', async () => {
    const { client } = setup();
    const output = await client.send(
      new DeleteMessageBatchCommand({
        QueueUrl: JOBS,
        Entries: [{ Id: 'bad', ReceiptHandle: 'bad' }],
      }),
    );
    expect(output.Failed).toEqual([
      {
        Id: 'bad',
        SenderFault: true,
        Code: 'ReceiptHandleIsInvalid',
        Message: 'The input receipt handle "bad" is not a valid receipt handle.',
      },
    ]);
  });

  it.each([
    [
      { MaxNumberOfMessages: 11 },
      'Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.',
    ],
    [
      { WaitTimeSeconds: 21 },
      'Value 21 for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided.',
    ],
  ])('refuses %j', async (input, message) => {
    const { client } = setup();
    const error = await failure(
      client.send(new ReceiveMessageCommand({ QueueUrl: JOBS, ...input })),
    );
    expect(error.name).toBe('InvalidParameterValue');
    expect(error.message).toBe(message);
  });
});

describe('long polling', () => {
  it('waits on the engine clock until a message arrives', async () => {
    const { client, platform, clock, settle } = setup();
    let answered: number | null = null;
    const receiving = client
      .send(new ReceiveMessageCommand({ QueueUrl: JOBS, WaitTimeSeconds: 20 }))
      .then((output) => {
        answered = clock.now();
        return output;
      });
    await reachService();
    await settle(5_000);
    expect(answered).toBeNull();
    platform.sendMessage('jobs', { body: 'arrived' });
    await settle();
    const output = await receiving;
    expect(answered).toBe(T0 + 5_000);
    expect(output.Messages?.map((m) => m.Body)).toEqual(['arrived']);
  });

  it('answers empty when the wait ends, not before', async () => {
    const { client, clock, settle, harness } = setup();
    let answered: number | null = null;
    const receiving = client
      .send(new ReceiveMessageCommand({ QueueUrl: JOBS, WaitTimeSeconds: 20 }))
      .then((output) => {
        answered = clock.now();
        return output;
      });
    await reachService();
    await settle(19_999);
    expect(answered).toBeNull();
    await settle(1);
    expect((await receiving).Messages).toBeUndefined();
    expect(answered).toBe(T0 + 20_000);
    expect(harness.calls[0]?.units).toEqual({ kind: 'sqs-request', requests: 1 });
  });

  it('wakes when a message in flight becomes visible again', async () => {
    const { client, platform, clock, settle } = setup();
    platform.sendMessage('jobs', { body: 'retry me' });
    await client.send(new ReceiveMessageCommand({ QueueUrl: JOBS, VisibilityTimeout: 3 }));
    const receiving = client.send(
      new ReceiveMessageCommand({ QueueUrl: JOBS, WaitTimeSeconds: 10 }),
    );
    await settle(3_000);
    const output = await receiving;
    expect(output.Messages?.map((m) => m.Body)).toEqual(['retry me']);
    expect(clock.now()).toBe(T0 + 3_000);
  });
});

describe('GetQueueUrl and GetQueueAttributes', () => {
  it('gives the queue URL, and QueueDoesNotExist (via x-amzn-query-error) for none', async () => {
    const { client, harness } = setup();
    expect((await client.send(new GetQueueUrlCommand({ QueueName: 'jobs' }))).QueueUrl).toBe(JOBS);
    const error = await failure(client.send(new GetQueueUrlCommand({ QueueName: 'nope' })));
    expect(error).toBeInstanceOf(QueueDoesNotExist);
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(harness.calls[1]).toMatchObject({ errorCode: 'QueueDoesNotExist', statusCode: 400 });
  });

  it('counts visible, in-flight and delayed messages', async () => {
    const { client, platform } = setup();
    platform.sendMessage('jobs', { body: 'a' });
    platform.sendMessage('jobs', { body: 'b' });
    platform.sendMessage('jobs', { body: 'c', delaySeconds: 60 });
    await client.send(new ReceiveMessageCommand({ QueueUrl: JOBS }));
    const output = await client.send(
      new GetQueueAttributesCommand({ QueueUrl: JOBS, AttributeNames: ['All'] }),
    );
    expect(output.Attributes).toMatchObject({
      ApproximateNumberOfMessages: '1',
      ApproximateNumberOfMessagesNotVisible: '1',
      ApproximateNumberOfMessagesDelayed: '1',
      VisibilityTimeout: '30',
      QueueArn: 'arn:aws:sqs:us-east-1:123456789012:jobs',
    });
    const unknown = await failure(
      client.send(
        new GetQueueAttributesCommand({ QueueUrl: JOBS, AttributeNames: ['Nope' as 'All'] }),
      ),
    );
    expect(unknown.name).toBe('InvalidAttributeName');
  });
});
