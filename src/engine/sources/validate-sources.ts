// Checks queue, event source mapping, topic, rule and bucket settings as the AWS APIs do, so a
// form can show the problem before submitting; the platform refuses the same settings.
import type { EventSourceMappingConfig, QueueConfig, QueueSnapshot } from './source-types';
import type { FunctionConfig } from '../types';

// CreateQueue: 1–80 of [A-Za-z0-9_-]; a FIFO queue's name ends in `.fifo` (within the 80).
export const QUEUE_NAME = /^[A-Za-z0-9_-]{1,80}$/;
const FIFO_QUEUE_NAME = /^[A-Za-z0-9_-]{1,75}\.fifo$/;
// CreateTopic: up to 256 of [A-Za-z0-9_-]; PutRule: 1–64 of [.\-_A-Za-z0-9];
// bucket names: 3–63 lowercase letters, digits, dots and hyphens, starting and ending alphanumeric.
const TOPIC_NAME = /^[A-Za-z0-9_-]{1,256}$/;
const RULE_NAME = /^[.\-_A-Za-z0-9]{1,64}$/;
// SQS: VisibilityTimeout 0–43,200 s (12 h); RedrivePolicy maxReceiveCount 1–1,000.
export const VISIBILITY_TIMEOUT_RANGE = { min: 0, max: 43_200, default: 30 } as const;
export const MAX_RECEIVE_COUNT_RANGE = { min: 1, max: 1000 } as const;
// docs/aws-lambda.md#sqs-event-source-mapping: BatchSize default 10, at most 10 (FIFO) or 10,000;
// MaximumBatchingWindowInSeconds 0–300, not for FIFO; ScalingConfig.MaximumConcurrency 2–1,000.
export const BATCH_SIZE = { default: 10, maxFifo: 10, maxStandard: 10_000 } as const;
export const BATCHING_WINDOW_RANGE = { min: 0, max: 300 } as const;
export const MAXIMUM_CONCURRENCY_RANGE = { min: 2, max: 1000 } as const;

function integerIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/** What is wrong with a new queue's settings, or null; `queues`: the existing ones by name. */
export function queueConfigProblem(
  config: QueueConfig,
  queues: ReadonlyMap<string, Pick<QueueSnapshot, 'fifo'>>,
): string | null {
  const fifo = config.fifo === true;
  if (fifo ? !FIFO_QUEUE_NAME.test(config.name) : !QUEUE_NAME.test(config.name)) {
    return fifo
      ? 'A FIFO queue name is 1–75 letters, digits, hyphens or underscores followed by .fifo.'
      : 'A queue name is 1–80 letters, digits, hyphens (-) or underscores (_).';
  }
  if (queues.has(config.name)) return `A queue named ${config.name} already exists.`;
  const visibility = config.visibilityTimeoutSec ?? VISIBILITY_TIMEOUT_RANGE.default;
  if (!integerIn(visibility, VISIBILITY_TIMEOUT_RANGE.min, VISIBILITY_TIMEOUT_RANGE.max)) {
    return 'The visibility timeout is a whole number of seconds from 0 to 43,200 (12 hours).';
  }
  const { maxReceiveCount, deadLetterQueue } = config;
  if ((maxReceiveCount === undefined) !== (deadLetterQueue === undefined)) {
    return 'A redrive policy needs both a dead-letter queue and a maximum receive count.';
  }
  if (maxReceiveCount === undefined || deadLetterQueue === undefined) return null;
  if (!integerIn(maxReceiveCount, MAX_RECEIVE_COUNT_RANGE.min, MAX_RECEIVE_COUNT_RANGE.max)) {
    return 'The maximum receive count is a whole number from 1 to 1,000.';
  }
  const target = queues.get(deadLetterQueue);
  if (target === undefined) return `The dead-letter queue ${deadLetterQueue} does not exist.`;
  if (target.fifo !== fifo) {
    return `The dead-letter queue of a ${fifo ? 'FIFO' : 'standard'} queue must be ${fifo ? 'FIFO' : 'standard'} too.`;
  }
  return null;
}

/** What is wrong with an event source mapping from `queue` to a function configured so, or null. */
export function mappingProblem(
  config: EventSourceMappingConfig,
  queue: Pick<QueueSnapshot, 'fifo' | 'visibilityTimeoutSec'>,
  fn: Pick<FunctionConfig, 'timeoutSec'>,
): string | null {
  const batchSize = config.batchSize ?? BATCH_SIZE.default;
  const windowSec = config.maximumBatchingWindowSec ?? 0;
  const max = queue.fifo ? BATCH_SIZE.maxFifo : BATCH_SIZE.maxStandard;
  if (!integerIn(batchSize, 1, max)) {
    return `The batch size is a whole number from 1 to ${max.toLocaleString('en-US')} for a ${queue.fifo ? 'FIFO' : 'standard'} queue.`;
  }
  if (!integerIn(windowSec, BATCHING_WINDOW_RANGE.min, BATCHING_WINDOW_RANGE.max)) {
    return 'The batching window is a whole number of seconds from 0 to 300.';
  }
  if (queue.fifo && windowSec > 0)
    return 'FIFO queues take no batching window (MaximumBatchingWindowInSeconds must be 0).';
  if (batchSize > 10 && windowSec < 1) {
    return 'A batch size above 10 needs a batching window of at least 1 second.';
  }
  const concurrency = config.maximumConcurrency;
  if (
    concurrency !== undefined &&
    !integerIn(concurrency, MAXIMUM_CONCURRENCY_RANGE.min, MAXIMUM_CONCURRENCY_RANGE.max)
  ) {
    return 'Maximum concurrency is a whole number from 2 to 1,000.';
  }
  if (fn.timeoutSec > queue.visibilityTimeoutSec) {
    // CreateEventSourceMapping's InvalidParameterValueException for this case.
    return `Queue visibility timeout: ${queue.visibilityTimeoutSec} seconds is less than Function timeout: ${fn.timeoutSec} seconds`;
  }
  return null;
}

export function topicNameProblem(name: string): string | null {
  if (name.endsWith('.fifo')) return 'Lambda functions cannot subscribe to FIFO topics.';
  return TOPIC_NAME.test(name)
    ? null
    : 'A topic name is 1–256 letters, digits, hyphens (-) or underscores (_).';
}

export function ruleNameProblem(name: string): string | null {
  return RULE_NAME.test(name)
    ? null
    : 'A rule name is 1–64 letters, digits, dots (.), hyphens (-) or underscores (_).';
}
