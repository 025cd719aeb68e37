import { describe, expect, it } from 'vitest';
import type { DeliveryStatus, DeliveryView } from '../../store';
import { attemptsText, errorSummary, sourceLabel, statusText, summaryText } from './delivery-text';

function view(status: DeliveryStatus, attempts = 0, throttles = 0): DeliveryView {
  const attempt = (n: number) => ({ attempt: n, startedAt: 0, outcome: null });
  return {
    requestId: 'r1',
    functionName: 'add',
    source: 'api',
    origin: null,
    queuedAt: 0,
    eventJson: '{}',
    attempts: Array.from({ length: attempts }, (_, i) => attempt(i + 1)),
    throttles,
    status,
  };
}

describe('statusText', () => {
  it('writes every status out', () => {
    expect(statusText(view({ kind: 'queued' }), 0)).toBe('queued');
    expect(statusText(view({ kind: 'in-flight', attempt: 2 }), 0)).toBe('attempt 2 running');
    const retrying = view({ kind: 'retrying', reason: 'error', dueAt: 180_000 });
    expect(statusText(retrying, 77_500)).toBe('retrying in 1:43 (simulated)');
    expect(statusText(retrying, 200_000)).toBe('retrying in 0:00 (simulated)');
    expect(statusText(view({ kind: 'succeeded', at: 1 }), 0)).toBe('delivered');
    const failure = { at: 1, reason: 'retries-exhausted' as const, explanation: '' };
    const kept = [
      {
        kind: 'dead-letter-queue' as const,
        targetType: 'sqs' as const,
        targetName: 'dlq',
        messageId: 'm',
      },
    ];
    expect(statusText(view({ kind: 'failed', ...failure, deliveries: kept }), 0)).toBe(
      'in DLQ dlq',
    );
    expect(statusText(view({ kind: 'dropped', ...failure, deliveries: [] }), 0)).toBe(
      'dropped: retries exhausted',
    );
  });
});

describe('attemptsText', () => {
  it('counts attempts, and throttles apart from them', () => {
    expect(attemptsText(view({ kind: 'queued' }))).toBe('0 attempts');
    expect(attemptsText(view({ kind: 'succeeded', at: 0 }, 1))).toBe('1 attempt');
    expect(attemptsText(view({ kind: 'succeeded', at: 0 }, 3, 2))).toBe('3 attempts, 2 throttled');
  });
});

describe('summaryText', () => {
  const none = { queued: 0, 'in-flight': 0, retrying: 0, succeeded: 0, failed: 0, dropped: 0 };
  it('accounts for every event', () => {
    expect(summaryText({ ...none, succeeded: 12, retrying: 1, failed: 2 })).toBe(
      '12 delivered · 1 retrying · 2 in DLQ · 0 dropped',
    );
    expect(summaryText({ ...none, queued: 1, 'in-flight': 2, dropped: 1 })).toBe(
      '3 in flight · 0 delivered · 0 retrying · 0 in DLQ · 1 dropped',
    );
  });
});

describe('sourceLabel', () => {
  it('names the sources as the tabs do', () => {
    expect(['api', 'aws:s3', 'aws:sns', 'aws.events', 'custom'].map(sourceLabel)).toEqual([
      'Invoke (Event)',
      'S3',
      'SNS',
      'Schedule',
      'custom',
    ]);
  });
});

describe('errorSummary', () => {
  it("reads Lambda's error JSON, and leaves any other text as it is", () => {
    expect(errorSummary('{"errorType":"Error","errorMessage":"boom","trace":[]}')).toBe(
      'Error: boom',
    );
    expect(errorSummary('{"errorType":"Error"')).toBe('{"errorType":"Error"');
    expect(errorSummary('null')).toBe('null');
  });
});
