// Compiles a wasm download while counting its bytes, for the bundler's progress bar: the body is
// teed, one branch streams into the compiler and the other is only counted, never kept.
import type { LoadProgress } from './types';

/**
 * The declared size, when it counts the bytes we will read: with a Content-Encoding (a gzipping
 * host) Content-Length is the compressed size, smaller than what the reader yields.
 */
export function bodySize(headers: Headers): number | null {
  const encoding = headers.get('content-encoding');
  const length = Number(headers.get('content-length'));
  if ((encoding && encoding !== 'identity') || !Number.isFinite(length) || length <= 0) return null;
  return length;
}

/** Bytes between two progress reports when the size is unknown. */
const UNKNOWN_SIZE_STEP = 512 * 1024;
/** Reports per download when the size is known: enough for a smooth bar, few enough to be free. */
const STEPS = 50;

/** Reads a stream to its end, reporting after every `step` bytes and once at the end. */
async function countBytes(
  stream: ReadableStream<Uint8Array>,
  totalBytes: number | null,
  onProgress: (progress: LoadProgress) => void,
): Promise<void> {
  const step = totalBytes ? totalBytes / STEPS : UNKNOWN_SIZE_STEP;
  const reader = stream.getReader();
  let loadedBytes = 0;
  let reportedBytes = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    loadedBytes += read.value.byteLength;
    if (loadedBytes - reportedBytes >= step) {
      reportedBytes = loadedBytes;
      onProgress({ loadedBytes, totalBytes });
    }
  }
  if (reportedBytes !== loadedBytes) onProgress({ loadedBytes, totalBytes });
}

/** Compiles the wasm in `response` as it arrives (compileStreaming), reporting the bytes read. */
export async function compileWithProgress(
  response: Response,
  onProgress: (progress: LoadProgress) => void,
): Promise<WebAssembly.Module> {
  if (!response.body) throw new Error('The response has no body');
  const [counted, compiled] = response.body.tee();
  // compileStreaming insists on the wasm MIME type, which a bare stream does not carry.
  const wasm = new Response(compiled, { headers: { 'Content-Type': 'application/wasm' } });
  const [wasmModule] = await Promise.all([
    WebAssembly.compileStreaming(wasm),
    countBytes(counted, bodySize(response.headers), onProgress),
  ]);
  return wasmModule;
}

/** Downloads and compiles a wasm file, with the HTTP status in the error when it is missing. */
export async function fetchAndCompile(
  url: string,
  onProgress: (progress: LoadProgress) => void,
): Promise<WebAssembly.Module> {
  const response = await fetch(url);
  if (!response.ok) {
    const file = new URL(url).pathname.split('/').pop();
    throw new Error(`${file} could not be downloaded (HTTP ${response.status})`);
  }
  return compileWithProgress(response, onProgress);
}
