// Reads a response body to the end while reporting how far it got, for the wasm's progress bar.
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

export async function readWithProgress(
  response: Response,
  onProgress: (progress: LoadProgress) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  const totalBytes = bodySize(response.headers);
  const reader = response.body?.getReader();
  if (!reader) throw new Error('The response has no body');
  const chunks: Uint8Array[] = [];
  let loadedBytes = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    chunks.push(read.value);
    loadedBytes += read.value.byteLength;
    onProgress({ loadedBytes, totalBytes });
  }
  const bytes = new Uint8Array(loadedBytes);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
