// Instance workers with an opaque origin: each starts from a `data:` URL holding the runtime's
// script, so the handler's code runs outside the app's origin. It cannot open the app's IndexedDB,
// caches or locks (SecurityError), its fetch to the app is cross-origin, its BroadcastChannel
// reaches no page, and a worker has no DOM, localStorage, cookies, parent or top
// (shared/reference/browser-limits.md; checked again in Chromium 156 for data: workers).
import type { WorkerLike } from './protocol';

export interface OpaqueWorkerOptions {
  /** Resolves with the runtime worker's script text (fetched once, from the app's own origin). */
  loadScript: () => Promise<string>;
  /** Starts a worker from a URL: `new Worker(url)` in the browser. */
  spawn: (url: string) => WorkerLike;
}

type Handlers = Pick<WorkerLike, 'onmessage' | 'onerror' | 'onmessageerror'>;

/**
 * Where stack traces say the runtime's own frames are. Without a name V8 prints the whole
 * `data:` URL (≈ 200 KB) in every frame of every error's trace; Lambda's Node.js runtime lives at
 * this path, so traces read as they do on AWS (e.g. `at Runtime.handleOnceNonStreaming
 * (file:///var/runtime/index.mjs:…)`).
 */
export const RUNTIME_SCRIPT_NAME = 'file:///var/runtime/index.mjs';

export function scriptDataUrl(script: string): string {
  const named = `${script}\n//# sourceURL=${RUNTIME_SCRIPT_NAME}\n`;
  return `data:text/javascript;charset=utf-8,${encodeURIComponent(named)}`;
}

/**
 * Stands in for a worker until the script has loaded: messages wait in order, handlers are
 * forwarded, a terminate before the start means no worker is ever started.
 */
function deferredWorker(ready: Promise<string>, spawn: OpaqueWorkerOptions['spawn']): WorkerLike {
  const waiting: Parameters<WorkerLike['postMessage']>[0][] = [];
  let real: WorkerLike | null = null;
  let terminated = false;
  const stub: WorkerLike & Handlers = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage(message) {
      if (real) real.postMessage(message);
      else waiting.push(message);
    },
    terminate() {
      terminated = true;
      real?.terminate();
    },
  };
  ready.then(
    (url) => {
      if (terminated) return;
      real = spawn(url);
      real.onmessage = (event) => stub.onmessage?.(event);
      real.onerror = (event) => stub.onerror?.(event);
      real.onmessageerror = (event) => stub.onmessageerror?.(event);
      for (const message of waiting.splice(0)) real.postMessage(message);
    },
    (error: unknown) => {
      if (terminated) return;
      const message = `The runtime script could not be loaded: ${String(error)}`;
      stub.onerror?.({ message, error, preventDefault: () => undefined } as ErrorEvent);
    },
  );
  return stub;
}

/** A `createWorker` for the executor: real workers once the script is in hand, stand-ins before. */
export function createOpaqueWorkerFactory(options: OpaqueWorkerOptions): () => WorkerLike {
  let url: string | null = null;
  let loading: Promise<string> | null = null;
  const load = () => {
    loading ??= options.loadScript().then(
      (script) => (url = scriptDataUrl(script)),
      (error: unknown) => {
        // A failed load is tried again by the next worker (the pool replaces the failed spare).
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  return () => (url === null ? deferredWorker(load(), options.spawn) : options.spawn(url));
}
