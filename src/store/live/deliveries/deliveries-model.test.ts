import { describe, expect, it } from 'vitest';
import type { DeliveriesState, DeliveryStatus, DeliveryView } from './deliveries-model';
import { clipText, emptyDeliveries, pendingOnly } from './deliveries-model';

function withEvents(statuses: DeliveryStatus[]): DeliveriesState {
  const state = emptyDeliveries();
  statuses.forEach((status, n) => {
    const view: DeliveryView = {
      requestId: `r${n}`,
      functionName: 'add',
      source: 'api',
      origin: null,
      queuedAt: n,
      eventJson: '{}',
      attempts: [],
      throttles: 0,
      status,
    };
    state.byId.set(view.requestId, view);
    state.order.push(view.requestId);
    state.counts[status.kind]++;
  });
  state.queues.set('jobs', {
    sent: 1,
    batches: 0,
    deleted: 0,
    returned: 0,
    movedToDeadLetter: 0,
    movedIn: 0,
  });
  return state;
}

describe('pendingOnly', () => {
  it('keeps the events still in the async queue, in order, and counts only them', () => {
    const retrying: DeliveryStatus = { kind: 'retrying', reason: 'error', dueAt: 60_000 };
    const state = withEvents([
      { kind: 'succeeded', at: 1 },
      retrying,
      { kind: 'in-flight', attempt: 1 },
      { kind: 'queued' },
    ]);
    const kept = pendingOnly(state);
    expect(kept.order).toEqual(['r1', 'r2', 'r3']);
    expect(kept.byId.get('r1')).toBe(state.byId.get('r1'));
    expect(kept.byId.get('r0')).toBeUndefined();
    expect(kept.counts).toEqual({
      queued: 1,
      'in-flight': 1,
      retrying: 1,
      succeeded: 0,
      failed: 0,
      dropped: 0,
    });
    expect(kept.queues).toEqual(new Map());
  });
});

describe('clipText', () => {
  it('keeps short texts whole and says how much of a long one was cut', () => {
    expect(clipText('abc', 3)).toBe('abc');
    expect(clipText('abcdef', 4)).toBe('abcd… (2 more characters)');
  });
});
