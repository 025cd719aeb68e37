import { describe, expect, it } from 'vitest';
import { samDefaultSettings } from './sam-defaults';
import { readLooseFiles } from './sam-loose';

describe('readLooseFiles', () => {
  it('makes one function named after the folder, with index.handler', () => {
    const result = readLooseFiles({
      'my fn/index.mjs': 'export const handler = async () => 1;',
      'my fn/lib/util.js': 'exports.x = 1;',
      'my fn/README.md': '# notes',
      'my fn/node_modules/a/index.js': '',
    });
    expect(result.ok && result.scenario.functions).toEqual([
      {
        name: 'my-fn',
        ...samDefaultSettings(),
        files: {
          'index.mjs': 'export const handler = async () => 1;',
          'lib/util.js': 'exports.x = 1;',
        },
        testEvent: '{}',
      },
    ]);
    expect(result.ok && result.scenario.http).toEqual({
      front: 'http-api',
      routes: [{ routeKey: '$default', functionName: 'my-fn' }],
      urlFunctionName: 'my-fn',
    });
  });

  it('names the handler after the shallowest source file when there is no index', () => {
    const result = readLooseFiles({ 'lib/b.ts': '', 'app.ts': '', 'types.d.ts': '' });
    expect(result.ok && result.scenario.functions[0]!.handler).toBe('app.handler');
    expect(result.ok && result.scenario.functions[0]!.name).toBe('imported-function');
  });

  it('says what to pick when no handler file is among the files', () => {
    expect(readLooseFiles({ 'notes.txt': 'x', 'data.json': '{}' })).toEqual({
      ok: false,
      message:
        'No handler file found: pick a SAM zip, a folder, or .js, .mjs, .cjs, .ts or .py files.',
    });
  });

  it('makes Python files alone a Python function with the console’s handler', () => {
    const result = readLooseFiles({
      'hello/lambda_function.py': 'def lambda_handler(event, context):\n    return 1\n',
      'hello/helpers.py': 'X = 1\n',
      'hello/shop/__init__.py': '',
    });
    expect(result.ok && result.scenario.functions).toEqual([
      {
        name: 'hello',
        ...samDefaultSettings(),
        runtime: 'python3.14',
        handler: 'lambda_function.lambda_handler',
        files: {
          'lambda_function.py': 'def lambda_handler(event, context):\n    return 1\n',
          'helpers.py': 'X = 1\n',
          'shop/__init__.py': '',
        },
        testEvent: '{}',
      },
    ]);
  });

  it('names a Python handler after the shallowest module and the function it defines', () => {
    const handlerOf = (files: Record<string, string>) => {
      const result = readLooseFiles(files);
      return result.ok ? result.scenario.functions[0]!.handler : result.message;
    };
    expect(handlerOf({ 'lib/x.py': '', 'app.py': 'def handler(event, context):\n  pass' })).toBe(
      'app.handler',
    );
    expect(handlerOf({ 'app.py': 'def lambda_handler(e, c): pass\ndef handler(): pass' })).toBe(
      'app.lambda_handler',
    );
    expect(handlerOf({ 'app.py': 'print(1)' })).toBe('app.lambda_handler');
    // JavaScript beside it is the handler, as before.
    expect(handlerOf({ 'index.js': '', 'tool.py': '' })).toBe('index.handler');
  });
});
