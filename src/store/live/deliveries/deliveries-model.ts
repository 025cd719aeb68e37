// What the learner sees of the async queue: every async event with its attempts and its fate, and
// what each SQS queue did with its messages, projected from the engine's PlatformEvents.
import type {
  AsyncFailureReason,
  AsyncRetryReason,
  FailedEventDelivery,
  InvokeStatus,
} from '../../../engine';

/** How one attempt ended, from its invoke-end. */
export interface AttemptOutcome {
  status: InvokeStatus;
  /** Simulated time. */
  endedAt: number;
  durationMs: number;
  cold: boolean;
  /** The result, or Lambda's error JSON (clipped, see clipText). */
  payload: string;
}

export interface AttemptView {
  /** 1, 2, 3: as Lambda counts them (throttles are not attempts). */
  attempt: number;
  startedAt: number;
  /** null while the attempt runs. */
  outcome: AttemptOutcome | null;
}

export type DeliveryStatus =
  /** Accepted (202), first attempt not yet made. */
  | { kind: 'queued' }
  | { kind: 'in-flight'; attempt: number }
  /** `dueAt` is on the simulated clock. */
  | { kind: 'retrying'; reason: AsyncRetryReason; dueAt: number }
  | { kind: 'succeeded'; at: number }
  /** Failed, and kept by at least one dead-letter queue or on-failure destination. */
  | FailureStatus<'failed'>
  /** Failed, and no queue kept it: it is gone. */
  | FailureStatus<'dropped'>;

export interface FailureStatus<K extends 'failed' | 'dropped'> {
  kind: K;
  at: number;
  reason: AsyncFailureReason;
  /** Why, in words for a learner (deliveryFailureText). */
  explanation: string;
  deliveries: FailedEventDelivery[];
}

export type DeliveryStatusKind = DeliveryStatus['kind'];

export interface DeliveryView {
  requestId: string;
  functionName: string;
  /** `api` (an Event invoke), `aws:s3`, `aws:sns` or `aws.events`. */
  source: string;
  /** What fired it, e.g. `topic orders`; null for an Event invoke. */
  origin: string | null;
  queuedAt: number;
  /** The event as queued (clipped, see clipText). */
  eventJson: string;
  attempts: AttemptView[];
  /** 429s met on the way: the event waited for concurrency (Lambda retries these up to the max age). */
  throttles: number;
  status: DeliveryStatus;
}

/** What one SQS queue did with messages since the page opened (or the last reset). */
export interface QueueTally {
  sent: number;
  /** Batches a poller received (a throttled batch tried again counts again). */
  batches: number;
  deleted: number;
  /** Left to become visible again after a failed batch (or a throttled one the poller let go). */
  returned: number;
  movedToDeadLetter: number;
  /** Arrived by a move: into a dead-letter queue, or back from one by redrive. */
  movedIn: number;
}

export interface DeliveriesState {
  /** The kept async events by request id. */
  byId: Map<string, DeliveryView>;
  /** Request ids of the kept events, oldest first. */
  order: string[];
  /** Every event accepted since the page opened, by status: evicted ones stay counted. */
  counts: Record<DeliveryStatusKind, number>;
  /** By queue name. */
  queues: Map<string, QueueTally>;
  /** What fired a request, heard before its async-queued (SNS, S3, schedules report first). */
  origins: Map<string, string>;
}

/**
 * Async events kept for the list. It is a learner's recent history, not an audit trail (the counts
 * cover every event): a rate(1 minute) rule at 100× adds 100 events per real minute, so 200 are the
 * last two minutes of that. Texts are clipped (TEXT_KEPT), so even 200 events of 1 MB that failed
 * three times hold under 13 MB; typical events (1–2 KB) hold well under 1 MB. Events still pending
 * are never evicted, so their later attempts always find their row.
 */
export const DELIVERIES_KEPT = 200;

/** Characters kept of an event's JSON and of each attempt's response. */
export const TEXT_KEPT = 8192;

export function emptyDeliveries(): DeliveriesState {
  return {
    byId: new Map(),
    order: [],
    counts: { queued: 0, 'in-flight': 0, retrying: 0, succeeded: 0, failed: 0, dropped: 0 },
    queues: new Map(),
    origins: new Map(),
  };
}

export const PENDING_KINDS: ReadonlySet<DeliveryStatusKind> = new Set([
  'queued',
  'in-flight',
  'retrying',
]);

/**
 * What a reset keeps: the events still in the async queue, since their next attempts will come
 * (a reset stops instances, not the queue). Everything settled, and the queue tallies, go.
 */
export function pendingOnly(state: DeliveriesState): DeliveriesState {
  const next = emptyDeliveries();
  for (const id of state.order) {
    const view = state.byId.get(id);
    if (view === undefined || !PENDING_KINDS.has(view.status.kind)) continue;
    next.byId.set(id, view);
    next.order.push(id);
    next.counts[view.status.kind]++;
  }
  return next;
}

/** Long texts are cut, saying by how much, so a 1 MB event does not stay in memory 200 times. */
export function clipText(text: string, limit = TEXT_KEPT): string {
  if (text.length <= limit) return text;
  return `${text.slice(0, limit)}… (${text.length - limit} more characters)`;
}
