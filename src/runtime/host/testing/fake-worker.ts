// Test support: workers without threads. FakeWorker is scripted by the test; an in-process worker
// runs the real Lambda runtime over a fresh realm and answers like a real one, asynchronously.
import type { FromWorker, ToWorker, WorkerLike } from '../../protocol';
import { createRealmRuntime } from '../../worker/testing/runtime-harness';

export class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  onmessageerror: WorkerLike['onmessageerror'] = null;
  readonly received: ToWorker[] = [];
  terminated = false;

  postMessage(message: ToWorker): void {
    this.received.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Delivers a message from the worker to whoever listens on the page. */
  send(message: FromWorker): void {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }

  /** Fires the worker's `error` event, as a worker that died does. */
  fail(): void {
    this.onerror?.({ message: 'worker died', preventDefault: () => undefined } as ErrorEvent);
  }

  /** The id of the last request the page sent. */
  lastId(): number {
    const last = this.received.findLast((message) => 'id' in message);
    if (!last || !('id' in last)) throw new Error('nothing was sent');
    return last.id;
  }
}

/**
 * A worker whose other side runs in this process: `start` is handed the function that posts to
 * the page and returns what receives the page's messages. Both ways are asynchronous and cloned,
 * as across a real worker's boundary.
 */
export function inProcessWorker(
  start: (post: (message: FromWorker) => void) => { receive(message: ToWorker): void },
): WorkerLike {
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage: (message) => setImmediate(() => inside.receive(structuredClone(message))),
    terminate: () => {
      worker.onmessage = null;
    },
  };
  const inside = start((message) => {
    const data = structuredClone(message);
    setImmediate(() => worker.onmessage?.({ data } as MessageEvent<FromWorker>));
  });
  return worker;
}

/**
 * A worker running the Lambda runtime in this process; `globals` and `timerLagMs` as
 * createRealmRuntime takes them.
 */
export function createInProcessWorker(
  globals: Record<string, unknown> = {},
  timerLagMs = 0,
): WorkerLike {
  return inProcessWorker((post) => {
    const { runtime } = createRealmRuntime(post, globals, timerLagMs);
    post({ type: 'ready' });
    return runtime;
  });
}
