import { describe, expect, it } from 'vitest';
import type { LoaderWorker } from './compile-in-worker';
import { compileInWorker } from './compile-in-worker';
import type { LoadProgress } from './types';
import type { CompileWasm, FromWasmLoader } from './wasm-loader-protocol';

/** A worker that answers each request with the given messages, and records what happened to it. */
function scriptedWorker(answers: Array<FromWasmLoader | 'error'>) {
  const record = { requests: [] as CompileWasm[], terminated: 0 };
  const worker: LoaderWorker = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      record.requests.push(message);
      for (const answer of answers) {
        if (answer === 'error') worker.onerror?.({ message: '' } as ErrorEvent);
        else worker.onmessage?.({ data: answer } as MessageEvent<FromWasmLoader>);
      }
    },
    terminate: () => void record.terminated++,
  };
  return { worker, record };
}

const URL_ = 'http://localhost/assets/esbuild.wasm';

describe(compileInWorker, () => {
  it('passes progress on and resolves with the module, then ends the worker', async () => {
    const wasmModule = new WebAssembly.Module(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    const progress: LoadProgress[] = [];
    const { worker, record } = scriptedWorker([
      { type: 'progress', progress: { loadedBytes: 5, totalBytes: 10 } },
      { type: 'compiled', wasmModule },
    ]);
    await expect(
      compileInWorker(
        URL_,
        (p) => progress.push(p),
        () => worker,
      ),
    ).resolves.toBe(wasmModule);
    expect(record).toEqual({ requests: [{ url: URL_ }], terminated: 1 });
    expect(progress).toEqual([{ loadedBytes: 5, totalBytes: 10 }]);
  });

  it("rejects with the loader's error", async () => {
    const { worker, record } = scriptedWorker([{ type: 'failed', error: 'HTTP 404' }]);
    await expect(
      compileInWorker(
        URL_,
        () => undefined,
        () => worker,
      ),
    ).rejects.toThrow('HTTP 404');
    expect(record.terminated).toBe(1);
  });

  it('rejects when the worker itself fails to start', async () => {
    const { worker } = scriptedWorker(['error']);
    await expect(
      compileInWorker(
        URL_,
        () => undefined,
        () => worker,
      ),
    ).rejects.toThrow('The wasm loader worker did not start');
  });
});
