import { describe, expect, it } from 'vitest';
import { errorReport, errorSummary } from './error-report';

describe('errorSummary', () => {
  it('names an error by its type and message, and anything else thrown by its value', () => {
    expect(errorSummary(new TypeError('Cannot read properties of undefined'))).toBe(
      'TypeError: Cannot read properties of undefined',
    );
    expect(errorSummary('boom')).toBe('Thrown: "boom"');
    expect(errorSummary(undefined)).toBe('Thrown: undefined');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(errorSummary(cyclic)).toBe('Thrown: [object Object]');
  });
});

describe('errorReport', () => {
  it('says where and when, the error, its frames and the component stack', () => {
    const error = new TypeError('x is undefined');
    error.stack =
      'TypeError: x is undefined\n    at Outcome (app.js:1:2)\n    at render (react.js:3:4)';
    const report = errorReport({
      where: 'the Result panel',
      error,
      componentStack: '\n    at Outcome\n    at ResultPanel',
      userAgent: 'Chromium 156',
      now: new Date('2026-12-06T10:00:00Z'),
    });
    expect(report).toBe(
      [
        'Serverless Playground: the Result panel stopped working',
        'When: 2026-12-06T10:00:00.000Z',
        'Browser: Chromium 156',
        '',
        'TypeError: x is undefined',
        '    at Outcome (app.js:1:2)',
        '    at render (react.js:3:4)',
        '',
        'Components:',
        '    at Outcome',
        '    at ResultPanel',
      ].join('\n'),
    );
  });
});
