import { describe, expect, it } from 'vitest';
import { errorInvoke, okInvoke } from '../testing/fake-executor';
import { setupPlatform, T0, testBundle, testConfig } from '../testing/platform-fixture';
import type { EventSourceMappingConfig, QueueConfig } from './source-types';
import type { FunctionConfig, InvokeRequest } from '../types';

function withQueue(
  queue: Partial<QueueConfig> = {},
  mapping: Partial<EventSourceMappingConfig> = {},
  fn: Partial<FunctionConfig> = {},
) {
  const setup = setupPlatform();
  setup.platform.deploy(testConfig(fn), testBundle());
  if (queue.deadLetterQueue !== undefined)
    setup.platform.createQueue({ name: queue.deadLetterQueue });
  setup.platform.createQueue({ name: 'jobs', ...queue });
  const name = queue.name ?? 'jobs';
  setup.platform.createEventSourceMapping({ queue: name, functionName: 'add', ...mapping });
  return { ...setup, queueName: name };
}

/** The bodies of the messages in the event a request carried (the fake shapes' SQS event). */
function bodiesOf(request: InvokeRequest): string[] {
  const event = JSON.parse(request.eventJson) as { Records: Array<{ body: string }> };
  return event.Records.map((record) => record.body);
}

describe('SQS event source mapping', () => {
  it('invokes synchronously with a batch and deletes it on success', async () => {
    const { platform, executor, settle, ofType } = withQueue();
    const ids = ['a', 'b', 'c'].map((body) => platform.sendMessage('jobs', { body }));
    await settle();
    expect(executor.invoked.map(({ request }) => bodiesOf(request))).toEqual([['a', 'b', 'c']]);
    expect(ofType('invoke-start')[0]?.invocationType).toBe('RequestResponse');
    expect(ofType('sqs-batch-result')).toMatchObject([
      { status: 'ok', deletedIds: ids, failedIds: [], retryAt: null },
    ]);
    expect(platform.listMessages('jobs')).toEqual([]);
  });

  it('makes a failed batch visible again after the visibility timeout, counting receives', async () => {
    const { platform, executor, settle, ofType } = withQueue({ visibilityTimeoutSec: 30 });
    executor.script.invoke = () => errorInvoke();
    const id = platform.sendMessage('jobs', { body: 'x' });
    await settle();
    expect(platform.listMessages('jobs')).toMatchObject([
      {
        messageId: id,
        state: 'in-flight',
        receiveCount: 1,
        firstReceivedAt: T0,
        visibleAt: T0 + 30_000,
      },
    ]);
    await settle(29_999);
    expect(ofType('sqs-batch')).toHaveLength(1);
    await settle(1);
    expect(ofType('sqs-batch').map((event) => event.time - T0)).toEqual([0, 30_000]);
    expect(platform.listMessages('jobs')[0]).toMatchObject({ receiveCount: 2, state: 'in-flight' });
  });

  it('moves a message to the dead-letter queue after maxReceiveCount receives, and redrives it', async () => {
    const { platform, executor, settle, ofType } = withQueue({
      maxReceiveCount: 3,
      deadLetterQueue: 'jobs-dlq',
    });
    executor.script.invoke = () => errorInvoke();
    const id = platform.sendMessage('jobs', { body: 'poison' });
    for (let i = 0; i < 4; i++) await settle(i === 0 ? 0 : 30_000);
    expect(ofType('sqs-batch')).toHaveLength(3);
    expect(ofType('sqs-moved')).toMatchObject([
      {
        time: T0 + 90_000,
        messageId: id,
        fromQueue: 'jobs',
        toQueue: 'jobs-dlq',
        reason: 'max-receive-count',
        receiveCount: 3,
      },
    ]);
    expect(platform.listMessages('jobs')).toEqual([]);
    expect(platform.listMessages('jobs-dlq')).toMatchObject([
      { messageId: id, body: 'poison', sourceQueue: 'jobs', state: 'visible' },
    ]);
    expect(
      platform.snapshot().queues.map(({ name, visible, inFlight }) => [name, visible, inFlight]),
    ).toEqual([
      ['jobs-dlq', 1, 0],
      ['jobs', 0, 0],
    ]);
    executor.script.invoke = () => okInvoke();
    expect(platform.redriveMessages('jobs-dlq')).toBe(1);
    await settle();
    expect(ofType('sqs-batch-result').at(-1)).toMatchObject({ status: 'ok', deletedIds: [id] });
    expect(platform.listMessages('jobs-dlq')).toEqual([]);
  });

  it('retries only the messages a partial batch response reports', async () => {
    const { platform, executor, settle, ofType } = withQueue({}, { reportBatchItemFailures: true });
    const [a, b, c] = ['a', 'b', 'c'].map((body) => platform.sendMessage('jobs', { body }));
    executor.script.invoke = () =>
      okInvoke(JSON.stringify({ batchItemFailures: [{ itemIdentifier: b }] }));
    await settle();
    expect(ofType('sqs-batch-result')).toMatchObject([
      { status: 'ok', deletedIds: [a, c], failedIds: [b] },
    ]);
    expect(platform.listMessages('jobs')).toMatchObject([{ messageId: b, state: 'in-flight' }]);
  });

  it('ignores a batch response unless ReportBatchItemFailures is on', async () => {
    const { platform, executor, settle, ofType } = withQueue();
    const id = platform.sendMessage('jobs', { body: 'a' });
    executor.script.invoke = () =>
      okInvoke(JSON.stringify({ batchItemFailures: [{ itemIdentifier: id }] }));
    await settle();
    expect(ofType('sqs-batch-result')).toMatchObject([{ deletedIds: [id], failedIds: [] }]);
  });

  it('waits for a full batch until the batching window closes', async () => {
    const { platform, executor, settle } = withQueue(
      {},
      { batchSize: 5, maximumBatchingWindowSec: 5 },
    );
    for (const body of ['a', 'b', 'c']) platform.sendMessage('jobs', { body });
    await settle(4_999);
    expect(executor.invoked).toEqual([]);
    await settle(1);
    expect(executor.invoked.map(({ request }) => bodiesOf(request))).toEqual([['a', 'b', 'c']]);
    for (const body of ['d', 'e', 'f', 'g', 'h', 'i']) platform.sendMessage('jobs', { body });
    await settle();
    expect(executor.invoked.map(({ request }) => bodiesOf(request)).slice(1)).toEqual([
      ['d', 'e', 'f', 'g', 'h'],
    ]);
  });

  it('keeps a FIFO group in order: its next message waits while one is in flight', async () => {
    const { platform, executor, settle } = withQueue(
      { name: 'orders.fifo', fifo: true },
      { batchSize: 1 },
    );
    executor.script.invoke = () => okInvoke('null', 10, 1000);
    platform.sendMessage('orders.fifo', { body: 'a1', groupId: 'a' });
    platform.sendMessage('orders.fifo', { body: 'a2', groupId: 'a' });
    platform.sendMessage('orders.fifo', { body: 'b1', groupId: 'b' });
    await settle();
    expect(executor.invoked.map(({ request }) => bodiesOf(request))).toEqual([['a1'], ['b1']]);
    await settle(1000);
    expect(executor.invoked.map(({ request }) => bodiesOf(request))).toEqual([
      ['a1'],
      ['b1'],
      ['a2'],
    ]);
  });

  it('runs at most five batches at once to begin with', async () => {
    const { platform, executor, settle } = withQueue(
      { visibilityTimeoutSec: 60 },
      { batchSize: 2 },
    );
    executor.script.invoke = () => okInvoke('null', 10, 10_000);
    for (let i = 0; i < 20; i++) platform.sendMessage('jobs', { body: String(i) });
    await settle();
    expect(platform.snapshot().eventSourceMappings[0]?.activeBatches).toBe(5);
    expect(platform.snapshot().queues[0]).toMatchObject({ visible: 10, inFlight: 10 });
    await settle(10_000);
    expect(executor.invoked).toHaveLength(10);
  });

  it('tries a throttled batch again after a back-off, with a new request', async () => {
    const { platform, executor, settle, ofType } = withQueue({}, {}, { reservedConcurrency: 1 });
    executor.script.invoke = () => okInvoke('null', 1500, 1500);
    const busy = platform.invoke('add', '{}');
    const id = platform.sendMessage('jobs', { body: 'a' });
    await settle();
    expect(ofType('sqs-batch-result')).toMatchObject([
      { status: 'throttled', failedIds: [id], retryAt: T0 + 1000 },
    ]);
    await settle(1000);
    // Step by step: the manual clock lets promises settle only between advances.
    await settle(500);
    await busy;
    await settle(1500);
    await settle(1500);
    const batches = ofType('sqs-batch').map((event) => [event.time - T0, event.messageIds]);
    expect(batches).toEqual([
      [0, [id]],
      [1000, [id]],
      [3000, [id]],
    ]);
    expect(new Set(ofType('sqs-batch').map((event) => event.requestId)).size).toBe(3);
    expect(ofType('sqs-batch-result').at(-1)).toMatchObject({ status: 'ok', deletedIds: [id] });
  });
});

describe('SQS accounting', () => {
  it('ends every message deleted after success or in the dead-letter queue', async () => {
    const { platform, executor, settle, ofType } = withQueue(
      { visibilityTimeoutSec: 10, maxReceiveCount: 2, deadLetterQueue: 'dlq' },
      { batchSize: 3, reportBatchItemFailures: true },
    );
    // Every message whose body is a multiple of 4 always fails; the rest succeed.
    executor.script.invoke = (_, request) => {
      const event = JSON.parse(request.eventJson) as {
        Records: Array<{ messageId: string; body: string }>;
      };
      const failures = event.Records.filter((r) => Number(r.body) % 4 === 0).map((r) => ({
        itemIdentifier: r.messageId,
      }));
      return okInvoke(JSON.stringify({ batchItemFailures: failures }), 5, 200);
    };
    const ids = Array.from({ length: 25 }, (_, i) =>
      platform.sendMessage('jobs', { body: String(i) }),
    );
    for (let step = 0; step < 60; step++) await settle(500);
    const deleted = ofType('sqs-batch-result').flatMap((event) => event.deletedIds);
    const dead = platform.listMessages('dlq').map((message) => message.messageId);
    expect(dead).toHaveLength(7);
    expect([...deleted, ...dead].toSorted()).toEqual(ids.toSorted());
    expect(platform.listMessages('jobs')).toEqual([]);
  });
});

describe('createEventSourceMapping', () => {
  function refusal(
    queue: Partial<QueueConfig>,
    mapping: Partial<EventSourceMappingConfig>,
    fn: Partial<FunctionConfig> = {},
  ) {
    const { platform } = setupPlatform();
    platform.deploy(testConfig(fn), testBundle());
    platform.createQueue({ name: 'q', ...queue });
    try {
      platform.createEventSourceMapping({
        queue: queue.name ?? 'q',
        functionName: 'add',
        ...mapping,
      });
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  }

  it('refuses what Lambda refuses', () => {
    expect(refusal({ name: 'q.fifo', fifo: true }, { batchSize: 11 })).toBe(
      'The batch size is a whole number from 1 to 10 for a FIFO queue.',
    );
    expect(refusal({ name: 'q.fifo', fifo: true }, { maximumBatchingWindowSec: 1 })).toBe(
      'FIFO queues take no batching window (MaximumBatchingWindowInSeconds must be 0).',
    );
    expect(refusal({}, { batchSize: 100 })).toBe(
      'A batch size above 10 needs a batching window of at least 1 second.',
    );
    expect(refusal({}, { batchSize: 100, maximumBatchingWindowSec: 1 })).toBeNull();
    expect(refusal({}, { batchSize: 10_001, maximumBatchingWindowSec: 1 })).toBe(
      'The batch size is a whole number from 1 to 10,000 for a standard queue.',
    );
    expect(refusal({ visibilityTimeoutSec: 30 }, {}, { timeoutSec: 60 })).toBe(
      'Queue visibility timeout: 30 seconds is less than Function timeout: 60 seconds',
    );
  });

  it('refuses a second mapping from the same queue to the same function', () => {
    const { platform } = setupPlatform();
    platform.deploy(testConfig(), testBundle());
    platform.createQueue({ name: 'q' });
    const id = platform.createEventSourceMapping({ queue: 'q', functionName: 'add' });
    expect(() => platform.createEventSourceMapping({ queue: 'q', functionName: 'add' })).toThrow(
      expect.objectContaining({
        code: 'ResourceConflictException',
        message: expect.stringContaining(id),
      }),
    );
  });
});
