// Handler strings, module formats and export paths, resolved as Lambda's runtime client does.
/// <reference types="node" />
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { CodeBundle } from '../../engine/types';
import { loadHandler, parseHandler, taskPath } from './module-loader';
import type { ModuleHost } from './module-loader';
import { cjsBundle, testConfig } from '../testing/bundles';

const nativeImport = (url: string): Promise<object> => import(/* @vite-ignore */ url);

const host: ModuleHost = {
  scope: vm.runInContext('globalThis', vm.createContext({})) as ModuleHost['scope'],
  require: (specifier) => {
    throw Object.assign(new Error(`Cannot find module '${specifier}'`), {
      code: 'MODULE_NOT_FOUND',
    });
  },
  importModule: (source) => nativeImport(`data:text/javascript,${encodeURIComponent(source)}`),
};

const esmBundle = (code: string): CodeBundle => ({
  ...cjsBundle(code),
  format: 'esm',
  entryFile: 'index.mjs',
});

async function failure(
  handler: string,
  bundle: CodeBundle,
  runtime: 'nodejs22.x' | 'nodejs24.x' = 'nodejs22.x',
) {
  try {
    await loadHandler(testConfig({ handler, runtime }), bundle, host);
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  throw new Error('expected the load to fail');
}

describe(parseHandler, () => {
  it('splits the module from a possibly nested export path', () => {
    expect(parseHandler('index.handler')).toEqual({ moduleName: 'index', exportPath: 'handler' });
    expect(parseHandler('src/app.handlers.main')).toEqual({
      moduleName: 'app',
      exportPath: 'handlers.main',
    });
  });

  it('rejects handler strings Lambda rejects', () => {
    expect(() => parseHandler('index')).toThrow('Bad handler');
    expect(() => parseHandler('../index.handler')).toThrow(
      "'../index.handler' is not a valid handler name. Use absolute paths when specifying root directories in handler names.",
    );
  });
});

describe(taskPath, () => {
  it('places the entry file under /var/task as deployed JavaScript', () => {
    expect(taskPath(cjsBundle('', { entryFile: 'src/app.ts' }))).toBe('/var/task/src/app.js');
    expect(taskPath(cjsBundle('', { entryFile: 'index.mts' }))).toBe('/var/task/index.mjs');
    expect(taskPath(cjsBundle('', { entryFile: 'index.mjs' }))).toBe('/var/task/index.mjs');
  });
});

describe(loadHandler, () => {
  it('finds exports.handler, module.exports and nested export paths', async () => {
    for (const [handler, code] of [
      ['index.handler', 'exports.handler = async () => 1;'],
      ['index.handler', 'module.exports = { handler: function () {} };'],
      ['index.handlers.main', 'module.exports.handlers = { main: async () => 1 };'],
    ] as const) {
      const loaded = await loadHandler(testConfig({ handler }), cjsBundle(code), host);
      expect(typeof loaded.handler).toBe('function');
    }
  });

  it('tells async handlers from others and counts their parameters', async () => {
    const loaded = await loadHandler(
      testConfig(),
      cjsBundle('exports.handler = (a, b, c) => {};'),
      host,
    );
    expect([loaded.isAsync, loaded.argsNum]).toEqual([false, 3]);
    const asyncLoaded = await loadHandler(
      testConfig(),
      cjsBundle('exports.handler = async (a) => {};'),
      host,
    );
    expect([asyncLoaded.isAsync, asyncLoaded.argsNum]).toEqual([true, 1]);
  });

  it('loads an ES module bundle, top-level await included', async () => {
    const loaded = await loadHandler(
      testConfig(),
      esmBundle(
        'const value = await Promise.resolve(7); export const handler = async () => value;',
      ),
      host,
    );
    expect(await loaded.handler()).toBe(7);
  });

  it('looks in the default export only on Node 24', async () => {
    const bundle = esmBundle('export default { handler: async () => 1 };');
    expect(await failure('index.handler', bundle)).toBe(
      'Runtime.HandlerNotFound: index.handler is undefined or not exported',
    );
    const loaded = await loadHandler(testConfig({ runtime: 'nodejs24.x' }), bundle, host);
    expect(typeof loaded.handler).toBe('function');
  });

  it('names what is missing or wrong', async () => {
    expect(await failure('index.handler', cjsBundle('exports.other = () => 1;'))).toBe(
      'Runtime.HandlerNotFound: index.handler is undefined or not exported',
    );
    expect(await failure('index.handler', cjsBundle('exports.handler = 42;'))).toBe(
      'Runtime.HandlerNotFound: index.handler is not a function',
    );
    expect(await failure('app.handler', cjsBundle('', { entryFile: null }))).toBe(
      "Runtime.ImportModuleError: Error: Cannot find module 'app'\nRequire stack:\n- /var/runtime/index.mjs",
    );
    expect(await failure('index', cjsBundle(''))).toBe('Runtime.MalformedHandlerName: Bad handler');
  });

  it('wraps syntax and missing-module errors, and leaves others as they are', async () => {
    expect(await failure('index.handler', cjsBundle('exports.handler = ;'))).toMatch(
      /^Runtime\.UserCodeSyntaxError: SyntaxError: Unexpected token/,
    );
    expect(await failure('index.handler', cjsBundle("require('left-pad');"))).toBe(
      "Runtime.ImportModuleError: Error: Cannot find module 'left-pad'",
    );
    expect(await failure('index.handler', cjsBundle("throw new TypeError('nope');"))).toBe(
      'TypeError: nope',
    );
  });
});
