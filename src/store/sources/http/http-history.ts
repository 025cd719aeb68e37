// Requests sent from the HTTP tab and what came back, newest first, to read and resend.
import { createStore } from 'zustand/vanilla';
import type { HttpRequestSpec, HttpResponse } from '../../../triggers';
import type { HttpFront } from '../../../workspace/model';

export interface HttpExchange {
  id: number;
  request: HttpRequestSpec;
  front: HttpFront;
  /** null while waiting for the answer. */
  response: HttpResponse | null;
  /** Why no response could be produced (e.g. the function's build failed). */
  problem?: string;
  functionName?: string;
  /** A request to a web app's ALB: who answered, the load balancer itself or one of its tasks. */
  service?: { name: string; source: 'elb' | 'target'; taskId: string | null };
  /** The Lambda Web Function that answered (instead of a function or a service). */
  webFunction?: { name: string; source: 'platform' | 'program'; environmentId: string | null };
  /** Real milliseconds from Send to the response. */
  elapsedMs?: number;
  /** A streamed response's body as it arrived (function URL, RESPONSE_STREAM), piece by piece. */
  chunks?: StreamChunk[];
}

export interface StreamChunk {
  text: string;
  /** Real milliseconds from Send to this piece's arrival. */
  atMs: number;
}

export const HTTP_HISTORY_KEPT = 20;

export const httpHistoryStore = createStore<{ exchanges: HttpExchange[] }>()(() => ({
  exchanges: [],
}));

let nextId = 1;

export function startExchange(request: HttpRequestSpec, front: HttpFront): number {
  const id = nextId++;
  httpHistoryStore.setState(({ exchanges }) => ({
    exchanges: [{ id, request, front, response: null }, ...exchanges].slice(0, HTTP_HISTORY_KEPT),
  }));
  return id;
}

export function finishExchange(id: number, change: Partial<HttpExchange>): void {
  httpHistoryStore.setState(({ exchanges }) => ({
    exchanges: exchanges.map((x) => (x.id === id ? { ...x, ...change } : x)),
  }));
}

export function addStreamChunk(id: number, chunk: StreamChunk): void {
  httpHistoryStore.setState(({ exchanges }) => ({
    exchanges: exchanges.map((x) =>
      x.id === id ? { ...x, chunks: [...(x.chunks ?? []), chunk] } : x,
    ),
  }));
}
