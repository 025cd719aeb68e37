import { describe, expect, it } from 'vitest';
import { errorInvoke, okInvoke } from '../testing/fake-executor';
import { setupPlatform, testBundle, testConfig } from '../testing/platform-fixture';

function twoSubscribers() {
  const setup = setupPlatform();
  setup.platform.deploy(testConfig({ name: 'email' }), testBundle());
  setup.platform.deploy(testConfig({ name: 'audit' }), testBundle());
  setup.platform.createTopic('orders');
  const email = setup.platform.subscribeToTopic('orders', 'email');
  const audit = setup.platform.subscribeToTopic('orders', 'audit');
  return { ...setup, email, audit };
}

describe('publish', () => {
  it('fans out: one async invoke per subscription, each with its own event', async () => {
    const { platform, executor, settle, ofType, email, audit } = twoSubscribers();
    const messageId = platform.publish('orders', { message: '{"id":1}', subject: 'New order' });
    const [published] = ofType('sns-published');
    expect(published).toMatchObject({
      topicName: 'orders',
      messageId,
      deliveries: [
        { subscriptionId: email, functionName: 'email' },
        { subscriptionId: audit, functionName: 'audit' },
      ],
    });
    expect(ofType('async-queued').map((e) => [e.functionName, e.source, e.requestId])).toEqual(
      published?.deliveries.map((d) => [d.functionName, 'aws:sns', d.requestId]),
    );
    await settle();
    const events = executor.invoked.map(({ request }) => JSON.parse(request.eventJson));
    expect(events).toEqual([
      { Records: [{ subscriptionId: email, messageId, message: '{"id":1}' }] },
      { Records: [{ subscriptionId: audit, messageId, message: '{"id":1}' }] },
    ]);
  });

  it('retries each subscriber on its own, as async invokes', async () => {
    const { platform, executor, settle, ofType } = twoSubscribers();
    executor.script.invoke = (instanceId) =>
      instanceId.startsWith('audit') ? errorInvoke() : okInvoke();
    platform.publish('orders', { message: 'hi' });
    await settle();
    expect(ofType('async-succeeded').map((e) => e.functionName)).toEqual(['email']);
    expect(ofType('async-retry-scheduled').map((e) => e.functionName)).toEqual(['audit']);
  });

  it('delivers to nobody when no one subscribes, and stops after unsubscribe', async () => {
    const { platform, settle, ofType, email, audit } = twoSubscribers();
    platform.unsubscribeFromTopic(email);
    platform.unsubscribeFromTopic(audit);
    platform.publish('orders', { message: 'hi' });
    await settle();
    expect(ofType('sns-published')[0]?.deliveries).toEqual([]);
    expect(ofType('async-queued')).toEqual([]);
  });

  it('refuses unknown topics, empty messages and long subjects', () => {
    const { platform } = twoSubscribers();
    expect(() => platform.publish('nope', { message: 'x' })).toThrow('Topic does not exist: nope');
    expect(() => platform.publish('orders', { message: '' })).toThrow(
      'A message must not be empty.',
    );
    expect(() => platform.publish('orders', { message: 'x', subject: 's'.repeat(101) })).toThrow(
      'A subject is at most 100 characters, on one line.',
    );
    expect(() => platform.createTopic('orders.fifo')).toThrow(
      'Lambda functions cannot subscribe to FIFO topics.',
    );
  });

  it('lists topics and subscriptions in the snapshot', () => {
    const { platform, email, audit } = twoSubscribers();
    platform.createTopic('orders');
    expect(platform.snapshot().topics).toEqual([
      {
        name: 'orders',
        subscriptions: [
          { id: email, functionName: 'email' },
          { id: audit, functionName: 'audit' },
        ],
      },
    ]);
    platform.deleteTopic('orders');
    expect(platform.snapshot().topics).toEqual([]);
  });
});
