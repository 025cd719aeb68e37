import { describe, expect, it } from 'vitest';
import type { FailedEventDelivery } from '../../../engine';
import {
  deliveryFailureText,
  failureLabel,
  keptInText,
  retryReasonText,
} from './deliveries-wording';

const dlq: FailedEventDelivery = {
  kind: 'dead-letter-queue',
  targetType: 'sqs',
  targetName: 'dlq',
  messageId: 'm1',
};
const refused: FailedEventDelivery = {
  kind: 'on-failure-destination',
  targetType: 'sqs' as const,
  targetName: 'orders.fifo',
  messageId: null,
  problem: 'Lambda sends failed events only to standard queues; orders.fifo is FIFO.',
};

describe('deliveryFailureText', () => {
  it('tells where each copy went, or why a queue could not take it', () => {
    expect(deliveryFailureText('event-age-exceeded', 2, [dlq, refused])).toBe(
      'The event would have been older than its maximum event age by the next attempt. ' +
        'It is message m1 in the dead-letter queue dlq. ' +
        'The on-failure destination orders.fifo could not take it: Lambda sends failed events only to standard queues; orders.fifo is FIFO.',
    );
  });

  it('counts the retries after the first attempt', () => {
    expect(deliveryFailureText('retries-exhausted', 2, [])).toBe(
      'The function failed all 2 attempts (the first and 1 retry). No dead-letter queue or on-failure destination is configured, so Lambda discarded it.',
    );
  });
});

describe('keptInText', () => {
  it('names the queues that kept the event, not those that refused it', () => {
    const destination = { ...dlq, kind: 'on-failure-destination' as const, targetName: 'records' };
    expect(keptInText([dlq, destination])).toBe('DLQ dlq + destination records');
    expect(keptInText([refused, dlq])).toBe('DLQ dlq');
  });
});

describe('failureLabel', () => {
  it('is a few words for a badge', () => {
    expect(failureLabel('retries-exhausted')).toBe('retries exhausted');
    expect(failureLabel('event-age-exceeded')).toBe('maximum event age reached');
    expect(failureLabel('reserved-concurrency-zero')).toBe('reserved concurrency is 0');
    expect(failureLabel('function-not-found')).toBe('function not found');
  });
});

describe('retryReasonText', () => {
  it('says what the last try met', () => {
    expect(retryReasonText('error')).toBe('after a function error');
    expect(retryReasonText('timeout')).toBe('after a timeout');
    expect(retryReasonText('crash')).toBe('after the runtime crashed');
    expect(retryReasonText('throttled')).toBe('throttled: no concurrency was free');
  });
});
