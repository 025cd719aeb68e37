import { describe, expect, it } from 'vitest';
import type { PlatformEvent } from '../../../engine';
import {
  emptyObservedCalls,
  OBSERVED_CONNECTIONS_KEPT,
  reduceObservedCalls,
} from './observed-calls';
import { hopsOf } from './traffic';

const route = (event: PlatformEvent) =>
  hopsOf(event).map((h) => `${h.from} → ${h.to}${h.leg ? ' (then)' : ''}${h.failed ? ' ✗' : ''}`);

describe('hopsOf', () => {
  it('moves a message from each source to the functions it invokes', () => {
    expect(
      route({
        type: 's3-notified',
        time: 1,
        bucket: 'uploads',
        eventName: 'ObjectCreated:Put',
        key: 'a.jpg',
        deliveries: [{ functionName: 'thumbnail', requestId: 'r', configurationId: 'n-1' }],
      }),
    ).toEqual(['bucket:uploads → function:thumbnail']);
    expect(
      route({
        type: 'sns-published',
        time: 1,
        topicName: 'alerts',
        messageId: 'm',
        deliveries: [
          { functionName: 'a', requestId: 'r1', subscriptionId: 's1' },
          { functionName: 'b', requestId: 'r2', subscriptionId: 's2' },
        ],
      }),
    ).toEqual(['topic:alerts → function:a', 'topic:alerts → function:b']);
    expect(
      route({
        type: 'sqs-batch',
        time: 1,
        mappingId: 'm',
        queueName: 'jobs',
        functionName: 'worker',
        requestId: 'r',
        messageIds: ['1', '2'],
      }),
    ).toEqual(['queue:jobs → function:worker']);
    expect(
      route({
        type: 'schedule-fired',
        time: 1,
        ruleName: 'nightly',
        functionName: 'report',
        requestId: 'r',
        nextFireAt: null,
      }),
    ).toEqual(['schedule:nightly → function:report']);
  });

  it('sends an event bus message through its rule, then to each target', () => {
    expect(
      route({
        type: 'eventbridge-put',
        time: 1,
        busName: 'default',
        eventId: 'e',
        source: 'app',
        detailType: 'x',
        deliveries: [
          { ruleName: 'r', targetType: 'lambda', targetName: 'f', messageId: 'id' },
          { ruleName: 'r', targetType: 'sqs', targetName: 'q', messageId: null, problem: 'gone' },
        ],
      }),
    ).toEqual([
      'bus:default → rule:default\nr',
      'rule:default\nr → function:f (then)',
      'rule:default\nr → queue:q (then) ✗',
    ]);
  });

  it('follows SDK calls, destinations and redrives; other events move nothing', () => {
    expect(
      route({
        type: 'service-call',
        time: 1,
        functionName: 'f',
        requestId: 'r',
        service: 'sqs',
        operation: 'SendMessage',
        resource: 'jobs',
        statusCode: 400,
        errorCode: 'QueueDoesNotExist',
        units: { kind: 'sqs-request', requests: 1 },
        latencyMs: 10,
        usd: 0,
      }),
    ).toEqual(['function:f → queue:jobs ✗']);
    expect(
      route({
        type: 'async-failed',
        time: 1,
        functionName: 'f',
        requestId: 'r',
        reason: 'retries-exhausted',
        attempts: 3,
        deliveries: [
          {
            kind: 'dead-letter-queue',
            targetType: 'sns',
            targetName: 'failures',
            messageId: 'm',
          },
        ],
        dropped: false,
      }),
    ).toEqual(['function:f → topic:failures']);
    expect(
      route({
        type: 'sqs-moved',
        time: 1,
        messageId: 'm',
        fromQueue: 'jobs',
        toQueue: 'jobs-dlq',
        reason: 'max-receive-count',
        receiveCount: 3,
      }),
    ).toEqual(['queue:jobs → queue:jobs-dlq']);
    expect(route({ type: 'removed', time: 1, functionName: 'f' })).toEqual([]);
  });
});

describe('reduceObservedCalls', () => {
  const call = (functionName: string, resource: string, time: number): PlatformEvent => ({
    type: 'service-call',
    time,
    functionName,
    requestId: 'r',
    service: 's3',
    operation: 'PutObject',
    resource,
    statusCode: 200,
    errorCode: null,
    units: { kind: 's3-request', tier: 'put' },
    latencyMs: 10,
    usd: 0,
  });

  it('returns the same state for a batch without SDK calls, so nothing re-renders', () => {
    const state = emptyObservedCalls();
    expect(reduceObservedCalls(state, [{ type: 'removed', time: 1, functionName: 'f' }])).toBe(
      state,
    );
  });

  it('keeps at most OBSERVED_CONNECTIONS_KEPT connections, forgetting the least recent', () => {
    const events = Array.from({ length: OBSERVED_CONNECTIONS_KEPT + 1 }, (_, i) =>
      call('f', `bucket-${i}`, i),
    );
    const state = reduceObservedCalls(emptyObservedCalls(), events);
    expect(state.size).toBe(OBSERVED_CONNECTIONS_KEPT);
    const resources = [...state.values()].map((c) => c.resource);
    expect(resources).not.toContain('bucket-0');
    expect(resources).toContain(`bucket-${OBSERVED_CONNECTIONS_KEPT}`);
  });
});
