// A function's asynchronous-invocation settings with Lambda's defaults filled in.
import type { FunctionConfig } from '../types';

// docs/aws-lambda.md#asynchronous-invocation: MaximumRetryAttempts 0–2, default 2;
// MaximumEventAgeInSeconds 60–21,600, default 6 hours.
export const RETRY_ATTEMPTS_RANGE = { min: 0, max: 2, default: 2 } as const;
export const EVENT_AGE_RANGE = { min: 60, max: 21_600, default: 21_600 } as const;

export interface AsyncSettings {
  maximumRetryAttempts: number;
  maximumEventAgeSec: number;
  deadLetterQueue: string | null;
  onFailureDestination: string | null;
}

export function asyncSettingsOf(config: FunctionConfig): AsyncSettings {
  return {
    maximumRetryAttempts: config.maximumRetryAttempts ?? RETRY_ATTEMPTS_RANGE.default,
    maximumEventAgeSec: config.maximumEventAgeSec ?? EVENT_AGE_RANGE.default,
    deadLetterQueue: config.deadLetterQueue || null,
    onFailureDestination: config.onFailureDestination || null,
  };
}
