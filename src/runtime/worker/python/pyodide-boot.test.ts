// Pyodide starts from the files handed over in memory and asks the network for nothing
// (docs/python-runtime.md). In Node, Pyodide reads the wasm binary from its package itself; the
// standard library, the lock file and the Emscripten script come from memory as in a worker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PyodideAPI } from 'pyodide';
import { nodePyodide } from './testing/node-pyodide';

const requests: string[] = [];
const hostFetch = globalThis.fetch;
const hostStreaming = WebAssembly.instantiateStreaming;
let pyodide: PyodideAPI;
let bootMs: number;

/** Whatever reaches the worker's own fetch would have gone to the network. */
const networkFetch: typeof fetch = (input) => {
  requests.push(String(input));
  return Promise.reject(new TypeError('no network in this test'));
};

beforeAll(async () => {
  globalThis.fetch = networkFetch;
  ({ pyodide, bootMs } = await nodePyodide());
}, 120_000);

afterAll(() => {
  globalThis.fetch = hostFetch;
});

describe('bootPyodide', () => {
  it('starts CPython 3.14 with no request reaching the network', () => {
    expect(requests).toEqual([]);
    expect(pyodide.runPython('import sys; f"{sys.version_info[0]}.{sys.version_info[1]}"')).toBe(
      '3.14',
    );
    // The standard library came from the handed-over zip.
    expect(pyodide.runPython('import json, logging, decimal; json.dumps({"a": 1})')).toBe(
      '{"a": 1}',
    );
    // The figure docs/python-runtime.md records.
    // eslint-disable-next-line no-console
    console.info(`Pyodide boot in Node: ${bootMs.toFixed(0)} ms`);
  });

  it('puts fetch and instantiateStreaming back once Python has started', () => {
    expect(globalThis.fetch).toBe(networkFetch);
    expect(WebAssembly.instantiateStreaming).toBe(hostStreaming);
  });

  it('has no package beyond the standard library to load: imports fail as on Lambda', () => {
    expect(() => pyodide.runPython('import numpy')).toThrow(/No module named 'numpy'/);
    expect(requests).toEqual([]);
  });
});
