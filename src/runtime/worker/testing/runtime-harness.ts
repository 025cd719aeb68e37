// Test support: runs the Lambda runtime against a fresh V8 realm (node:vm), as a worker would run
// it against its own global scope, and records every message it posts.
/// <reference types="node" />
import vm from 'node:vm';
import type { CodeBundle, FunctionConfig, InitOutcome, LogRecord } from '../../../engine/types';
import { cjsBundle, testConfig } from '../../testing/bundles';
import { createWorkerRuntime } from '../worker-runtime';
import type { LambdaRuntime } from '../lambda-runtime';
import type { FromWorker, WorkerInvokeOutcome } from '../../protocol';
import type { RuntimeScope } from '../runtime-globals';

/** Imports an ES module from a data: URL, which the test runner hands to Node's own loader. */
const nativeImport = (url: string): Promise<object> => import(/* @vite-ignore */ url);

export async function waitFor<T>(
  find: () => T | undefined,
  what: string,
  timeoutMs = 2000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

/**
 * A Lambda runtime over a fresh realm, posting to `post`: what a worker runs, in process. `globals`
 * lends the realm more of a worker's globals (the Web APIs the AWS SDK's browser build needs).
 * `timerLagMs` makes every timeout fire that much late, as a busy computer's worker thread does.
 */
export function createRealmRuntime(
  post: (message: FromWorker) => void,
  globals: Record<string, unknown> = {},
  timerLagMs = 0,
) {
  const context = vm.createContext({ console: {}, ...globals });
  const scope = vm.runInContext('globalThis', context) as RuntimeScope;
  const lateTimeout = (callback: () => void, ms?: number) =>
    setTimeout(callback, (ms ?? 0) + timerLagMs);
  const runtime = createWorkerRuntime({
    post,
    scope,
    timers: { setTimeout: lateTimeout, clearTimeout, setInterval, clearInterval },
    macrotask: (callback) => setImmediate(callback),
    importModule: (source) =>
      nativeImport(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`),
    now: () => performance.now(),
  });
  return { scope, runtime };
}

export class RuntimeHarness {
  readonly messages: FromWorker[] = [];
  readonly scope: RuntimeScope;
  readonly runtime: LambdaRuntime;
  #nextId = 1;

  constructor(options: { timerLagMs?: number } = {}) {
    ({ scope: this.scope, runtime: this.runtime } = createRealmRuntime(
      (m) => this.messages.push(m),
      {},
      options.timerLagMs,
    ));
  }

  get logs(): LogRecord[] {
    return this.messages.flatMap((message) => (message.type === 'log' ? [message.record] : []));
  }

  /** The log lines as `level requestId message`, the parts tests compare. */
  get lines(): string[] {
    return this.logs.map((record) => `${record.level} ${record.requestId} ${record.message}`);
  }

  async load(config: FunctionConfig, bundle: CodeBundle): Promise<InitOutcome> {
    const id = this.#nextId++;
    this.runtime.receive({
      type: 'load',
      id,
      config,
      bundle,
      logStreamName: '2026/11/27/[$LATEST]abc',
      sdkScripts: [],
    });
    return waitFor(() => {
      const reply = this.messages.find((message) => message.type === 'loaded' && message.id === id);
      return reply?.type === 'loaded' ? reply.outcome : undefined;
    }, 'loaded');
  }

  /** Loads and fails the test unless INIT succeeds. */
  async start(code: string, config: Partial<FunctionConfig> = {}): Promise<void> {
    const outcome = await this.load(testConfig(config), cjsBundle(code));
    if (!outcome.ok) throw new Error(`INIT failed: ${JSON.stringify(outcome.error)}`);
  }

  invokeNow(event: unknown, requestId: string, deadlineMs = Date.now() + 3000): number {
    const id = this.#nextId++;
    const eventJson = JSON.stringify(event);
    this.runtime.receive({ type: 'invoke', id, requestId, eventJson, deadlineMs });
    return id;
  }

  result(id: number, timeoutMs?: number): Promise<WorkerInvokeOutcome> {
    return waitFor(
      () => {
        const reply = this.messages.find(
          (message) => message.type === 'result' && message.id === id,
        );
        return reply?.type === 'result' ? reply.outcome : undefined;
      },
      'result',
      timeoutMs,
    );
  }

  invoke(event: unknown, requestId = 'req-1'): Promise<WorkerInvokeOutcome> {
    return this.result(this.invokeNow(event, requestId));
  }
}
