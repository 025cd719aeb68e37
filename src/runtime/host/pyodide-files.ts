// Pyodide's files on the page, read once and handed to every Python instance's worker, which can
// fetch nothing itself (docs/python-runtime.md). The wasm binary is compiled here, once: a compiled
// module posted to a worker starts Python faster than 9.6 MB of bytes each worker compiles again.
import type { PyodideTransfer } from '../protocol';

async function bytesOf(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function compiled(url: string): Promise<WebAssembly.Module> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  // A server that does not say application/wasm cannot stream; the bytes compile all the same.
  if (response.headers.get('Content-Type')?.startsWith('application/wasm') === true) {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

async function readFiles(): Promise<PyodideTransfer> {
  const assets = await import('./pyodide-assets');
  const [wasm, stdlib] = await Promise.all([compiled(assets.wasmUrl), bytesOf(assets.stdlibUrl)]);
  return { asmScript: assets.asmScript, wasm, stdlib, lockFile: assets.lockFile };
}

let reading: Promise<PyodideTransfer> | null = null;

/** Pyodide's files, read and compiled on first call; a failure (offline, uncached) is retried. */
export function pyodideFiles(): Promise<PyodideTransfer> {
  reading ??= readFiles().catch((error: unknown) => {
    reading = null;
    throw error;
  });
  return reading;
}
