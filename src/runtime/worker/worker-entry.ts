// The script every instance's worker runs, a classic script started from a data: URL so that the
// handler gets an opaque origin (opaque-worker.ts). It hands the worker's global scope to the
// Lambda runtime or a web program's process (worker-runtime.ts) and routes messages, uncaught errors and unhandled rejections to it.
import { createWorkerRuntime } from './worker-runtime';
import type { HostTimers } from './event-loop';
import type { FromWorker, ToWorker } from '../protocol';
import type { RuntimeScope } from './runtime-globals';
import { warmUp } from './warm-up';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  addEventListener(
    type: 'unhandledrejection',
    listener: (event: PromiseRejectionEvent) => void,
  ): void;
  addEventListener(
    type: 'securitypolicyviolation',
    listener: (event: SecurityPolicyViolationEvent) => void,
  ): void;
}

const scope = self as unknown as RuntimeScope & WorkerScope;
const post = scope.postMessage.bind(scope);

// Bound now, before the runtime replaces the scope's timers with Node-style tracked ones.
const nativeClearTimeout = clearTimeout.bind(scope);
const nativeClearInterval = clearInterval.bind(scope);
const timers: HostTimers = {
  setTimeout: setTimeout.bind(scope),
  clearTimeout: (handle) => nativeClearTimeout(handle as number),
  setInterval: setInterval.bind(scope),
  clearInterval: (handle) => nativeClearInterval(handle as number),
};

// A MessageChannel hop is a task without setTimeout's 4 ms clamping: our setImmediate.
const queue: Array<() => void> = [];
const channel = new MessageChannel();
channel.port1.onmessage = () => queue.shift()?.();
const macrotask = (callback: () => void) => {
  queue.push(callback);
  channel.port2.postMessage(null);
};

async function importModule(source: string): Promise<object> {
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  try {
    return (await import(/* @vite-ignore */ url)) as object;
  } finally {
    URL.revokeObjectURL(url);
  }
}

const host = { timers, macrotask, importModule, now: () => performance.now() };
const runtime = createWorkerRuntime({ ...host, post, scope });

// A Node process has no postMessage or close; the handler's code must not speak the protocol.
Object.assign(scope, { postMessage: undefined, close: undefined });

scope.addEventListener('message', (event) => runtime.receive(event.data));
scope.addEventListener('error', (event) => {
  event.preventDefault();
  runtime.uncaughtException(event.error ?? new Error(event.message));
});
scope.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  runtime.unhandledRejection(event.reason, event.promise);
});
// Only in the network sandbox (Internet access off), whose policy this worker inherited.
scope.addEventListener('securitypolicyviolation', (event) => {
  runtime.refused(event.blockedURI, event.effectiveDirective);
});
// `ready` once warm, so the pool hands out spares whose runtime code V8 has already compiled.
void warmUp(host, scope.eval).then(() => post({ type: 'ready' }));
