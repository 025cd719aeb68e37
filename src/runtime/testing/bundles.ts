// Test support for both sides of the runtime: a function's settings and a CommonJS bundle.
import type { CodeBundle, FunctionConfig } from '../../engine/types';
import { defaultFunctionConfig } from '../../engine/functions/default-config';

export function testConfig(overrides: Partial<FunctionConfig> = {}): FunctionConfig {
  return defaultFunctionConfig('hello', overrides);
}

export function cjsBundle(code: string, overrides: Partial<CodeBundle> = {}): CodeBundle {
  return {
    format: 'cjs',
    code,
    hash: 'test',
    entryModule: 'index',
    entryFile: 'index.js',
    ...overrides,
  };
}
