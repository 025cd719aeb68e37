import * as esbuild from 'esbuild-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../engine/types';
import { buildBundle } from './build';
import { firstModuleSyntax, nodeFormat, packageType } from './module-format';

const ESM = 'export const handler = async () => 1;\n';
const CJS = 'exports.handler = async () => 1;\n';
const IMPORTING =
  "import { format } from 'node:util';\nexport const handler = async () => format('%d', 1);\n";

async function build(files: Record<string, string>, runtime: Runtime, handler = 'index.handler') {
  return buildBundle(esbuild, { functionId: 'fn', files, handler, runtime });
}

// esbuild's Node service starts with the first call: pay for it here, not in a test's time limit.
beforeAll(() => esbuild.transform(''), 60_000);

describe(nodeFormat, () => {
  it.each([
    ['index.mjs', undefined, 'esm'],
    ['index.cjs', '{"type":"module"}', 'cjs'],
    ['index.js', undefined, 'cjs'],
    ['index.js', '{"type":"commonjs"}', 'cjs'],
    ['index.js', '{"type":"module"}', 'esm'],
    ['index', '{"type":"module"}', 'cjs'],
    ['index.ts', '{"type":"module"}', 'esm'],
    ['index.ts', undefined, 'cjs'],
    ['index.mts', undefined, 'esm'],
    ['index.cts', '{"type":"module"}', 'cjs'],
  ])('loads %s under package.json %s as %s', (file, packageJson, format) => {
    const files = new Map(packageJson === undefined ? [] : [['package.json', packageJson]]);
    expect(nodeFormat(files, file)).toBe(format);
  });

  it('takes the nearest package.json, and a damaged one as no type', () => {
    const files = new Map([
      ['package.json', '{"type":"module"}'],
      ['src/package.json', '{"name":"inner"}'],
      ['lib/package.json', '{"type":'],
      ['odd/package.json', '["type", "module"]'],
    ]);
    expect(packageType(files, 'src/app.js')).toBeUndefined();
    expect(packageType(files, 'src/deep/app.js')).toBeUndefined();
    expect(packageType(files, 'other/app.js')).toBe('module');
    expect(packageType(files, 'lib/app.js')).toBeUndefined();
    expect(packageType(files, 'odd/app.js')).toBeUndefined();
    expect(nodeFormat(files, 'app.js')).toBe('esm');
  });

  it('ignores a "type" the package.json only inherits', () => {
    const files = new Map([['package.json', '{"__proto__":{"type":"module"}}']]);
    expect(packageType(files, 'index.js')).toBeUndefined();
  });
});

describe(firstModuleSyntax, () => {
  it("finds the first import or export outside comments and strings, with V8's message", () => {
    expect(
      firstModuleSyntax('// export nothing\nconst s = "export";\n  export const a = 1;'),
    ).toEqual({ line: 3, column: 3, length: 6, message: "Unexpected token 'export'" });
    expect(firstModuleSyntax("/* import\n */ import fs from 'fs';")).toEqual({
      line: 2,
      column: 5,
      length: 6,
      message: 'Cannot use import statement outside a module',
    });
    expect(firstModuleSyntax('const here = import.meta.url;')).toMatchObject({
      line: 1,
      column: 14,
      message: "Cannot use 'import.meta' outside a module",
    });
    expect(firstModuleSyntax("const lazy = () => import('./x.js');\nexports.a = 1;")).toBeNull();
  });
});

describe('the bundle follows Node’s rule, and flags what Lambda would refuse', () => {
  // file × package.json × syntax × runtime → the bundle's format, or the problem's message.
  it.each([
    ['index.js', undefined, CJS, 'nodejs22.x', 'cjs'],
    ['index.js', undefined, ESM, 'nodejs22.x', "SyntaxError: Unexpected token 'export'"],
    [
      'index.js',
      undefined,
      IMPORTING,
      'nodejs22.x',
      'SyntaxError: Cannot use import statement outside a module',
    ],
    [
      'index.js',
      '{"type":"commonjs"}',
      ESM,
      'nodejs22.x',
      "SyntaxError: Unexpected token 'export'",
    ],
    ['index.js', undefined, ESM, 'nodejs24.x', 'cjs'],
    ['index.js', '{"type":"module"}', ESM, 'nodejs22.x', 'esm'],
    ['index.mjs', undefined, ESM, 'nodejs22.x', 'esm'],
    ['index.cjs', undefined, CJS, 'nodejs24.x', 'cjs'],
    ['index.cjs', '{"type":"module"}', ESM, 'nodejs24.x', "SyntaxError: Unexpected token 'export'"],
    ['index.ts', undefined, ESM, 'nodejs22.x', 'cjs'],
    ['index.ts', '{"type":"module"}', ESM, 'nodejs22.x', 'esm'],
  ] as const)(
    '%s, package.json %s, %j on %s → %s',
    async (file, packageJson, code, runtime, expected) => {
      const files: Record<string, string> = { [file]: code };
      if (packageJson !== undefined) files['package.json'] = packageJson;
      const result = await build(files, runtime);
      if (result.ok) {
        expect(result.bundle.format).toBe(expected);
        return;
      }
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatchObject({ file, line: 1, column: 1 });
      expect(result.errors[0]!.message.startsWith(expected)).toBe(true);
      expect(result.errors[0]!.message).toContain('Runtime.UserCodeSyntaxError');
    },
  );

  it('flags an imported .js file written as an ES module, at its first export', async () => {
    const result = await build(
      {
        'index.js': "const { add } = require('./lib/math');\n" + CJS,
        'lib/math.js': '\n\nexport const add = (a, b) => a + b;\n',
      },
      'nodejs22.x',
    );
    expect(
      result.ok ? [] : result.errors.map((e) => [e.file, e.line, e.column, e.endColumn]),
    ).toEqual([['lib/math.js', 3, 1, 7]]);
  });

  it('refuses top-level await in a CommonJS .js file on nodejs22.x with V8’s words', async () => {
    const code = 'const ready = await Promise.resolve(1);\nexports.handler = async () => ready;\n';
    const on22 = await build({ 'index.js': code }, 'nodejs22.x');
    expect(on22.ok ? null : on22.errors[0]?.message).toMatch(
      /^SyntaxError: await is only valid in async functions and the top level bodies of modules/,
    );
    const typescript = await build(
      { 'index.ts': code.replace('exports.handler', 'export const handler') },
      'nodejs22.x',
    );
    expect(typescript.ok && typescript.bundle.format).toBe('esm');
  });
});

describe('what a failed build would deploy as written', () => {
  it('is the JavaScript entry file itself, in the format Node loads it with', async () => {
    const broken = 'exports.handler = async () => {\n  return 1;\n';
    const cjs = await build({ 'index.js': broken }, 'nodejs22.x');
    expect(cjs.ok ? null : cjs.asWritten).toMatchObject({
      format: 'cjs',
      code: broken,
      entryFile: 'index.js',
      entryModule: 'index',
    });
    const esm = await build({ 'index.mjs': 'export const handler = ;' }, 'nodejs22.x');
    expect(esm.ok ? null : esm.asWritten).toMatchObject({ format: 'esm', entryFile: 'index.mjs' });
    const flagged = await build({ 'index.js': ESM }, 'nodejs22.x');
    expect(flagged.ok ? null : flagged.asWritten?.code).toBe(ESM);
  });

  it('is nothing for TypeScript, which does not compile with a syntax error', async () => {
    const result = await build({ 'index.ts': 'export const handler = ;' }, 'nodejs22.x');
    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.asWritten).toBeNull();
  });
});
