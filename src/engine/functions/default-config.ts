// A new function's settings as the Lambda console creates it: 128 MB, 3 s, x86_64, unreserved.
import type { FunctionConfig } from '../types';

export function defaultFunctionConfig(
  name: string,
  overrides: Partial<FunctionConfig> = {},
): FunctionConfig {
  return {
    name,
    runtime: 'nodejs22.x',
    handler: 'index.handler',
    memoryMB: 128,
    architecture: 'x86_64',
    timeoutSec: 3,
    environment: {},
    reservedConcurrency: null,
    ...overrides,
  };
}
