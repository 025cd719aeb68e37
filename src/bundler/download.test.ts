import { describe, expect, it } from 'vitest';
import { bodySize, readWithProgress } from './download';
import type { LoadProgress } from './types';

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

describe(readWithProgress, () => {
  it('joins the chunks and reports the bytes read after each one', async () => {
    const progress: LoadProgress[] = [];
    const response = streamed([[1, 2], [3], [4, 5, 6]], { 'content-length': '6' });
    const bytes = await readWithProgress(response, (p) => progress.push(p));
    expect([...bytes]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(progress).toEqual([
      { loadedBytes: 2, totalBytes: 6 },
      { loadedBytes: 3, totalBytes: 6 },
      { loadedBytes: 6, totalBytes: 6 },
    ]);
  });
});
