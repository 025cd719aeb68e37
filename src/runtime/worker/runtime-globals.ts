// Gives the worker's global scope the shape of a Node process on Lambda: `process`, `global`,
// Node-style timers and setImmediate, Buffer, the module resolver, and async browser APIs that count as
// pending work (a Node process stays alive while a fetch or a body read is under way).
import type { EventLoop } from './event-loop';
import { libraries } from './node/load-libraries';

export type GlobalScope = Record<string, unknown>;

/** The global object the handler's code runs in, which becomes a Node process's. */
export interface RuntimeScope extends GlobalScope {
  eval: (source: string) => unknown;
  SyntaxError: SyntaxErrorConstructor;
  JSON: JSON;
  console: unknown;
}

const BODY_READERS = ['arrayBuffer', 'blob', 'bytes', 'formData', 'json', 'text'];
const SUBTLE_METHODS = [
  'decrypt', 'deriveBits', 'deriveKey', 'digest', 'encrypt', 'exportKey',
  'generateKey', 'importKey', 'sign', 'unwrapKey', 'verify', 'wrapKey',
]; // prettier-ignore

function trackMethod(owner: unknown, name: string, track: EventLoop['track']): void {
  if (typeof owner !== 'object' || owner === null) return;
  const record = owner as Record<string, unknown>;
  const original = record[name];
  if (typeof original !== 'function') return;
  record[name] = function (this: unknown, ...args: unknown[]): unknown {
    const result: unknown = Reflect.apply(original, this, args);
    return result instanceof Promise ? track(result) : result;
  };
}

const prototypeOf = (scope: GlobalScope, name: string): unknown =>
  (scope[name] as { prototype?: unknown } | undefined)?.prototype;

export interface NodeGlobals {
  process: object;
  loop: EventLoop;
  require: (specifier: string) => unknown;
}

export function installNodeGlobals(scope: GlobalScope, globals: NodeGlobals): void {
  const { loop } = globals;
  Object.assign(scope, {
    ...loop.timers,
    queueMicrotask: loop.queueMicrotask,
    process: globals.process,
    global: scope,
    __playgroundRequire: globals.require,
  });
  // Buffer loads the Node libraries on first touch, then stays a plain global (as Node's is).
  Object.defineProperty(scope, 'Buffer', {
    get: () => {
      const { Buffer } = libraries();
      Object.defineProperty(scope, 'Buffer', { value: Buffer, writable: true, configurable: true });
      return Buffer;
    },
    set: (value: unknown) => {
      Object.defineProperty(scope, 'Buffer', { value, writable: true, configurable: true });
    },
    configurable: true,
  });
  trackMethod(scope, 'fetch', loop.track);
  for (const owner of ['Response', 'Request', 'Blob']) {
    for (const name of BODY_READERS) trackMethod(prototypeOf(scope, owner), name, loop.track);
  }
  for (const name of SUBTLE_METHODS)
    trackMethod(prototypeOf(scope, 'SubtleCrypto'), name, loop.track);
}
