// Lambda's recursive loop detection: a handler that sends its own trigger an event through the
// SDK is stopped once the chain of requests has invoked it 16 times.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors';
import { okInvoke } from '../testing/fake-executor';
import { setupPlatform, testBundle, testConfig } from '../testing/platform-fixture';
import { RECURSION_LIMIT } from './call-chains';

describe('recursive loop detection', () => {
  it('stops a function that keeps sending its own queue a message after 16 invocations, to the DLQ', async () => {
    const { platform, executor, settle, ofType } = setupPlatform();
    platform.deploy(testConfig(), testBundle());
    platform.createQueue({ name: 'dlq' });
    platform.createQueue({ name: 'jobs', deadLetterQueue: 'dlq', maxReceiveCount: 5 });
    platform.createEventSourceMapping({ queue: 'jobs', functionName: 'add' });
    // Each invocation's handler sends the queue another message through the SDK.
    executor.script.invoke = (_instanceId, request) => {
      platform.sendMessage(
        'jobs',
        { body: 'again' },
        { functionName: 'add', requestId: request.requestId },
      );
      return okInvoke();
    };
    platform.sendMessage('jobs', { body: 'first' });
    for (let i = 0; i < 40; i++) await settle(100);
    expect(executor.invoked).toHaveLength(RECURSION_LIMIT);
    expect(ofType('recursion-stopped')).toMatchObject([{ functionName: 'add', source: 'aws:sqs' }]);
    expect(ofType('sqs-moved')).toMatchObject([
      { fromQueue: 'jobs', toQueue: 'dlq', reason: 'recursive-loop' },
    ]);
    expect(platform.listMessages('dlq').map((message) => message.body)).toEqual(['again']);
  });

  it('drops the message when the queue has no dead-letter queue', async () => {
    const { platform, executor, settle, ofType } = setupPlatform();
    platform.deploy(testConfig(), testBundle());
    platform.createQueue({ name: 'jobs' });
    platform.createEventSourceMapping({ queue: 'jobs', functionName: 'add' });
    executor.script.invoke = (_instanceId, request) => {
      platform.sendMessage(
        'jobs',
        { body: 'again' },
        { functionName: 'add', requestId: request.requestId },
      );
      return okInvoke();
    };
    platform.sendMessage('jobs', { body: 'first' });
    for (let i = 0; i < 40; i++) await settle(100);
    expect(executor.invoked).toHaveLength(RECURSION_LIMIT);
    expect(ofType('recursion-stopped')).toHaveLength(1);
    expect(platform.listMessages('jobs')).toEqual([]);
  });

  it('stops an SNS loop the same way, failing the async event as a recursive loop', async () => {
    const { platform, executor, settle, ofType } = setupPlatform();
    platform.deploy(testConfig(), testBundle());
    platform.createTopic('news');
    platform.subscribeToTopic('news', 'add');
    executor.script.invoke = (_instanceId, request) => {
      platform.publish(
        'news',
        { message: 'again' },
        { functionName: 'add', requestId: request.requestId },
      );
      return okInvoke();
    };
    platform.publish('news', { message: 'first' });
    for (let i = 0; i < 40; i++) await settle(100);
    expect(executor.invoked).toHaveLength(RECURSION_LIMIT);
    expect(ofType('async-failed')).toMatchObject([
      { functionName: 'add', reason: 'recursive-loop', dropped: true },
    ]);
  });

  it('answers a synchronous Invoke that would loop with RecursiveInvocationException', async () => {
    const { platform, settle } = setupPlatform();
    platform.deploy(testConfig(), testBundle());
    let origin = { functionName: 'add', requestId: '' };
    for (let i = 0; i < RECURSION_LIMIT; i++) {
      const call = platform.invoke('add', '{}', { origin: i === 0 ? undefined : origin });
      await settle(10);
      origin = { functionName: 'add', requestId: (await call).requestId };
    }
    const stopped = await platform.invoke('add', '{}', { origin }).catch((error: unknown) => error);
    expect(stopped).toBeInstanceOf(ApiError);
    expect(stopped).toMatchObject({ code: 'RecursiveInvocationException', statusCode: 400 });
  });

  it('lets events that no handler sent, and separate chains, run as often as they come', async () => {
    const { platform, executor, settle } = setupPlatform();
    platform.deploy(testConfig(), testBundle());
    platform.createQueue({ name: 'jobs' });
    platform.createEventSourceMapping({ queue: 'jobs', functionName: 'add', batchSize: 1 });
    for (let i = 0; i < 30; i++) platform.sendMessage('jobs', { body: String(i) });
    for (let i = 0; i < 40; i++) await settle(100);
    expect(executor.invoked).toHaveLength(30);
  });
});
