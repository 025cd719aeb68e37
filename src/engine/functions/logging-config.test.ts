// LoggingConfig's defaults and what the API refuses.
import { describe, expect, it } from 'vitest';
import { defaultFunctionConfig } from './default-config';
import { loggingOf, loggingProblem, passesApplicationLevel } from './logging-config';
import { validateConfig } from './validate-config';
import type { LoggingConfig } from '../types';

describe(loggingOf, () => {
  it('fills in Lambda’s defaults: Text, INFO, INFO, /aws/lambda/<name>', () => {
    expect(loggingOf(defaultFunctionConfig('orders'))).toEqual({
      logFormat: 'Text',
      applicationLogLevel: 'INFO',
      systemLogLevel: 'INFO',
      logGroup: '/aws/lambda/orders',
    });
  });
});

describe(loggingProblem, () => {
  it('accepts JSON with levels and a log group', () => {
    const logging: LoggingConfig = {
      logFormat: 'JSON',
      applicationLogLevel: 'WARN',
      logGroup: '/shared/app',
    };
    expect(loggingProblem(logging)).toBeNull();
  });

  it('refuses levels without JSON, and a bad log group name', () => {
    expect(loggingProblem({ applicationLogLevel: 'DEBUG' })).toMatch(/JSON/);
    expect(loggingProblem({ logGroup: 'has space' })).toMatch(/log group/);
    const config = defaultFunctionConfig('f', { loggingConfig: { systemLogLevel: 'WARN' } });
    expect(validateConfig(config).map((p) => p.field)).toEqual(['loggingConfig']);
  });
});

describe(passesApplicationLevel, () => {
  it('passes a level at or above the threshold', () => {
    expect(passesApplicationLevel('WARN', 'WARN')).toBe(true);
    expect(passesApplicationLevel('INFO', 'WARN')).toBe(false);
    expect(passesApplicationLevel('FATAL', 'ERROR')).toBe(true);
  });
});
