// The error JSON Lambda returns and logs, for errors and for anything else thrown.
import { describe, expect, it } from 'vitest';
import {
  ImportModuleError,
  nodeJsExit,
  toFormatted,
  toLambdaError,
  unhandledPromiseRejection,
} from './lambda-errors';

describe(toLambdaError, () => {
  it('uses an error’s name, message and stack lines', () => {
    const error = new RangeError('too big');
    error.stack = 'RangeError: too big\n    at handler (/var/task/index.js:3:9)';
    expect(toLambdaError(error)).toEqual({
      errorType: 'RangeError',
      errorMessage: 'too big',
      trace: ['RangeError: too big', '    at handler (/var/task/index.js:3:9)'],
    });
  });

  it('reports other thrown values by their typeof', () => {
    expect(toLambdaError('oops')).toEqual({ errorType: 'string', errorMessage: 'oops', trace: [] });
    expect(toLambdaError(42)).toEqual({ errorType: 'number', errorMessage: '42', trace: [] });
    expect(toLambdaError({ a: 1 })).toEqual({
      errorType: 'object',
      errorMessage: '[object Object]',
      trace: [],
    });
  });

  it('encodes DEL characters as the runtime client does', () => {
    expect(toLambdaError(new Error('a\x7Fb')).errorMessage).toBe('a%7Fb');
  });

  it('names runtime errors Runtime.* in both the type and the stack', () => {
    const { errorType, trace } = toLambdaError(new ImportModuleError('Error: x'));
    expect([errorType, trace[0]]).toEqual([
      'Runtime.ImportModuleError',
      'Runtime.ImportModuleError: Error: x',
    ]);
    expect(toLambdaError(nodeJsExit()).errorType).toBe('Runtime.NodeJsExit');
  });
});

describe(toFormatted, () => {
  it('writes a tab, then the error with its own keys and `stack` as lines', () => {
    const error = Object.assign(new Error('boom'), { code: 'E1', detail: { id: 7 } });
    error.stack = 'Error: boom\n    at x';
    expect(toFormatted(error)).toBe(
      '\t{"errorType":"Error","errorMessage":"boom","code":"E1","detail":{"id":7},"stack":["Error: boom","    at x"]}',
    );
  });

  it('falls back to the response shape when the error cannot be serialized', () => {
    const error = Object.assign(new Error('loop'), { self: {} as unknown });
    (error.self as { back?: unknown }).back = error.self;
    error.stack = 'Error: loop';
    expect(toFormatted(error)).toBe(
      '\t{"errorType":"Error","errorMessage":"loop","trace":["Error: loop"]}',
    );
  });
});

describe(unhandledPromiseRejection, () => {
  it('carries the reason as its message and keeps reason and promise', () => {
    const promise = Promise.resolve();
    const error = unhandledPromiseRejection(new Error('db'), promise) as Error & {
      reason: unknown;
      promise: unknown;
    };
    expect([error.name, error.message, error.promise]).toEqual([
      'Runtime.UnhandledPromiseRejection',
      'Error: db',
      promise,
    ]);
    expect(unhandledPromiseRejection(undefined, promise).message).toBe('');
  });
});
