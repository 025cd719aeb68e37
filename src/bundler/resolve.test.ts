import { describe, expect, it } from 'vitest';
import { entryModuleOf, normalizePath, resolveEntry, resolveImport } from './resolve';

describe(normalizePath, () => {
  it('drops `.` and empty segments and folds `..`', () => {
    expect(normalizePath('./a//b/./../c.ts')).toBe('a/c.ts');
  });
  it('refuses paths that climb above the workspace', () => {
    expect(normalizePath('a/../../x.ts')).toBeNull();
  });
});

describe(resolveImport, () => {
  const files = new Set(['index.ts', 'lib/util.ts', 'lib/data.json', 'lib/deep/index.mjs', 'b.js']);

  it('adds the extension an extensionless import leaves out', () => {
    expect(resolveImport(files, '', './lib/util')).toBe('lib/util.ts');
  });
  it('reads `.js` as the `.ts` file it compiles to, as TypeScript allows', () => {
    expect(resolveImport(files, '', './lib/util.js')).toBe('lib/util.ts');
  });
  it('prefers an existing `.js` file over the substitution', () => {
    expect(resolveImport(files, '', './b.js')).toBe('b.js');
  });
  it("finds a folder's index file", () => {
    expect(resolveImport(files, 'lib', './deep')).toBe('lib/deep/index.mjs');
  });
  it('climbs out of the importer folder', () => {
    expect(resolveImport(files, 'lib/deep', '../../index')).toBe('index.ts');
  });
  it('accepts an absolute path under /var/task', () => {
    expect(resolveImport(files, 'lib', '/var/task/lib/data.json')).toBe('lib/data.json');
  });
  it('answers null for a missing file, a path outside the root and another absolute path', () => {
    expect(resolveImport(files, '', './nope')).toBeNull();
    expect(resolveImport(files, 'lib', '../../index')).toBeNull();
    expect(resolveImport(files, '', '/etc/passwd')).toBeNull();
  });
});

describe(entryModuleOf, () => {
  it('takes the last segment up to its first dot', () => {
    expect(entryModuleOf('index.handler')).toBe('index');
    expect(entryModuleOf('src/app.handlers.main')).toBe('src/app');
    expect(entryModuleOf('my.dir/app.handler')).toBe('my.dir/app');
  });
});

describe(resolveEntry, () => {
  it('tries the exact name, then .ts, .mts, .cts, .js, .mjs, .cjs', () => {
    const order = [
      'index',
      'index.ts',
      'index.mts',
      'index.cts',
      'index.js',
      'index.mjs',
      'index.cjs',
    ];
    for (let i = 0; i < order.length; i++) {
      expect(resolveEntry(new Set(order.slice(i)), 'index.handler')).toBe(order[i]);
    }
  });
  it('resolves a module in a folder', () => {
    expect(resolveEntry(new Set(['src/app.mjs']), 'src/app.handlers.main')).toBe('src/app.mjs');
  });
  it('answers null when no file matches, or the handler contains `..`', () => {
    expect(resolveEntry(new Set(['index.ts']), 'main.handler')).toBeNull();
    expect(resolveEntry(new Set(['index.ts']), 'lib/../index.handler')).toBeNull();
  });
  it('does not take a folder index for the entry module', () => {
    expect(resolveEntry(new Set(['index/index.js']), 'index.handler')).toBeNull();
  });
});
