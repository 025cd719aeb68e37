import { describe, expect, it } from 'vitest';
import type { PlatformEvent } from '../../../engine';
import { errorInvoke, okInvoke } from '../../../engine/testing/fake-executor';
import { requestIdOf, setupDeployed, T0 } from '../../../engine/testing/platform-fixture';
import type { DeliveriesState } from './deliveries-model';
import { DELIVERIES_KEPT, emptyDeliveries } from './deliveries-model';
import { reduceDeliveries } from './deliveries-reduce';

const BOOM = '{"errorType":"Error","errorMessage":"boom","trace":["Error: boom"]}';
const NONE = { queued: 0, 'in-flight': 0, retrying: 0, succeeded: 0, failed: 0, dropped: 0 };

/** What the store does: the recorded events folded in, one batch. */
function reduced(events: PlatformEvent[]): DeliveriesState {
  return reduceDeliveries(emptyDeliveries(), events);
}

function only(state: DeliveriesState) {
  expect(state.order).toHaveLength(1);
  return state.byId.get(state.order[0]!)!;
}

describe('reduceDeliveries', () => {
  it('follows an Event invoke from queued to delivered', async () => {
    const { platform, events, settle } = setupDeployed();
    platform.invokeAsync('add', '{"a":1}');
    expect(only(reduced(events)).status).toEqual({ kind: 'queued' });
    await settle();
    const state = reduced(events);
    expect(state.order).toEqual([requestIdOf(1)]);
    expect(state.byId.get(requestIdOf(1))).toEqual({
      requestId: requestIdOf(1),
      functionName: 'add',
      source: 'api',
      origin: null,
      queuedAt: T0,
      eventJson: '{"a":1}',
      attempts: [
        {
          attempt: 1,
          startedAt: T0,
          outcome: { status: 'ok', endedAt: T0, durationMs: 10, cold: true, payload: 'null' },
        },
      ],
      throttles: 0,
      status: { kind: 'succeeded', at: T0 },
    });
    expect(state.counts).toEqual({ ...NONE, succeeded: 1 });
  });

  it('shows a failing event retrying on the simulated clock, then dropped with the reason', async () => {
    const { platform, executor, events, settle } = setupDeployed();
    executor.script.invoke = () => errorInvoke();
    platform.invokeAsync('add', '{}');
    await settle();
    const retrying = reduced(events);
    expect(only(retrying).status).toEqual({
      kind: 'retrying',
      reason: 'error',
      dueAt: T0 + 60_000,
    });
    expect(retrying.counts).toEqual({ ...NONE, retrying: 1 });

    await settle(60_000);
    expect(only(reduced(events)).status).toEqual({
      kind: 'retrying',
      reason: 'error',
      dueAt: T0 + 180_000,
    });
    await settle(120_000);
    const state = reduced(events);
    const view = only(state);
    expect(view.attempts).toEqual([
      { attempt: 1, startedAt: T0, outcome: outcome(T0, true) },
      { attempt: 2, startedAt: T0 + 60_000, outcome: outcome(T0 + 60_000, false) },
      { attempt: 3, startedAt: T0 + 180_000, outcome: outcome(T0 + 180_000, false) },
    ]);
    expect(view.status).toEqual({
      kind: 'dropped',
      at: T0 + 180_000,
      reason: 'retries-exhausted',
      explanation:
        'The function failed all 3 attempts (the first and 2 retries). No dead-letter queue or on-failure destination is configured, so Lambda discarded it.',
      deliveries: [],
    });
    expect(state.counts).toEqual({ ...NONE, dropped: 1 });
  });

  it('names the dead-letter queue and message a failed event went to', async () => {
    const setup = setupDeployed({ maximumRetryAttempts: 0, deadLetterQueue: 'dlq' });
    setup.platform.createQueue({ name: 'dlq' });
    setup.executor.script.invoke = () => errorInvoke();
    setup.platform.invokeAsync('add', '{}');
    await setup.settle();
    const state = reduced(setup.events);
    const messageId = '00000000-0000-4000-9000-000000000001';
    expect(only(state).status).toEqual({
      kind: 'failed',
      at: T0,
      reason: 'retries-exhausted',
      explanation: `The function failed its only attempt (maximum retry attempts is 0). It is message ${messageId} in the dead-letter queue dlq.`,
      deliveries: [{ kind: 'dead-letter-queue', targetType: 'sqs', targetName: 'dlq', messageId }],
    });
    expect(state.counts).toEqual({ ...NONE, failed: 1 });
    expect(state.queues.get('dlq')).toEqual({
      sent: 1,
      batches: 0,
      deleted: 0,
      returned: 0,
      movedToDeadLetter: 0,
      movedIn: 0,
    });
  });

  it('drops an event whose dead-letter queue does not exist, saying so', async () => {
    const setup = setupDeployed({ maximumRetryAttempts: 0, deadLetterQueue: 'gone' });
    setup.executor.script.invoke = () => errorInvoke();
    setup.platform.invokeAsync('add', '{}');
    await setup.settle();
    expect(only(reduced(setup.events)).status).toMatchObject({
      kind: 'dropped',
      explanation:
        'The function failed its only attempt (maximum retry attempts is 0). The dead-letter queue gone could not take it: Queue gone does not exist.',
    });
  });

  it('counts throttles, which are not attempts, and shows the back-off', async () => {
    const { platform, executor, events, settle } = setupDeployed({ reservedConcurrency: 1 });
    executor.script.invoke = () => okInvoke('null', 10, 5000);
    platform.invokeAsync('add', '{}');
    platform.invokeAsync('add', '{}');
    await settle();
    const second = reduced(events).byId.get(requestIdOf(2))!;
    expect(second.throttles).toBe(1);
    expect(second.attempts).toEqual([]);
    expect(second.status).toEqual({ kind: 'retrying', reason: 'throttled', dueAt: T0 + 1000 });
    await settle(1000);
    expect(reduced(events).byId.get(requestIdOf(2))).toMatchObject({
      throttles: 2,
      status: { kind: 'retrying', reason: 'throttled', dueAt: T0 + 3000 },
    });
    await settle(2000);
    expect(reduced(events).byId.get(requestIdOf(2))).toMatchObject({
      throttles: 3,
      status: { kind: 'retrying', reason: 'throttled', dueAt: T0 + 7000 },
    });
    // The manual clock settles promises after a jump: step to the first request's end, then on.
    await settle(2000);
    await settle(2000);
    expect(reduced(events).byId.get(requestIdOf(2))).toMatchObject({
      attempts: [{ attempt: 1, startedAt: T0 + 7000, outcome: null }],
      status: { kind: 'in-flight', attempt: 1 },
    });
    await settle(5000);
    const state = reduced(events);
    expect(state.byId.get(requestIdOf(2))).toMatchObject({
      throttles: 3,
      attempts: [{ attempt: 1, startedAt: T0 + 7000, outcome: { endedAt: T0 + 12_000 } }],
      status: { kind: 'succeeded', at: T0 + 12_000 },
    });
    expect(state.counts).toEqual({ ...NONE, succeeded: 2 });
  });

  it('words reserved concurrency 0 and a missing function for the learner', async () => {
    const zero = setupDeployed({ reservedConcurrency: 0 });
    zero.platform.invokeAsync('add', '{}');
    await zero.settle();
    expect(only(reduced(zero.events)).status).toMatchObject({
      kind: 'dropped',
      reason: 'reserved-concurrency-zero',
      explanation:
        "The function's reserved concurrency is 0, so Lambda sent the event on without running it. No dead-letter queue or on-failure destination is configured, so Lambda discarded it.",
    });

    const gone = setupDeployed();
    gone.platform.createTopic('orders');
    gone.platform.subscribeToTopic('orders', 'add');
    gone.platform.remove('add');
    gone.platform.publish('orders', { message: 'hi' });
    const view = only(reduced(gone.events));
    expect(view).toMatchObject({ source: 'aws:sns', origin: 'topic orders', attempts: [] });
    expect(view.status).toMatchObject({
      kind: 'dropped',
      reason: 'function-not-found',
      explanation:
        'No function of that name exists any more (it was removed or renamed). No dead-letter queue or on-failure destination is configured, so Lambda discarded it.',
    });
  });

  it('says which bucket, topic or rule fired an event', async () => {
    const { platform, events, settle } = setupDeployed();
    const config = { id: 'c1', functionName: 'add', events: ['s3:ObjectCreated:*'] };
    platform.putBucketNotification('photos', [config]);
    platform.notifyS3Change('photos', {
      eventName: 'ObjectCreated:Put',
      key: 'my photo.jpg',
      size: 3,
      eTag: 'e',
    });
    platform.createTopic('orders');
    platform.subscribeToTopic('orders', 'add');
    platform.publish('orders', { message: 'hi' });
    platform.createScheduleRule({
      name: 'tick',
      expression: 'rate(1 minute)',
      functionName: 'add',
    });
    await settle(60_000);
    const state = reduced(events);
    expect(
      state.order.map((id) => [state.byId.get(id)!.source, state.byId.get(id)!.origin]),
    ).toEqual([
      ['aws:s3', 'bucket photos: ObjectCreated:Put my photo.jpg'],
      ['aws:sns', 'topic orders'],
      ['aws.events', 'rule tick'],
    ]);
    expect(state.origins).toEqual(new Map());
    expect(state.counts).toEqual({ ...NONE, succeeded: 3 });
  });

  it('gives the same state whatever the batches the events arrive in', async () => {
    const { platform, executor, events, settle } = setupDeployed();
    executor.script.invoke = () => errorInvoke();
    platform.invokeAsync('add', '{}');
    platform.invokeAsync('add', '{"b":2}');
    await settle(180_000);
    await settle(0);
    const oneByOne = events.reduce(
      (state, event) => reduceDeliveries(state, [event]),
      emptyDeliveries(),
    );
    expect(oneByOne).toEqual(reduced(events));
  });

  it('returns the same state for batches without async events or queues', async () => {
    const { platform, events, settle } = setupDeployed();
    await platform.invoke('add', '{}');
    await settle();
    const before = emptyDeliveries();
    expect(events.length).toBeGreaterThan(5);
    expect(reduceDeliveries(before, events)).toBe(before);
  });

  it('ignores events of requests it never saw queued (from before a reset)', () => {
    const before = emptyDeliveries();
    const late: PlatformEvent = {
      type: 'async-succeeded',
      time: T0,
      functionName: 'add',
      requestId: 'r-old',
      attempts: 1,
      deliveries: [],
    };
    expect(reduceDeliveries(before, [late])).toBe(before);
  });

  it(`keeps the newest ${DELIVERIES_KEPT} events, never one still pending, and counts them all`, () => {
    const queued = (n: number): PlatformEvent => ({
      type: 'async-queued',
      time: T0 + n,
      functionName: 'add',
      requestId: `r${n}`,
      source: 'api',
      eventJson: '{}',
    });
    const succeeded = (n: number): PlatformEvent => ({
      type: 'async-succeeded',
      time: T0 + n,
      functionName: 'add',
      requestId: `r${n}`,
      attempts: 1,
      deliveries: [],
    });
    const events = [queued(0)];
    for (let n = 1; n <= DELIVERIES_KEPT + 5; n++) events.push(queued(n), succeeded(n));
    const state = reduced(events);
    expect(state.order).toHaveLength(DELIVERIES_KEPT);
    expect(state.order.slice(0, 2)).toEqual(['r0', 'r7']);
    expect(state.order.at(-1)).toBe(`r${DELIVERIES_KEPT + 5}`);
    expect(state.byId.size).toBe(DELIVERIES_KEPT);
    expect(state.counts).toEqual({ ...NONE, queued: 1, succeeded: DELIVERIES_KEPT + 5 });
  });

  it('clips a long event and a long response', async () => {
    const { platform, executor, events, settle } = setupDeployed();
    executor.script.invoke = () => okInvoke(JSON.stringify('y'.repeat(9000)));
    platform.invokeAsync('add', JSON.stringify({ x: 'x'.repeat(9000) }));
    await settle();
    const view = only(reduced(events));
    // 6 + 9,000 + 2 characters of event, 1 + 9,000 + 1 of response: the first 8,192 are kept.
    expect(view.eventJson.length).toBe(8192 + '… (816 more characters)'.length);
    expect(view.eventJson.startsWith(`{"x":"${'x'.repeat(8186)}…`)).toBe(true);
    expect(view.eventJson.endsWith('x… (816 more characters)')).toBe(true);
    expect(view.attempts[0]?.outcome?.payload.endsWith('y… (810 more characters)')).toBe(true);
  });
});

function outcome(endedAt: number, cold: boolean) {
  return { status: 'error', endedAt, durationMs: 5, cold, payload: BOOM };
}
