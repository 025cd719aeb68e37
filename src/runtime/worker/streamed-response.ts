// The runtime's side of a streamed response: passes each write on to the page as it happens,
// keeps the bytes for the invoke's result (its payload, as text), and stops at the size limit.
import type { ResponseChunk } from '../../engine/types';
import type { WorkerInvokeOutcome } from '../protocol';
import { MAX_STREAMED_BYTES } from './response-stream';
import type { StreamingInvocation } from './streaming-invoke';

type Unmeasured = Omit<
  Extract<WorkerInvokeOutcome, { kind: 'ok' }>,
  'durationMs' | 'maxMemoryUsedMB'
>;

export interface StreamedResponseHost {
  /** Posts one chunk to the page. */
  write(chunk: ResponseChunk): void;
  finish(outcome: Unmeasured): void;
  fail(error: unknown): void;
}

export function streamedResponse(
  host: StreamedResponseHost,
  limitBytes = MAX_STREAMED_BYTES,
): StreamingInvocation {
  const parts: Uint8Array[] = [];
  let size = 0;
  return {
    write(bytes, contentType) {
      if (size + bytes.byteLength > limitBytes) return false;
      size += bytes.byteLength;
      parts.push(bytes);
      host.write({ bytes, contentType });
      return true;
    },
    finish(contentType) {
      const all = new Uint8Array(size);
      let at = 0;
      for (const part of parts) {
        all.set(part, at);
        at += part.byteLength;
      }
      const payload = new TextDecoder().decode(all);
      host.finish({ kind: 'ok', payload, streamed: { contentType } });
    },
    fail: host.fail,
  };
}
