// Test support: an in-process worker whose realm has the Web APIs a browser worker gives the
// instance (TextEncoder, URL, streams, crypto…), which the AWS SDK's browser build relies on. The
// plain in-process worker (src/runtime/host/testing/fake-worker.ts) runs handlers in a bare realm,
// enough for code that uses no SDK.
/// <reference types="node" />
import { createInProcessWorker } from '../../../runtime/host/testing/fake-worker';
import type { WorkerLike } from '../../../runtime/protocol';

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
  return createInProcessWorker(webGlobals());
}
