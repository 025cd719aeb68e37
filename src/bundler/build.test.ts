import * as esbuild from 'esbuild-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CodeBundle } from '../engine/types';
import { buildBundle } from './build';
import type { BuildRequest, BuildResult } from './types';

function request(files: Record<string, string>, handler = 'index.handler'): BuildRequest {
  return { functionId: 'fn', files, handler };
}

async function bundled(files: Record<string, string>, handler?: string): Promise<CodeBundle> {
  const result = await buildBundle(esbuild, request(files, handler));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.bundle;
}

async function failed(files: Record<string, string>) {
  const result: BuildResult = await buildBundle(esbuild, request(files));
  if (result.ok) throw new Error('expected the build to fail');
  return result;
}

/** Runs a CommonJS bundle as the runtime would, recording what it asks the runtime for. */
function load(bundle: CodeBundle) {
  const requested: string[] = [];
  const playgroundRequire = (specifier: string) => {
    requested.push(specifier);
    return { specifier };
  };
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', 'exports', '__playgroundRequire', bundle.code)(
    module,
    module.exports,
    playgroundRequire,
  );
  return { exports: module.exports, requested };
}

// esbuild's Node service starts with the first call: pay for it here, not in a test's time limit.
beforeAll(() => esbuild.transform(''), 60_000);

describe(buildBundle, () => {
  it('bundles relative imports between files into one CommonJS module', async () => {
    const bundle = await bundled({
      'index.ts':
        'import { twice } from "./lib/math.js";\nexport const handler = async () => twice(21);\n',
      'lib/math.ts': 'export const twice = (n: number): number => n * 2;\n',
    });
    expect(bundle).toMatchObject({ format: 'cjs', entryModule: 'index', entryFile: 'index.ts' });
    const handler = load(bundle).exports.handler as () => Promise<number>;
    expect(await handler()).toBe(42);
  });

  it('reports a missing relative import at its line and column', async () => {
    const result = await failed({
      'index.ts':
        'const a = 1;\nimport { x } from "./nope";\nexport const handler = () => x + a;\n',
    });
    expect(result.errors).toEqual([
      {
        file: 'index.ts',
        line: 2,
        column: 19,
        endLine: 2,
        endColumn: 27,
        message: 'Could not resolve "./nope"',
        severity: 'error',
      },
    ]);
  });

  it('reports a syntax error in an imported file on that file', async () => {
    const result = await failed({
      'index.ts': 'export { handler } from "./lib/h";\n',
      'lib/h.ts': 'export const handler = async () => {\n  return 1 +;\n};\n',
    });
    expect(result.errors).toEqual([
      {
        file: 'lib/h.ts',
        line: 2,
        column: 13,
        endLine: 2,
        endColumn: 14,
        message: 'Unexpected ";"',
        severity: 'error',
      },
    ]);
  });

  it('hands every package import to __playgroundRequire and erases type-only ones', async () => {
    const bundle = await bundled({
      'index.ts': [
        'import type { Handler } from "aws-lambda";',
        'import { randomUUID } from "node:crypto";',
        'const _ = require("lodash");',
        'export const handler: Handler = async () => [randomUUID, _];',
      ].join('\n'),
    });
    expect(load(bundle).requested).toEqual(['node:crypto', 'lodash']);
  });

  it('bundles top-level await as an ES module', async () => {
    const bundle = await bundled({
      'index.mjs':
        'const config = await Promise.resolve(7);\nexport const handler = async () => config;\n',
    });
    expect(bundle.format).toBe('esm');
    expect(bundle.entryFile).toBe('index.mjs');
  });

  it('gives the same code the same hash, and changed code another', async () => {
    const files = { 'index.js': 'exports.handler = async () => 1;\n' };
    const first = await bundled(files);
    expect((await bundled({ ...files })).hash).toBe(first.hash);
    expect((await bundled({ 'index.js': 'exports.handler = async () => 2;\n' })).hash).not.toBe(
      first.hash,
    );
    expect(first.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('answers an empty bundle with no entry file when the handler names no file', async () => {
    const bundle = await bundled({ 'index.ts': 'export const handler = 1;' }, 'app.handler');
    expect(bundle).toMatchObject({ code: '', entryModule: 'app', entryFile: null, format: 'cjs' });
  });

  it('runs TypeScript and ES modules in strict mode, CommonJS scripts in sloppy mode', async () => {
    const leak = 'playgroundLeak = 1;\n';
    const script = await bundled({ 'index.js': `${leak}exports.handler = () => 0;` });
    expect(() => load(script)).not.toThrow();
    expect(Reflect.deleteProperty(globalThis, 'playgroundLeak')).toBe(true);
    for (const [file, exporting] of [
      ['index.ts', 'export const handler = () => 0;'],
      ['index.js', 'export const handler = () => 0;'],
    ] as const) {
      const module = await bundled({ [file]: leak + exporting });
      expect(() => load(module)).toThrow('playgroundLeak is not defined');
    }
    // An .mjs file is an ES module (Node's rule), strict by nature: it is bundled as one.
    expect((await bundled({ 'index.mjs': leak + 'export const handler = () => 0;' })).format).toBe(
      'esm',
    );
  });

  it("maps esbuild's warnings to the learner's file", async () => {
    const result = await buildBundle(
      esbuild,
      request({ 'index.js': 'exports.handler = () => ({ a: 1, a: 2 });\n' }),
    );
    expect(result.warnings).toEqual([
      {
        file: 'index.js',
        line: 1,
        column: 34,
        endLine: 1,
        endColumn: 35,
        message: 'Duplicate key "a" in object literal',
        severity: 'warning',
      },
    ]);
  });
});
