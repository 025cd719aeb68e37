// The size of a function's /tmp: Lambda's EphemeralStorage setting, 512–10,240 MB in 1 MB steps,
// 512 by default (docs/aws-lambda.md#ephemeral-storage).
import type { FunctionConfig } from '../types';

export const STORAGE_RANGE = { min: 512, max: 10_240 } as const;
export const DEFAULT_EPHEMERAL_STORAGE_MB = 512;

/** The setting as it acts: absent reads as Lambda's default. */
export function ephemeralStorageOf(config: Pick<FunctionConfig, 'ephemeralStorageMB'>): number {
  return config.ephemeralStorageMB ?? DEFAULT_EPHEMERAL_STORAGE_MB;
}
