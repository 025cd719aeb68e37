// Instance workers with an opaque origin: each starts from a `data:` URL holding the runtime's
// script, so the handler's code runs outside the app's origin. It cannot open the app's IndexedDB,
// caches or locks (SecurityError), its fetch to the app is cross-origin, its BroadcastChannel
// reaches no page, and a worker has no DOM, localStorage, cookies, parent or top (checked in
// Chromium 156 for data: workers). Who starts the worker decides its network: a function with
// Internet access off gets one started by the network sandbox (network-sandbox.ts), whose
// Content-Security-Policy the worker inherits; with it on, the page starts it.
import type { NetworkMode, WorkerLike } from '../protocol';

/** Starts a worker from a URL: `new Worker(url)` of the page, or of the network sandbox. */
export type Spawn = (url: string) => WorkerLike;

export interface OpaqueWorkerOptions {
  /** Resolves with the runtime worker's script text (fetched once, from the app's own origin). */
  loadScript: () => Promise<string>;
  /** Resolves with how to start the workers of this network mode, once that way is ready. */
  spawner: (network: NetworkMode) => Promise<Spawn>;
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
 * Stands in for a worker until the script and the way to start it are ready: messages wait in
 * order, handlers are forwarded, a terminate before the start means no worker is ever started.
 */
function deferredWorker(ready: Promise<() => WorkerLike>): WorkerLike {
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
    (start) => {
      if (terminated) return;
      real = start();
      real.onmessage = (event) => stub.onmessage?.(event);
      real.onerror = (event) => stub.onerror?.(event);
      real.onmessageerror = (event) => stub.onmessageerror?.(event);
      for (const message of waiting.splice(0)) real.postMessage(message);
    },
    (error: unknown) => {
      if (terminated) return;
      const message = error instanceof Error ? error.message : String(error);
      stub.onerror?.({ message, error, preventDefault: () => undefined } as ErrorEvent);
    },
  );
  return stub;
}

/** A `createWorker` for the executor: real workers once ready, stand-ins before. */
export function createOpaqueWorkerFactory(
  options: OpaqueWorkerOptions,
): (network: NetworkMode) => WorkerLike {
  let loading: Promise<string> | null = null;
  const loadUrl = () => {
    loading ??= options.loadScript().then(
      (script) => scriptDataUrl(script),
      (error: unknown) => {
        // A failed load is tried again by the next worker (the pool replaces the failed spare).
        loading = null;
        throw new Error(`The runtime script could not be loaded: ${String(error)}`);
      },
    );
    return loading;
  };
  const starters = new Map<NetworkMode, () => WorkerLike>();
  const preparing = new Map<NetworkMode, Promise<() => WorkerLike>>();
  const prepare = (network: NetworkMode) => {
    let ready = preparing.get(network);
    if (ready === undefined) {
      ready = Promise.all([loadUrl(), options.spawner(network)]).then(
        ([url, spawn]) => {
          const start = () => spawn(url);
          starters.set(network, start);
          return start;
        },
        (error: unknown) => {
          preparing.delete(network);
          throw error;
        },
      );
      preparing.set(network, ready);
    }
    return ready;
  };
  return (network) => starters.get(network)?.() ?? deferredWorker(prepare(network));
}
