import { describe, expect, it } from 'vitest';
import { bucketNameProblem } from './s3-bucket-names';
import {
  mappingProblem,
  queueConfigProblem,
  ruleNameProblem,
  topicNameProblem,
} from './validate-sources';

describe('queueConfigProblem', () => {
  it('takes the existing queues as a form knows them: by name, with their type', () => {
    const queues = new Map([['dlq.fifo', { fifo: true }]]);
    const fifo = { name: 'jobs.fifo', fifo: true, maxReceiveCount: 5, deadLetterQueue: 'dlq.fifo' };
    expect(queueConfigProblem(fifo, queues)).toBeNull();
    expect(
      queueConfigProblem({ name: 'jobs', maxReceiveCount: 5, deadLetterQueue: 'dlq.fifo' }, queues),
    ).toBe('The dead-letter queue of a standard queue must be standard too.');
    expect(queueConfigProblem({ name: 'x'.repeat(81) }, queues)).toMatch(/1–80/);
  });
});

describe('mappingProblem', () => {
  it('checks a mapping against a queue snapshot and the function timeout', () => {
    const queue = { fifo: false, visibilityTimeoutSec: 30 };
    expect(mappingProblem({ queue: 'q', functionName: 'f' }, queue, { timeoutSec: 30 })).toBeNull();
    expect(
      mappingProblem({ queue: 'q', functionName: 'f', maximumBatchingWindowSec: 301 }, queue, {
        timeoutSec: 3,
      }),
    ).toBe('The batching window is a whole number of seconds from 0 to 300.');
    expect(
      mappingProblem({ queue: 'q', functionName: 'f', maximumConcurrency: 1 }, queue, {
        timeoutSec: 3,
      }),
    ).toBe('Maximum concurrency is a whole number from 2 to 1,000.');
  });
});

describe('names', () => {
  it('follows SNS, EventBridge and S3 naming rules', () => {
    expect(topicNameProblem('orders_2')).toBeNull();
    expect(topicNameProblem('orders 2')).toMatch(/1–256/);
    expect(ruleNameProblem('nightly.report-1')).toBeNull();
    expect(ruleNameProblem('x'.repeat(65))).toMatch(/1–64/);
    expect(bucketNameProblem('my-photos.2026')).toBeNull();
    expect(bucketNameProblem('ab')).toMatch(/3–63/);
    expect(bucketNameProblem('My-Photos')).toMatch(/lowercase/);
  });
});
