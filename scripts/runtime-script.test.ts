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
    // The runtime's own sources, and the packages its Node built-ins use (buffer, readable-stream).
    const outside = script.files.filter(
      (file) => !file.startsWith(resolve('src')) && !file.startsWith(resolve('node_modules')),
    );
    expect(outside).toEqual([]);
  }, 60_000);
});
