// The async queue's reasons in a learner's words: why an event waits, and why it failed or is gone.
import type { AsyncFailureReason, AsyncRetryReason, FailedEventDelivery } from '../../../engine';

const RETRY_REASONS: Record<AsyncRetryReason, string> = {
  error: 'after a function error',
  timeout: 'after a timeout',
  crash: 'after the runtime crashed',
  throttled: 'throttled: no concurrency was free',
};

export function retryReasonText(reason: AsyncRetryReason): string {
  return RETRY_REASONS[reason];
}

const FAILURE_LABELS: Record<AsyncFailureReason, string> = {
  'retries-exhausted': 'retries exhausted',
  'event-age-exceeded': 'maximum event age reached',
  'reserved-concurrency-zero': 'reserved concurrency is 0',
  'function-not-found': 'function not found',
  'recursive-loop': 'recursive loop stopped',
};

/** A few words, for a status badge: `dropped: retries exhausted`. */
export function failureLabel(reason: AsyncFailureReason): string {
  return FAILURE_LABELS[reason];
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function whyItFailed(reason: AsyncFailureReason, attempts: number): string {
  switch (reason) {
    case 'retries-exhausted':
      return attempts === 1
        ? 'The function failed its only attempt (maximum retry attempts is 0).'
        : `The function failed all ${attempts} attempts (the first and ${plural(attempts - 1, 'retry', 'retries')}).`;
    case 'event-age-exceeded':
      return 'The event would have been older than its maximum event age by the next attempt.';
    case 'reserved-concurrency-zero':
      // AWS, since 16 Aug 2021: such events go to the DLQ or destination at once (async-invoke.ts).
      return "The function's reserved concurrency is 0, so Lambda sent the event on without running it.";
    case 'function-not-found':
      return 'No function of that name exists any more (it was removed or renamed).';
    case 'recursive-loop':
      return 'Lambda detected a recursive loop: this chain of requests had already invoked the function 16 times, so Lambda stopped it instead of running it again.';
  }
}

const QUEUE_KIND: Record<FailedEventDelivery['kind'], string> = {
  'dead-letter-queue': 'dead-letter queue',
  'on-failure-destination': 'on-failure destination',
  'on-success-destination': 'on-success destination',
};

/** What the delivery became, in the target's own words. */
function becameText({ kind, targetType, targetName, messageId }: FailedEventDelivery): string {
  const where = `the ${QUEUE_KIND[kind]} ${targetName}`;
  switch (targetType) {
    case 'sqs':
      return `It is message ${messageId} in ${where}.`;
    case 'sns':
      return `${where} (an SNS topic) published it as message ${messageId}.`;
    case 'lambda':
      return `${where} (a function) was invoked with it as request ${messageId}.`;
    case 'eventbridge':
      return `${where} (an EventBridge bus) took it as event ${messageId}.`;
    case 's3':
      return `It is the object ${messageId} in ${where} (an S3 bucket).`;
  }
}

function whereItWent(deliveries: FailedEventDelivery[]): string {
  if (deliveries.length === 0) {
    return 'No dead-letter queue or on-failure destination is configured, so Lambda discarded it.';
  }
  return deliveries
    .map((delivery) =>
      delivery.messageId === null
        ? `The ${QUEUE_KIND[delivery.kind]} ${delivery.targetName} could not take it: ${delivery.problem ?? 'no reason given'}`
        : becameText(delivery),
    )
    .join(' ');
}

/** The whole story of a failed event, as the expanded row tells it. */
export function deliveryFailureText(
  reason: AsyncFailureReason,
  attempts: number,
  deliveries: FailedEventDelivery[],
): string {
  return `${whyItFailed(reason, attempts)} ${whereItWent(deliveries)}`;
}

/** Where the kept copies are, for a badge: `in DLQ my-dlq`, `in destination failures`. */
export function keptInText(deliveries: FailedEventDelivery[]): string {
  return deliveries
    .filter((delivery) => delivery.messageId !== null)
    .map(
      ({ kind, targetName }) =>
        `${kind === 'dead-letter-queue' ? 'DLQ' : 'destination'} ${targetName}`,
    )
    .join(' + ');
}
