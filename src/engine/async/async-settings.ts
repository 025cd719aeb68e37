// A function's asynchronous-invocation settings with Lambda's defaults filled in.
import type { AsyncDestination, DeadLetterTarget, FunctionConfig } from '../types';

// docs/aws-lambda.md#asynchronous-invocation: MaximumRetryAttempts 0–2, default 2;
// MaximumEventAgeInSeconds 60–21,600, default 6 hours.
export const RETRY_ATTEMPTS_RANGE = { min: 0, max: 2, default: 2 } as const;
export const EVENT_AGE_RANGE = { min: 60, max: 21_600, default: 21_600 } as const;

export interface AsyncSettings {
  maximumRetryAttempts: number;
  maximumEventAgeSec: number;
  deadLetter: DeadLetterTarget | null;
  onSuccess: AsyncDestination | null;
  onFailure: AsyncDestination | null;
}

/** The older SQS-only field, read as a target; an empty name is none. */
function olderQueue(name: string | null | undefined): { type: 'sqs'; name: string } | null {
  return name ? { type: 'sqs', name } : null;
}

/** A target with no name is no target. */
function named<T extends { name: string }>(target: T | null): T | null {
  return target !== null && target.name !== '' ? target : null;
}

export function asyncSettingsOf(config: FunctionConfig): AsyncSettings {
  return {
    maximumRetryAttempts: config.maximumRetryAttempts ?? RETRY_ATTEMPTS_RANGE.default,
    maximumEventAgeSec: config.maximumEventAgeSec ?? EVENT_AGE_RANGE.default,
    deadLetter: named(
      config.deadLetter !== undefined ? config.deadLetter : olderQueue(config.deadLetterQueue),
    ),
    onSuccess: named(config.onSuccess ?? null),
    onFailure: named(
      config.onFailure !== undefined ? config.onFailure : olderQueue(config.onFailureDestination),
    ),
  };
}

/** A target as one comparable string (`sqs:orders`), or null for none. */
export function targetKey(target: { type: string; name: string } | null): string | null {
  return target === null ? null : `${target.type}:${target.name}`;
}
