// Folds a batch of PlatformEvents into the async-delivery accounting. Pure, and returns the very
// same state when the batch held nothing about async events or queues (most batches under load).
import type { PlatformEvent } from '../../../engine';
import type { DeliveriesState, DeliveryStatus, DeliveryView } from './deliveries-model';
import { clipText, DELIVERIES_KEPT, PENDING_KINDS } from './deliveries-model';
import { tallyQueue } from './deliveries-queues';
import { deliveryFailureText } from './deliveries-wording';

/** The event types the reducer reads: the others always leave the state as it is. */
export const DELIVERY_EVENT_TYPES: ReadonlySet<PlatformEvent['type']> = new Set([
  'invoke-end',
  'throttle',
  'async-queued',
  'async-attempt',
  'async-retry-scheduled',
  'async-succeeded',
  'async-failed',
  'sqs-sent',
  'sqs-batch',
  'sqs-batch-result',
  'sqs-moved',
  'sns-published',
  's3-notified',
  'schedule-fired',
]);

type SourceOrigin = Extract<PlatformEvent, { type: 'sns-published' | 's3-notified' }>;

function originOf(event: SourceOrigin): string {
  if (event.type === 'sns-published') return `topic ${event.topicName}`;
  return `bucket ${event.bucket}: ${event.eventName} ${event.key}`;
}

/** A working copy, made on the batch's first relevant event. */
function copyOf(state: DeliveriesState): DeliveriesState {
  return {
    byId: new Map(state.byId),
    order: [...state.order],
    counts: { ...state.counts },
    queues: new Map(state.queues),
    origins: new Map(state.origins),
  };
}

function setStatus(
  draft: DeliveriesState,
  view: DeliveryView,
  status: DeliveryStatus,
): DeliveryView {
  draft.counts[view.status.kind]--;
  draft.counts[status.kind]++;
  return { ...view, status };
}

/** Applies one event to the working copy, which `draft` makes on the first event that matters. */
function apply(draft: () => DeliveriesState, known: DeliveriesState, event: PlatformEvent): void {
  switch (event.type) {
    case 'sns-published':
    case 's3-notified':
      for (const { requestId } of event.deliveries) draft().origins.set(requestId, originOf(event));
      return;
    case 'schedule-fired':
      draft().origins.set(event.requestId, `rule ${event.ruleName}`);
      return;
    case 'sqs-sent':
    case 'sqs-batch':
    case 'sqs-batch-result':
    case 'sqs-moved':
      return tallyQueue(draft(), event);
    case 'async-queued':
      return queue(draft(), event);
    case 'async-attempt':
    case 'invoke-end':
    case 'throttle':
    case 'async-retry-scheduled':
    case 'async-succeeded':
    case 'async-failed': {
      // Most invoke-ends and throttles are synchronous requests: they are looked up, not copied.
      if (!known.byId.has(event.requestId)) return;
      const d = draft();
      d.byId.set(event.requestId, update(d, d.byId.get(event.requestId)!, event));
    }
  }
}

function queue(d: DeliveriesState, event: Extract<PlatformEvent, { type: 'async-queued' }>): void {
  const { requestId, functionName, source, time } = event;
  d.byId.set(requestId, {
    requestId,
    functionName,
    source,
    origin: d.origins.get(requestId) ?? null,
    queuedAt: time,
    eventJson: clipText(event.eventJson),
    attempts: [],
    throttles: 0,
    status: { kind: 'queued' },
  });
  d.origins.delete(requestId);
  d.order.push(requestId);
  d.counts.queued++;
}

type OwnEvent = Extract<
  PlatformEvent,
  {
    type:
      | 'async-attempt'
      | 'invoke-end'
      | 'throttle'
      | 'async-retry-scheduled'
      | 'async-succeeded'
      | 'async-failed';
  }
>;

/** The event's next view after one of its own events. */
function update(d: DeliveriesState, view: DeliveryView, event: OwnEvent): DeliveryView {
  switch (event.type) {
    case 'async-attempt': {
      const attempt = { attempt: event.attempt, startedAt: event.time, outcome: null };
      const next = setStatus(d, view, { kind: 'in-flight', attempt: event.attempt });
      return { ...next, attempts: [...view.attempts, attempt] };
    }
    case 'invoke-end': {
      const last = view.attempts.at(-1);
      if (last === undefined || last.outcome !== null) return view;
      const outcome = {
        status: event.status,
        endedAt: event.time,
        durationMs: event.report.durationMs,
        cold: event.report.initDurationMs !== undefined,
        payload: clipText(event.payload),
      };
      return { ...view, attempts: [...view.attempts.slice(0, -1), { ...last, outcome }] };
    }
    case 'throttle':
      return { ...view, throttles: view.throttles + 1 };
    case 'async-retry-scheduled':
      return setStatus(d, view, { kind: 'retrying', reason: event.reason, dueAt: event.dueAt });
    case 'async-succeeded':
      return setStatus(d, view, { kind: 'succeeded', at: event.time });
    case 'async-failed': {
      const { reason, attempts, deliveries } = event;
      const explanation = deliveryFailureText(reason, attempts, deliveries);
      const kind = event.dropped ? 'dropped' : 'failed';
      return setStatus(d, view, { kind, at: event.time, reason, explanation, deliveries });
    }
  }
}

/** Lets the oldest settled events go once more than DELIVERIES_KEPT are kept. */
function evict(d: DeliveriesState): void {
  let excess = d.order.length - DELIVERIES_KEPT;
  if (excess <= 0) return;
  d.order = d.order.filter((id) => {
    if (excess === 0 || PENDING_KINDS.has(d.byId.get(id)!.status.kind)) return true;
    d.byId.delete(id);
    excess--;
    return false;
  });
}

export function reduceDeliveries(state: DeliveriesState, events: PlatformEvent[]): DeliveriesState {
  const work: { copy: DeliveriesState | null } = { copy: null };
  const draft = () => (work.copy ??= copyOf(state));
  for (const event of events) apply(draft, work.copy ?? state, event);
  if (work.copy === null) return state;
  evict(work.copy);
  return work.copy;
}
