// The JSON log format's line for each kind of console call, as the Node.js runtime writes it.
import { describe, expect, it } from 'vitest';
import { formatJsonLine } from './json-log-line';

const TS = '2024-01-01T00:00:00.000Z';
const ID = 'test-request-id';

describe(formatJsonLine, () => {
  it('keeps one string as the message', () => {
    expect(formatJsonLine(TS, ID, 'INFO', ['test message'])).toBe(
      '{"timestamp":"2024-01-01T00:00:00.000Z","level":"INFO","requestId":"test-request-id","message":"test message"}',
    );
  });

  it('keeps one object structured', () => {
    const line = JSON.parse(formatJsonLine(TS, ID, 'WARN', [{ order: 7, items: ['a'] }]));
    expect(line).toEqual({
      timestamp: TS,
      level: 'WARN',
      requestId: ID,
      message: { order: 7, items: ['a'] },
    });
  });

  it('formats several arguments into one message, as util.format does', () => {
    expect(formatJsonLine(TS, ID, 'INFO', ['a', { b: 1 }])).toBe(
      `{"timestamp":"${TS}","level":"INFO","requestId":"${ID}","message":"a { b: 1 }"}`,
    );
    expect(JSON.parse(formatJsonLine(TS, ID, 'INFO', ['test %s %d', 'param', 42])).message).toBe(
      'test param 42',
    );
  });

  it('writes a lone Error as errorType, errorMessage and stackTrace inside the message', () => {
    const error = new Error('test error');
    error.stack = 'Error: test error\n    at Test.stack';
    expect(formatJsonLine(TS, ID, 'ERROR', [error])).toBe(
      `{"timestamp":"${TS}","level":"ERROR","requestId":"${ID}","message":{"errorType":"Error","errorMessage":"test error","stackTrace":["Error: test error","    at Test.stack"]}}`,
    );
  });

  it('adds the first Error after the message beside it', () => {
    class CustomError extends Error {}
    const error = new CustomError('custom');
    error.stack = 'Error: custom\n    at x';
    const line = JSON.parse(formatJsonLine(TS, ID, 'ERROR', ['failed:', error]));
    expect(line).toEqual({
      timestamp: TS,
      level: 'ERROR',
      requestId: ID,
      message: 'failed: CustomError: custom\n    at x', // util.format names the class, as Node does
      errorType: 'CustomError',
      errorMessage: 'custom',
      stackTrace: ['Error: custom', '    at x'],
    });
  });

  it('leaves the request id out during INIT and an undefined message out', () => {
    expect(formatJsonLine(TS, undefined, 'INFO', [])).toBe(`{"timestamp":"${TS}","level":"INFO"}`);
  });

  it('writes what JSON cannot hold util.format’ed', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(JSON.parse(formatJsonLine(TS, ID, 'INFO', [circular])).message).toBe(
      '<ref *1> { self: [Circular *1] }',
    );
  });
});
