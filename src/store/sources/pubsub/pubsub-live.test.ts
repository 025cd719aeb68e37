// The live figures against the real engine: what a refresh shows, and when refreshes happen.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorInvoke } from '../../../engine/testing/fake-executor';
import { setupPlatform, testBundle, testConfig } from '../../../engine/testing/platform-fixture';
import type { PubSubLiveState } from './pubsub-live';
import { createLiveFeed, LIVE_REFRESH_MS, liveView } from './pubsub-live';

function setup() {
  const test = setupPlatform();
  test.platform.deploy(testConfig({ name: 'worker' }), testBundle());
  test.platform.createQueue({ name: 'dlq' });
  test.platform.createQueue({ name: 'jobs', deadLetterQueue: 'dlq', maxReceiveCount: 1 });
  return test;
}

describe('liveView', () => {
  it('counts each queue’s messages and lists a dead-letter queue’s', () => {
    const { platform } = setup();
    platform.sendMessage('jobs', { body: 'a' });
    const id = platform.sendMessage('dlq', { body: 'b' });
    const { queues, nextVisibleAt } = liveView(platform);
    expect(queues.get('jobs')).toEqual({
      visible: 1,
      inFlight: 0,
      activeBatches: 0,
      messages: null,
    });
    expect(queues.get('dlq')).toMatchObject({ visible: 1, inFlight: 0, activeBatches: 0 });
    expect(queues.get('dlq')?.messages?.map((m) => [m.messageId, m.body, m.receiveCount])).toEqual([
      [id, 'b', 0],
    ]);
    expect(nextVisibleAt).toBe(Infinity);
  });
});

describe('createLiveFeed', () => {
  afterEach(() => void vi.useRealTimers());

  it('refreshes once per period however many messages are sent, and not without a change', () => {
    const { platform, clock } = setup();
    vi.useFakeTimers();
    const views: PubSubLiveState[] = [];
    const stop = createLiveFeed(platform, clock, (view) => views.push(view));
    expect(views.map((v) => v.queues.get('jobs')?.visible)).toEqual([0]);
    for (let i = 0; i < 5; i++) platform.sendMessage('jobs', { body: String(i) });
    vi.advanceTimersByTime(LIVE_REFRESH_MS - 1);
    expect(views).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(views.map((v) => v.queues.get('jobs')?.visible)).toEqual([0, 5]);
    vi.advanceTimersByTime(10 * LIVE_REFRESH_MS);
    expect(views).toHaveLength(2);
    stop();
    platform.sendMessage('jobs', { body: 'after stop' });
    vi.advanceTimersByTime(LIVE_REFRESH_MS);
    expect(views).toHaveLength(2);
  });

  it('shows an in-flight message visible again when its visibility timeout ends', async () => {
    const { platform, clock, executor, settle } = setup();
    executor.script.invoke = () => errorInvoke();
    platform.sendMessage('jobs', { body: 'held' });
    const mapping = platform.createEventSourceMapping({ queue: 'jobs', functionName: 'worker' });
    await settle();
    // The failed message stays in flight for 30 s; with no mapping, no event reports its return.
    platform.deleteEventSourceMapping(mapping);
    vi.useFakeTimers();
    const views: PubSubLiveState[] = [];
    const stop = createLiveFeed(platform, clock, (view) => views.push(view));
    expect(views.at(-1)?.queues.get('jobs')).toMatchObject({ visible: 0, inFlight: 1 });
    clock.advance(29_999);
    vi.advanceTimersByTime(LIVE_REFRESH_MS);
    expect(views).toHaveLength(1);
    clock.advance(1);
    vi.advanceTimersByTime(LIVE_REFRESH_MS);
    expect(views.at(-1)?.queues.get('jobs')).toMatchObject({ visible: 1, inFlight: 0 });
    stop();
  });
});
