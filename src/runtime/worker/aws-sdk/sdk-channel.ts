// The instance's side of its SDK calls: each request goes to the page as an `aws-request` and
// settles when the page's `aws-response` with its id arrives. An answer that arrives while the
// environment is frozen reaches the code at the thaw, as a socket's data would on AWS.
import type { ApiRequest, ApiResponse } from '../../../engine/types';
import type { FromWorker, SdkOutcome } from '../../protocol';

export interface SdkChannel {
  send(request: ApiRequest, signal?: AbortSignal): Promise<ApiResponse>;
  /** The page's answer to the request with this id. */
  receive(id: number, outcome: SdkOutcome): void;
}

export interface SdkChannelHost {
  post(message: FromWorker): void;
  /** The request being served; undefined during INIT. */
  requestId(): string | undefined;
  /** Holds a settled promise's result while the event loop is frozen (event-loop.ts `track`). */
  track<T>(promise: Promise<T>): Promise<T>;
}

interface Waiting {
  resolve(response: ApiResponse): void;
  reject(error: Error): void;
}

/** Node's error for a connection that could not be made, as the SDK rethrows it. */
function connectionError(outcome: Extract<SdkOutcome, { ok: false }>): Error {
  return Object.assign(new Error(outcome.message), {
    code: outcome.code,
    syscall: outcome.syscall,
  });
}

function abortError(): Error {
  const error = new Error('Request aborted');
  error.name = 'AbortError';
  return error;
}

export function createSdkChannel(host: SdkChannelHost): SdkChannel {
  const waiting = new Map<number, Waiting>();
  let nextId = 1;
  return {
    send(request, signal) {
      if (signal?.aborted) return Promise.reject(abortError());
      const id = nextId++;
      const answered = new Promise<ApiResponse>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        signal?.addEventListener('abort', () => {
          if (waiting.delete(id)) reject(abortError());
        });
      });
      host.post({ type: 'aws-request', id, requestId: host.requestId() ?? null, request });
      return host.track(answered);
    },
    receive(id, outcome) {
      const call = waiting.get(id);
      if (call === undefined) return;
      waiting.delete(id);
      if (outcome.ok) call.resolve(outcome.response);
      else call.reject(connectionError(outcome));
    },
  };
}
