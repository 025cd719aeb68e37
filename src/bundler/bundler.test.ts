import * as esbuild from 'esbuild-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadEsbuild } from './bundler';
import { createBundler } from './bundler';
import type { BundlerStatus } from './types';

const files = { 'index.js': 'exports.handler = async () => 1;\n' };
const request = { functionId: 'fn', files, handler: 'index.handler' };

// esbuild's Node service starts with the first call: pay for it here, not in a test's time limit.
beforeAll(() => esbuild.transform(''), 60_000);

describe(createBundler, () => {
  it('loads esbuild at the first build, reporting progress, then builds', async () => {
    const seen: BundlerStatus[] = [];
    const load: LoadEsbuild = async (onProgress) => {
      onProgress({ loadedBytes: 5, totalBytes: 10 });
      return esbuild;
    };
    const bundler = createBundler(load);
    bundler.subscribe((status) => seen.push(status));
    expect(bundler.getStatus()).toEqual({ state: 'idle' });
    const result = await bundler.build(request);
    expect(result).toMatchObject({ ok: true, bundle: { entryFile: 'index.js' } });
    expect(seen).toEqual([
      { state: 'loading', loadedBytes: 0, totalBytes: null },
      { state: 'loading', loadedBytes: 5, totalBytes: 10 },
      { state: 'ready' },
    ]);
  });

  it('answers a failed load with an error diagnostic, and tries again at the next build', async () => {
    let attempts = 0;
    const bundler = createBundler(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('offline');
      return esbuild;
    });
    expect(await bundler.build(request)).toMatchObject({
      ok: false,
      errors: [{ file: '', line: 1, message: 'The bundler could not start: offline' }],
    });
    expect(bundler.getStatus()).toEqual({ state: 'failed', error: 'offline' });
    expect(await bundler.build(request)).toMatchObject({ ok: true });
    expect(attempts).toBe(2);
  });

  it('supersedes a waiting build of the same function only', async () => {
    const bundler = createBundler(async () => esbuild);
    const running = bundler.build(request);
    const replaced = bundler.build(request);
    const other = bundler.build({ ...request, functionId: 'fn-2' });
    const newest = bundler.build(request);
    expect(await replaced).toEqual({ superseded: true });
    for (const outcome of [running, other, newest])
      expect(await outcome).toMatchObject({ ok: true });
  });

  it('loads once however many times it is preloaded', async () => {
    let loads = 0;
    const bundler = createBundler(async () => {
      loads += 1;
      return esbuild;
    });
    bundler.preload();
    bundler.preload();
    await bundler.build(request);
    expect(loads).toBe(1);
  });
});
