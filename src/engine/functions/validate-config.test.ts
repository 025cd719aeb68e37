import { describe, expect, it } from 'vitest';
import type { FunctionConfig } from '../types';
import { validateConfig } from './validate-config';

const valid: FunctionConfig = {
  name: 'add-numbers',
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  memoryMB: 128,
  architecture: 'x86_64',
  timeoutSec: 3,
  environment: { TABLE_NAME: 'orders' },
  reservedConcurrency: null,
};

const fieldsOf = (change: Partial<FunctionConfig>) =>
  validateConfig({ ...valid, ...change }).map((p) => p.field);

describe('validateConfig', () => {
  it('accepts the console defaults', () => {
    expect(validateConfig(valid)).toEqual([]);
  });

  it('bounds memory to 128–10,240 MB in whole MB', () => {
    expect(fieldsOf({ memoryMB: 127 })).toEqual(['memoryMB']);
    expect(fieldsOf({ memoryMB: 10_241 })).toEqual(['memoryMB']);
    expect(fieldsOf({ memoryMB: 1769.5 })).toEqual(['memoryMB']);
    expect(fieldsOf({ memoryMB: 10_240 })).toEqual([]);
  });

  it('bounds ephemeral storage to 512–10,240 MB in whole MB (absent: the default 512)', () => {
    expect(fieldsOf({ ephemeralStorageMB: 511 })).toEqual(['ephemeralStorageMB']);
    expect(fieldsOf({ ephemeralStorageMB: 10_241 })).toEqual(['ephemeralStorageMB']);
    expect(fieldsOf({ ephemeralStorageMB: 600.5 })).toEqual(['ephemeralStorageMB']);
    expect(fieldsOf({ ephemeralStorageMB: 512 })).toEqual([]);
    expect(fieldsOf({ ephemeralStorageMB: 10_240 })).toEqual([]);
  });

  it('bounds the timeout to 1–900 s', () => {
    expect(fieldsOf({ timeoutSec: 0 })).toEqual(['timeoutSec']);
    expect(fieldsOf({ timeoutSec: 901 })).toEqual(['timeoutSec']);
    expect(fieldsOf({ timeoutSec: 900 })).toEqual([]);
  });

  it('rejects names Lambda rejects', () => {
    expect(fieldsOf({ name: '' })).toEqual(['name']);
    expect(fieldsOf({ name: 'my function' })).toEqual(['name']);
    expect(fieldsOf({ name: 'a'.repeat(65) })).toEqual(['name']);
  });

  it('needs a module and an export in the handler string', () => {
    expect(fieldsOf({ handler: 'handler' })).toEqual(['handler']);
    expect(fieldsOf({ handler: 'index handler' })).toEqual(['handler']);
    expect(fieldsOf({ handler: '../index.handler' })).toEqual(['handler']);
    expect(fieldsOf({ handler: 'src/app.handlers.main' })).toEqual([]);
  });

  it("gives an example of the runtime's own handler form", () => {
    const messageOf = (change: Partial<FunctionConfig>) =>
      validateConfig({ ...valid, ...change }).find((p) => p.field === 'handler')?.message;
    expect(messageOf({ handler: 'handler' })).toBe(
      'Use <file>.<export>, e.g. index.handler (no spaces, up to 128 characters).',
    );
    expect(messageOf({ runtime: 'python3.14', handler: 'lambda_handler' })).toBe(
      'Use <module>.<function>, e.g. lambda_function.lambda_handler (no spaces, up to 128 characters).',
    );
    // Lambda takes any runtime with any handler string: a mismatch shows at INIT, not here.
    expect(fieldsOf({ runtime: 'python3.14', handler: 'index.handler' })).toEqual([]);
  });

  it('refuses reserved and malformed environment keys and more than 4 KB', () => {
    const [problem] = validateConfig({ ...valid, environment: { AWS_REGION: 'eu-west-1' } });
    expect(problem).toEqual({
      field: 'environment',
      message: '"AWS_REGION" is reserved by Lambda and cannot be set.',
    });
    expect(fieldsOf({ environment: { '1ST': 'x' } })).toEqual(['environment']);
    expect(fieldsOf({ environment: { BIG: 'x'.repeat(4100) } })).toEqual(['environment']);
  });

  it('takes a whole number of reserved concurrency, leaving the upper bound to the account', () => {
    expect(fieldsOf({ reservedConcurrency: 0 })).toEqual([]);
    expect(fieldsOf({ reservedConcurrency: 901 })).toEqual([]);
    expect(fieldsOf({ reservedConcurrency: -1 })).toEqual(['reservedConcurrency']);
    expect(fieldsOf({ reservedConcurrency: 1.5 })).toEqual(['reservedConcurrency']);
    // Provisioned concurrency: within the reservation, or within what the account leaves.
    expect(fieldsOf({ provisionedConcurrency: 0 })).toEqual([]);
    expect(fieldsOf({ provisionedConcurrency: 900 })).toEqual([]);
    expect(fieldsOf({ provisionedConcurrency: 901 })).toEqual(['provisionedConcurrency']);
    expect(fieldsOf({ provisionedConcurrency: 1.5 })).toEqual(['provisionedConcurrency']);
    expect(fieldsOf({ reservedConcurrency: 5, provisionedConcurrency: 5 })).toEqual([]);
    expect(fieldsOf({ reservedConcurrency: 5, provisionedConcurrency: 6 })).toEqual([
      'provisionedConcurrency',
    ]);
  });

  it('bounds the async settings as PutFunctionEventInvokeConfig does', () => {
    expect(fieldsOf({ maximumRetryAttempts: 0, maximumEventAgeSec: 60 })).toEqual([]);
    expect(fieldsOf({ maximumRetryAttempts: 3 })).toEqual(['maximumRetryAttempts']);
    expect(fieldsOf({ maximumRetryAttempts: 1.5 })).toEqual(['maximumRetryAttempts']);
    expect(fieldsOf({ maximumEventAgeSec: 59 })).toEqual(['maximumEventAgeSec']);
    expect(fieldsOf({ maximumEventAgeSec: 21_601 })).toEqual(['maximumEventAgeSec']);
    expect(fieldsOf({ maximumEventAgeSec: 21_600 })).toEqual([]);
  });

  it('takes standard queue names for the dead-letter queue and the destination', () => {
    expect(fieldsOf({ deadLetterQueue: 'failed-orders', onFailureDestination: null })).toEqual([]);
    expect(fieldsOf({ deadLetterQueue: 'orders.fifo' })).toEqual(['deadLetterQueue']);
    expect(fieldsOf({ onFailureDestination: 'my queue' })).toEqual(['onFailureDestination']);
  });
});
