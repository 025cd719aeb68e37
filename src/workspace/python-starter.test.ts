import { describe, expect, it } from 'vitest';
import { validateConfig } from '../engine';
import { createFunctionDraft } from './model';

describe('createFunctionDraft', () => {
  it('starts a Python function as the Lambda console does', () => {
    const draft = createFunctionDraft('fn-2', 'hello', 'python3.14');

    expect(draft.config.runtime).toBe('python3.14');
    expect(draft.config.handler).toBe('lambda_function.lambda_handler');
    expect(Object.keys(draft.files)).toEqual(['lambda_function.py']);
    expect(draft.activeFile).toBe('lambda_function.py');
    expect(draft.files['lambda_function.py']).toBe(
      [
        'import json',
        '',
        'def lambda_handler(event, context):',
        '    # TODO implement',
        '    return {',
        "        'statusCode': 200,",
        "        'body': json.dumps('Hello from Lambda!')",
        '    }',
        '',
      ].join('\n'),
    );
    expect(JSON.parse(draft.testEvent)).toEqual({
      key1: 'value1',
      key2: 'value2',
      key3: 'value3',
    });
    // Everything else is a new function's defaults, which Lambda accepts.
    expect(draft.config.memoryMB).toBe(128);
    expect(draft.config.timeoutSec).toBe(3);
    expect(validateConfig(draft.config)).toEqual([]);
  });

  it('starts a Node.js function with the add-numbers handler, on the runtime asked for', () => {
    const plain = createFunctionDraft('fn-1', 'add');
    expect(plain.config.runtime).toBe('nodejs22.x');
    expect(plain.config.handler).toBe('index.handler');
    expect(Object.keys(plain.files)).toEqual(['index.ts']);
    expect(JSON.parse(plain.testEvent)).toEqual({ left: 1, right: 2 });

    const on24 = createFunctionDraft('fn-2', 'add', 'nodejs24.x');
    expect(on24.config.runtime).toBe('nodejs24.x');
    expect(on24.files).toEqual(plain.files);
  });
});
