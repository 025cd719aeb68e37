// The page's side of the unpack worker: one worker per request, ended once it has answered, failed
// or run out of time, so nothing of a hostile input outlives its reading.
import type { UnpackReply, UnpackRequest } from './unpack-protocol';

/** What this module needs of a Worker, so tests can stand in for one. */
export interface UnpackWorker {
  postMessage(message: UnpackRequest, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<UnpackReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export type UnpackOutcome = { ok: true; reply: UnpackReply } | { ok: false; why: string };

/**
 * Capped inflating finishes in well under a second (8 MB in about 130 ms here); a worker still
 * busy after this long is stuck, and is ended.
 */
export const UNPACK_TIMEOUT_MS = 20_000;

/** The buffers a request's bytes live in, handed to the worker rather than copied. */
function transferable(request: UnpackRequest): Transferable[] {
  if (request.kind === 'link') return [];
  const views = request.kind === 'sam-zip' ? [request.bytes] : request.files.map((f) => f.bytes);
  return [...new Set(views.map((view) => view.buffer as ArrayBuffer))];
}

export function unpackInWorker(
  request: UnpackRequest,
  spawn: () => UnpackWorker,
  timeoutMs = UNPACK_TIMEOUT_MS,
): Promise<UnpackOutcome> {
  return new Promise((resolve) => {
    const worker = spawn();
    const settle = (outcome: UnpackOutcome) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(
      () => settle({ ok: false, why: 'reading it took too long and was stopped' }),
      timeoutMs,
    );
    worker.onmessage = ({ data }) => settle({ ok: true, reply: data });
    // A script that failed to load, or a worker that ran out of memory: the page would wait forever.
    worker.onerror = (event) =>
      settle({ ok: false, why: `the reader stopped (${event.message || 'no reason given'})` });
    worker.postMessage(request, transferable(request));
  });
}
