// The instances' runtime as one classic script: what `vite dev` and the build both hand the page.
import { Script } from 'node:vm';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleRuntimeScript } from './runtime-script';

describe(bundleRuntimeScript, () => {
  it('bundles the worker entry and everything it imports into one classic script', async () => {
    const script = await bundleRuntimeScript('src/runtime/worker/worker-entry.ts', 'es2022');
    // A classic script: a static `import` or `export` would not even parse, and nothing of the
    // dev server is left to fetch (the runtime's own `import()` loads an ESM handler's blob).
    expect(() => new Script(script.code)).not.toThrow();
    expect(/\bimportScripts\(|\/@vite\/|\/src\//.test(script.code)).toBe(false);
    expect(script.files).toContain(resolve('src/runtime/worker/worker-entry.ts'));
    expect(script.files).toContain(resolve('src/runtime/worker/lambda-runtime.ts'));
    const packages = script.files.filter((file) => !file.startsWith(resolve('src')));
    expect(packages.every((file) => file.startsWith(resolve('node_modules')))).toBe(true);
    // Node's libraries share the runtime's EventEmitter and process (scripts/runtime-libraries.ts):
    // neither the `events` nor the `process` package, nor a polyfill, is bundled beside them.
    expect(script.files).toContain(resolve('src/runtime/worker/node/events.ts'));
    expect(script.files).toContain(resolve('node_modules/readable-stream/lib/stream.js'));
    const bundled = (name: string) =>
      packages.some((file) => file.startsWith(resolve('node_modules', name) + '/'));
    expect(['events', 'process', 'abort-controller'].filter(bundled)).toEqual([]);
  }, 60_000);

  it('bundles the Python worker with Pyodide’s loader and the runtime client, as a classic script', async () => {
    const script = await bundleRuntimeScript(
      'src/runtime/worker/python/python-worker-entry.ts',
      'es2022',
    );
    expect(() => new Script(script.code)).not.toThrow();
    // Pyodide tells a classic worker from a module one by importing an empty data: script.
    expect(
      /\bimportScripts\((?!`data:text\/javascript,`)|\/@vite\/|\/src\//.test(script.code),
    ).toBe(false);
    expect(script.files).toContain(resolve('src/runtime/worker/python/python-worker.ts'));
    expect(script.files).toContain(resolve('node_modules/pyodide/pyodide.mjs'));
    // Lambda's runtime interface client, in Python, travels inside the script as text.
    expect(script.code).toContain('Runtime.HandlerNotFound');
    // importScripts is gone before Pyodide's module looks for it (no-classic-worker.ts).
    const removed = script.code.search(/importScripts:void 0/);
    expect(removed).toBeGreaterThan(-1);
    expect(removed).toBeLessThan(script.code.indexOf('getGlobalRuntimeEnv'));
    // Nothing of the Node.js runtime comes along.
    expect(script.files).not.toContain(resolve('src/runtime/worker/lambda-runtime.ts'));
  }, 60_000);
});
