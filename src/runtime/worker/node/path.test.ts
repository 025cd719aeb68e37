/// <reference types="node" />
// The runtime's path against Node's own node:path (POSIX), on generated paths made of the pieces
// that make path functions interesting: names, dots, dot-dots, extensions and runs of slashes.
import nodePath from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pathModule } from './path';

const piece = fc.constantFrom('a', 'bc', '.', '..', '...', '.x', 'f.js', 'a.b.c', '', '/', '//');
const pathText = fc.array(piece, { maxLength: 7 }).map((pieces) => pieces.join(''));
const posix = nodePath.posix;

describe('path (POSIX, as node:path)', () => {
  beforeAll(() => {
    // node:path resolves against the process's cwd; the runtime's is Lambda's /var/task.
    vi.spyOn(process, 'cwd').mockReturnValue('/var/task');
  });
  afterAll(() => vi.restoreAllMocks());

  it.each(['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse'] as const)(
    '%s agrees with Node on generated paths',
    (name) => {
      fc.assert(
        fc.property(pathText, (path) => {
          expect(pathModule[name](path)).toEqual(posix[name](path));
        }),
        { numRuns: 2000 },
      );
    },
  );

  it('basename with a suffix agrees with Node', () => {
    fc.assert(
      fc.property(pathText, pathText, (path, suffix) => {
        expect(pathModule.basename(path, suffix)).toBe(posix.basename(path, suffix));
      }),
      { numRuns: 3000 },
    );
  });

  it.each(['join', 'resolve'] as const)('%s agrees with Node on generated paths', (name) => {
    fc.assert(
      fc.property(fc.array(pathText, { maxLength: 4 }), (paths) => {
        expect(pathModule[name](...paths)).toBe(posix[name](...paths));
      }),
      { numRuns: 2000 },
    );
  });

  it('relative agrees with Node', () => {
    fc.assert(
      fc.property(pathText, pathText, (from, to) => {
        expect(pathModule.relative(from, to)).toBe(posix.relative(from, to));
      }),
      { numRuns: 2000 },
    );
  });

  it('format agrees with Node, parse and format round-trip', () => {
    const part = fc.option(fc.constantFrom('', '/', '/a', 'a/b', 'f', 'f.js', '.js', 'js'), {
      nil: undefined,
    });
    fc.assert(
      fc.property(part, part, part, part, part, (root, dir, base, name, ext) => {
        const object = { root, dir, base, name, ext };
        expect(pathModule.format(object)).toBe(posix.format(object));
      }),
    );
    fc.assert(
      fc.property(pathText, (path) => {
        expect(pathModule.format(pathModule.parse(path))).toBe(posix.format(posix.parse(path)));
      }),
    );
  });

  it('resolves relative paths against /var/task, as process.cwd() is on Lambda', () => {
    expect(pathModule.resolve('data.json')).toBe('/var/task/data.json');
    expect(pathModule.resolve('../tmp', 'x')).toBe('/var/tmp/x');
    expect(pathModule.sep).toBe('/');
    expect(pathModule.delimiter).toBe(':');
    expect(pathModule.posix).toBe(pathModule);
  });

  it('throws Node’s ERR_INVALID_ARG_TYPE for a non-string', () => {
    const call = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return { name: (error as Error).name, message: (error as Error).message };
      }
      return null;
    };
    const bad = [undefined, null, 1, {}, ['x']];
    for (const value of bad) {
      expect(call(() => pathModule.join('a', value as string))).toEqual(
        call(() => posix.join('a', value as string)),
      );
      expect(call(() => pathModule.dirname(value as string))).toEqual(
        call(() => posix.dirname(value as string)),
      );
    }
  });

  it('says plainly that Windows paths are not provided', () => {
    const join = pathModule.win32.join as () => never;
    expect(() => join()).toThrow(/POSIX paths only/);
  });
});
