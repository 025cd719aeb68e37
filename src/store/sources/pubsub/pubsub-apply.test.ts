// The reconciler against the real engine (manual clock, fake executor): what it creates, keeps,
// replaces and refuses as the drafts change.
import { describe, expect, it } from 'vitest';
import { errorInvoke } from '../../../engine/testing/fake-executor';
import { setupPlatform, testBundle, testConfig } from '../../../engine/testing/platform-fixture';
import { createPubSubReconciler } from './pubsub-apply';
import type { QueueDraft, QueueMappingDraft, TopicDraft } from '../../../workspace/model';

/** `fn-1` → `email` and `fn-2` → `audit`, deployed; `names` can rename or undeploy them. */
function setup() {
  const test = setupPlatform();
  test.platform.deploy(testConfig({ name: 'email' }), testBundle());
  test.platform.deploy(testConfig({ name: 'audit' }), testBundle());
  const names = new Map<string, string | null>([
    ['fn-1', 'email'],
    ['fn-2', 'audit'],
  ]);
  const resolved: string[] = [];
  const reconciler = createPubSubReconciler(
    () => test.platform,
    async (id) => {
      resolved.push(id);
      return names.get(id) ?? null;
    },
  );
  return { ...test, names, resolved, reconciler };
}

function queue(id: string, change: Partial<QueueDraft> = {}): QueueDraft {
  return {
    id,
    name: id,
    fifo: false,
    visibilityTimeoutSec: 30,
    redrive: null,
    mapping: null,
    ...change,
  };
}

const MAPPING: QueueMappingDraft = {
  functionId: 'fn-1',
  batchSize: 10,
  maximumBatchingWindowSec: 0,
  reportBatchItemFailures: false,
  enabled: true,
};

const TOPIC: TopicDraft = { id: 't1', name: 'orders', subscriberIds: ['fn-1', 'fn-2'] };

describe('createPubSubReconciler', () => {
  it('creates the dead-letter queue first, then the queue that redrives to it, then its mapping', async () => {
    const { platform, reconciler, ofType } = setup();
    const source = queue('jobs', {
      redrive: { deadLetterQueueId: 'dlq', maxReceiveCount: 2 },
      mapping: MAPPING,
    });
    const problems = await reconciler.apply([], [source, queue('dlq', { name: 'jobs-dlq' })]);
    expect(problems).toEqual(new Map());
    expect(ofType('resource').map((e) => `${e.kind} ${e.action} ${e.note ?? e.name}`)).toEqual([
      'queue created jobs-dlq',
      'queue created jobs',
      'event-source-mapping created jobs → email',
    ]);
    const snapshot = platform.snapshot();
    expect(snapshot.queues.map((q) => [q.name, q.deadLetterQueue, q.maxReceiveCount])).toEqual([
      ['jobs-dlq', null, null],
      ['jobs', 'jobs-dlq', 2],
    ]);
    expect(reconciler.nameOf('queue', 'dlq')).toBe('jobs-dlq');
  });

  it('subscribes every subscriber once, and unsubscribes only the one taken off', async () => {
    const { platform, reconciler } = setup();
    await reconciler.apply([TOPIC], []);
    const [before] = platform.snapshot().topics;
    expect(before?.subscriptions.map((s) => s.functionName)).toEqual(['email', 'audit']);

    await reconciler.apply([TOPIC], []);
    await reconciler.apply([{ ...TOPIC, subscriberIds: ['fn-2'] }], []);
    expect(platform.snapshot().topics).toEqual([
      { name: 'orders', subscriptions: [before!.subscriptions[1]] },
    ]);
  });

  it('publishing to the applied topic invokes both subscribers', async () => {
    const { platform, reconciler, executor, settle } = setup();
    await reconciler.apply([TOPIC], []);
    platform.publish(reconciler.nameOf('topic', 't1')!, { message: 'hello' });
    await settle();
    expect(executor.invoked.map(({ instanceId }) => instanceId.split('-')[0])).toEqual([
      'email',
      'audit',
    ]);
  });

  it('keeps the messages when only the mapping changes, and deletes them with a changed queue', async () => {
    const { platform, reconciler } = setup();
    const paused = queue('jobs', { mapping: { ...MAPPING, enabled: false } });
    await reconciler.apply([], [paused]);
    platform.sendMessage('jobs', { body: 'one' });
    platform.sendMessage('jobs', { body: 'two' });

    await reconciler.apply(
      [],
      [{ ...paused, mapping: { ...MAPPING, batchSize: 5, enabled: false } }],
    );
    expect(platform.snapshot().queues[0]?.visible).toBe(2);

    await reconciler.apply([], [{ ...paused, visibilityTimeoutSec: 60 }]);
    expect(platform.snapshot().queues).toMatchObject([
      { name: 'jobs', visibilityTimeoutSec: 60, visible: 0 },
    ]);
  });

  it('a disabled mapping polls nothing; enabling it delivers the waiting messages', async () => {
    const { platform, reconciler, executor, settle } = setup();
    const jobs = queue('jobs', { mapping: { ...MAPPING, enabled: false } });
    await reconciler.apply([], [jobs]);
    platform.sendMessage('jobs', { body: 'waiting' });
    await settle();
    expect(platform.snapshot().eventSourceMappings).toEqual([]);
    expect(executor.invoked).toEqual([]);

    await reconciler.apply([], [{ ...jobs, mapping: MAPPING }]);
    await settle();
    expect(executor.invoked.map(({ request }) => JSON.parse(request.eventJson))).toEqual([
      {
        Records: [
          { messageId: expect.any(String), body: 'waiting', receiveCount: 1, queue: 'jobs' },
        ],
      },
    ]);
  });

  it('shows the engine’s refusals and what is not deployed, by draft', async () => {
    const { reconciler, names } = setup();
    names.set('fn-2', null);
    const problems = await reconciler.apply(
      [
        TOPIC,
        { id: 't2', name: 'orders', subscriberIds: [] },
        { id: 't3', name: 'x.fifo', subscriberIds: [] },
      ],
      [
        queue('bad name!'),
        queue('slow', { visibilityTimeoutSec: 2, mapping: MAPPING }),
        queue('lost', { mapping: { ...MAPPING, functionId: 'fn-2' } }),
      ],
    );
    expect(Object.fromEntries(problems)).toEqual({
      'subscription:t1:fn-2': 'The function is not deployed: fix its settings or build.',
      'topic:t2': 'A topic named orders already exists.',
      'topic:t3': 'Lambda functions cannot subscribe to FIFO topics.',
      'queue:bad name!': 'A queue name is 1–80 letters, digits, hyphens (-) or underscores (_).',
      'mapping:slow':
        'Queue visibility timeout: 2 seconds is less than Function timeout: 3 seconds',
      'mapping:lost': 'The function is not deployed: fix its settings or build.',
    });
  });

  it('follows a renamed function: the subscription and the mapping are made again', async () => {
    const { platform, reconciler, names } = setup();
    const jobs = queue('jobs', { mapping: MAPPING });
    await reconciler.apply([{ ...TOPIC, subscriberIds: ['fn-1'] }], [jobs]);
    platform.deploy(testConfig({ name: 'mailer' }), testBundle());
    names.set('fn-1', 'mailer');
    await reconciler.apply([{ ...TOPIC, subscriberIds: ['fn-1'] }], [jobs]);
    const snapshot = platform.snapshot();
    expect(snapshot.topics[0]?.subscriptions.map((s) => s.functionName)).toEqual(['mailer']);
    expect(snapshot.eventSourceMappings.map((m) => m.functionName)).toEqual(['mailer']);
  });

  it('takes everything down, messages included, and makes it afresh on the next apply', async () => {
    const { platform, reconciler } = setup();
    const drafts = [queue('jobs', { mapping: MAPPING }), queue('dlq')];
    await reconciler.apply([TOPIC], drafts);
    platform.sendMessage('dlq', { body: 'kept until the reset' });
    reconciler.takeDown();
    expect(platform.snapshot()).toMatchObject({ queues: [], topics: [], eventSourceMappings: [] });
    expect(reconciler.nameOf('queue', 'dlq')).toBe(null);

    await reconciler.apply([TOPIC], drafts);
    const snapshot = platform.snapshot();
    expect(snapshot.queues.map((q) => [q.name, q.visible])).toEqual([
      ['jobs', 0],
      ['dlq', 0],
    ]);
    expect(snapshot.topics[0]?.subscriptions).toHaveLength(2);
    expect(snapshot.eventSourceMappings).toHaveLength(1);
  });

  it('a failing handler’s message ends in the dead-letter queue after maxReceiveCount receives', async () => {
    const { platform, reconciler, executor, settle } = setup();
    executor.script.invoke = () => errorInvoke('always');
    await reconciler.apply(
      [],
      [
        queue('jobs', {
          redrive: { deadLetterQueueId: 'dlq', maxReceiveCount: 2 },
          mapping: MAPPING,
        }),
        queue('dlq'),
      ],
    );
    platform.sendMessage('jobs', { body: 'doomed' });
    await settle();
    await settle(30_000);
    await settle(30_000);
    expect(executor.invoked).toHaveLength(2);
    expect(platform.listMessages('dlq')).toMatchObject([
      { body: 'doomed', receiveCount: 2, sourceQueue: 'jobs' },
    ]);
    expect(platform.snapshot().queues.find((q) => q.name === 'jobs')).toMatchObject({
      visible: 0,
      inFlight: 0,
    });
  });
});
