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
      message: 'No handler file found: pick a SAM zip, a folder, or .js, .mjs, .cjs or .ts files.',
    });
  });
});
