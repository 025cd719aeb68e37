// Test support: an in-process worker whose realm has the Web APIs a browser worker gives the
// instance (TextEncoder, URL, streams, crypto…), which the AWS SDK's browser build relies on. The
// plain in-process worker (src/runtime/host/testing/fake-worker.ts) runs handlers in a bare realm,
// enough for code that uses no SDK.
/// <reference types="node" />
import vm from 'node:vm';
import { createLambdaRuntime } from '../../../runtime/worker/lambda-runtime';
import type { FromWorker, WorkerLike } from '../../../runtime/protocol';
import type { RuntimeScope } from '../../../runtime/worker/runtime-globals';

/** Imports an ES module from a data: URL, which the test runner hands to Node's own loader. */
const nativeImport = (url: string): Promise<object> => import(/* @vite-ignore */ url);

/** The worker globals the SDK reaches, lent from Node's own (the same Web API classes). */
const WEB_GLOBALS = [
  'TextEncoder',
  'TextDecoder',
  'URL',
  'URLSearchParams',
  'ReadableStream',
  'WritableStream',
  'TransformStream',
  'Headers',
  'AbortController',
  'AbortSignal',
  'Event',
  'EventTarget',
  'DOMException',
  'atob',
  'btoa',
  'structuredClone',
  'queueMicrotask',
  'performance',
] as const;

const SUBTLE_METHODS = ['digest', 'importKey', 'sign', 'verify', 'exportKey'] as const;

/**
 * The runtime wraps `SubtleCrypto` and `Blob` methods on their prototypes so the instance's event
 * loop counts their promises as pending work (runtime-globals.ts). Each realm gets classes of its
 * own for that, so one instance's wrapping never reaches Node's classes or another instance.
 */
function ownCryptoAndBlob(): Record<string, unknown> {
  const subtle = globalThis.crypto.subtle;
  class SubtleCrypto {}
  const methods = SubtleCrypto.prototype as unknown as Record<string, unknown>;
  for (const name of SUBTLE_METHODS) {
    methods[name] = (...args: unknown[]): unknown =>
      Reflect.apply(subtle[name] as (...a: unknown[]) => unknown, subtle, args);
  }
  const crypto = {
    subtle: new SubtleCrypto(),
    getRandomValues: <T extends ArrayBufferView>(array: T) =>
      globalThis.crypto.getRandomValues(array),
    randomUUID: () => globalThis.crypto.randomUUID(),
  };
  class Blob extends globalThis.Blob {}
  return { SubtleCrypto, crypto, Blob };
}

function webGlobals(): Record<string, unknown> {
  const host = globalThis as unknown as Record<string, unknown>;
  return {
    ...Object.fromEntries(WEB_GLOBALS.map((name) => [name, host[name]])),
    ...ownCryptoAndBlob(),
  };
}

export function createSdkRealmWorker(): WorkerLike {
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage: (message) => setImmediate(() => runtime.receive(structuredClone(message))),
    terminate: () => {
      worker.onmessage = null;
    },
  };
  const context = vm.createContext({ console: {}, ...webGlobals() });
  const scope = vm.runInContext('globalThis', context) as RuntimeScope;
  const runtime = createLambdaRuntime({
    post: (message: FromWorker) => {
      const data = structuredClone(message);
      setImmediate(() => worker.onmessage?.({ data } as MessageEvent<FromWorker>));
    },
    scope,
    timers: { setTimeout, clearTimeout, setInterval, clearInterval },
    macrotask: (callback) => setImmediate(callback),
    importModule: (source) =>
      nativeImport(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`),
    now: () => performance.now(),
  });
  setImmediate(() => worker.onmessage?.({ data: { type: 'ready' } } as MessageEvent<FromWorker>));
  return worker;
}
