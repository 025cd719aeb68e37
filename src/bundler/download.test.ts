import { describe, expect, it, vi } from 'vitest';
import { bodySize, compileWithProgress, fetchAndCompile } from './download';
import type { LoadProgress } from './types';

/** The smallest valid wasm module: the magic number and version 1, no sections. */
const EMPTY_MODULE = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

function streamed(chunks: number[][], headers: Record<string, string>): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new Uint8Array(chunk));
      controller.close();
    },
  });
  return new Response(body, { headers });
}

describe(bodySize, () => {
  it('trusts Content-Length only when the body is not encoded', () => {
    expect(bodySize(new Headers({ 'content-length': '14' }))).toBe(14);
    expect(bodySize(new Headers({ 'content-length': '4', 'content-encoding': 'gzip' }))).toBeNull();
    expect(bodySize(new Headers())).toBeNull();
  });
});

describe(compileWithProgress, () => {
  it('compiles the streamed module and reports the bytes read, the last report at the end', async () => {
    const progress: LoadProgress[] = [];
    const chunks = [EMPTY_MODULE.slice(0, 3), EMPTY_MODULE.slice(3, 4), EMPTY_MODULE.slice(4)];
    const response = streamed(chunks, { 'content-length': '8' });
    const wasmModule = await compileWithProgress(response, (p) => progress.push(p));
    expect(WebAssembly.Module.exports(wasmModule)).toEqual([]);
    // A step is 8 / 50 bytes, so every chunk crosses one.
    expect(progress).toEqual([
      { loadedBytes: 3, totalBytes: 8 },
      { loadedBytes: 4, totalBytes: 8 },
      { loadedBytes: 8, totalBytes: 8 },
    ]);
  });

  it('reports every 512 KB when the size is unknown, and the total at the end', async () => {
    const progress: LoadProgress[] = [];
    const [big, small] = [600 * 1024, 100 * 1024];
    // A custom section (id 0) named "p" carries the padding, so the module stays valid wasm.
    const size = 2 + big + small;
    const leb128 = [(size & 0x7f) | 0x80, ((size >> 7) & 0x7f) | 0x80, size >> 14];
    const header = [...EMPTY_MODULE, 0, ...leb128, 1, 0x70];
    const chunks = [header, new Array<number>(big).fill(0), new Array<number>(small).fill(0)];
    await compileWithProgress(streamed(chunks, {}), (p) => progress.push(p));
    expect(progress).toEqual([
      { loadedBytes: header.length + big, totalBytes: null },
      { loadedBytes: header.length + big + small, totalBytes: null },
    ]);
  });

  it('fails on bytes that are not wasm', async () => {
    await expect(compileWithProgress(streamed([[1, 2, 3]], {}), () => undefined)).rejects.toThrow(
      WebAssembly.CompileError,
    );
  });
});

describe(fetchAndCompile, () => {
  it('names the file and the HTTP status when the download is refused', async () => {
    const server = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(new Response('', { status: 404 }));
    await expect(
      fetchAndCompile('http://localhost/assets/esbuild-1a2b.wasm', () => undefined),
    ).rejects.toThrow('esbuild-1a2b.wasm could not be downloaded (HTTP 404)');
    server.mockRestore();
  });
});
