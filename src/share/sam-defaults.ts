// The settings a function gets where neither a template nor a folder of files says otherwise: the
// Lambda console's and SAM's defaults (128 MB, 3 s, x86_64), on the playground's default runtime.
import type { SamFunction } from './sam-types';

export type SamDefaultSettings = Pick<
  SamFunction,
  | 'runtime'
  | 'handler'
  | 'memoryMB'
  | 'architecture'
  | 'timeoutSec'
  | 'environment'
  | 'reservedConcurrency'
>;

/** A fresh object each time: callers own their `environment`. */
export function samDefaultSettings(): SamDefaultSettings {
  return {
    runtime: 'nodejs22.x',
    handler: 'index.handler',
    // MemorySize 128 and Timeout 3 are SAM's own defaults (AWS::Serverless::Function reference).
    memoryMB: 128,
    architecture: 'x86_64',
    timeoutSec: 3,
    environment: {},
    reservedConcurrency: null,
  };
}
