// Starts Pyodide from files the page hands over, with no network: an instance's worker runs at an
// opaque origin (a data: URL) and, with Internet access off, under a policy that refuses every
// request, so it can fetch neither the app's copy of Pyodide nor a CDN's. Pyodide asks for four
// files (docs/python-runtime.md): its Emscripten script arrives as the function it exports, the
// lock file as text (`lockFileContents`), and the standard library and the wasm binary through a
// `fetch` that answers from memory while loadPyodide runs. A wasm module compiled once by the page
// can stand in for the binary: compiling is most of a cold start's cost.
import { loadPyodide } from 'pyodide';
import type { PyodideAPI, PyodideConfig } from 'pyodide';

export type CreatePyodideModule = NonNullable<PyodideConfig['createPyodideModule']>;

/** Everything Pyodide needs, in memory. */
export interface PyodideFiles {
  /** The default export of `pyodide.asm.mjs` (in a worker: imported from a blob: URL it made). */
  createPyodideModule: CreatePyodideModule;
  /** `pyodide.asm.wasm`: its bytes, or a module compiled from them (both can be posted). */
  wasm: Uint8Array | WebAssembly.Module;
  /** `python_stdlib.zip`. */
  stdlib: Uint8Array;
  /** `pyodide-lock.json`, as text. */
  lockFile: string;
}

export interface BootOptions {
  /**
   * Pyodide's index URL. In a browser leave the default, a name no request can reach: the files
   * are served from memory under it. Node's Pyodide reads the wasm from disk at this path instead.
   */
  indexURL?: string;
  /** Variables Python's os.environ starts with. */
  env?: Record<string, string>;
}

/** A host that cannot exist (RFC 2606): nothing under it ever leaves the worker. */
const IN_MEMORY = 'https://pyodide.invalid/';

type Fetch = typeof globalThis.fetch;
type InstantiateStreaming = typeof WebAssembly.instantiateStreaming;

const urlOf = (input: Parameters<Fetch>[0]): string =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

const bodyOf = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/**
 * Replaces `fetch` (and, for a compiled module, `WebAssembly.instantiateStreaming`) while Pyodide
 * loads; returns the function that puts them back. Any other request fails: booting needs none.
 */
function serveFromMemory(files: PyodideFiles, indexURL: string): () => void {
  const realFetch = globalThis.fetch;
  const realStreaming = WebAssembly.instantiateStreaming;
  const compiled = files.wasm instanceof WebAssembly.Module ? files.wasm : null;
  const wasmResponse = new Response(compiled ? null : bodyOf(files.wasm as Uint8Array), {
    headers: { 'Content-Type': 'application/wasm' },
  });
  const served = new Map<string, () => Response>([
    [`${IN_MEMORY}python_stdlib.zip`, () => new Response(bodyOf(files.stdlib))],
    [`${indexURL}pyodide.asm.wasm`, () => wasmResponse],
  ]);
  const memoryFetch: Fetch = (input) => {
    const serve = served.get(urlOf(input));
    if (serve) return Promise.resolve(serve());
    return Promise.reject(
      new TypeError(`Pyodide asked for ${urlOf(input)}, which was not handed over`),
    );
  };
  globalThis.fetch = memoryFetch;
  if (compiled) {
    const fromModule: InstantiateStreaming = async (source, imports) => {
      if ((await source) !== wasmResponse) return realStreaming(source, imports);
      const instance = await WebAssembly.instantiate(compiled, imports);
      return { module: compiled, instance };
    };
    WebAssembly.instantiateStreaming = fromModule;
  }
  return () => {
    globalThis.fetch = realFetch;
    WebAssembly.instantiateStreaming = realStreaming;
  };
}

/** Starts Python. Takes seconds: call it once per worker, before the function's INIT. */
export async function bootPyodide(
  files: PyodideFiles,
  options: BootOptions = {},
): Promise<PyodideAPI> {
  const indexURL = options.indexURL ?? IN_MEMORY;
  const restore = serveFromMemory(files, indexURL);
  try {
    return await loadPyodide({
      indexURL,
      createPyodideModule: files.createPyodideModule,
      lockFileContents: files.lockFile,
      stdLibURL: `${IN_MEMORY}python_stdlib.zip`,
      env: options.env ?? {},
      // Pyodide's own start-up messages are not the function's: they go nowhere.
      stdout: () => undefined,
      stderr: () => undefined,
    });
  } finally {
    restore();
  }
}
