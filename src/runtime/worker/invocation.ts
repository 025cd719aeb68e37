// Calling the handler as each runtime client does. Node 22 (RIC 3.x, src/Runtime.js and
// src/CallbackContext.js): async, callback and sync handlers, first completion wins, callbacks wait
// for the event loop to drain, a sync handler that never calls back answers null. Node 24 (RIC
// src/runtime/buffered-invoke-processor.ts): the handler's return value is awaited, whatever it is.
import type { Runtime } from '../../engine/types';
import type { EventLoop } from './event-loop';
import type { RequestFacts } from './lambda-context';
import { node22Context, node24Context } from './lambda-context';
import { JSONStringifyError, nodeJsExit } from './lambda-errors';
import type { LoadedHandler } from './module-loader';

/** One request being served; both calls are ignored once the request has been answered. */
export interface Invocation {
  /** Serializes and posts the response; throws when the result cannot be serialized. */
  respond(result: unknown): void;
  /** Logs `Invoke Error` and posts the error response. */
  fail(error: unknown): void;
}

export interface DriverHost {
  loop: EventLoop;
  env: Record<string, string | undefined>;
  /** The patched console.error. */
  logError(...args: unknown[]): void;
}

type NodeCallback = (error?: unknown, result?: unknown) => void;

const STRINGIFY_FAILED = 'Unable to stringify response body';

/** The response body: undefined is sent as null; a value JSON cannot encode fails the invoke. */
export function serializeResponse(result: unknown, runtime: Runtime): string {
  let payload: string | undefined;
  try {
    payload = JSON.stringify(result === undefined ? null : result);
  } catch {
    throw runtime === 'nodejs24.x'
      ? new JSONStringifyError(STRINGIFY_FAILED)
      : new Error(STRINGIFY_FAILED);
  }
  // A bare function or symbol has no JSON text at all; the playground sends null for it.
  return payload ?? 'null';
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as { then?: unknown } | null)?.then === 'function';

export function invokeNode22(
  loaded: LoadedHandler,
  event: unknown,
  request: RequestFacts,
  invocation: Invocation,
  host: DriverHost,
): void {
  const { loop } = host;
  const state = { waitForEmptyEventLoop: true };
  let completed = false;
  let finished = false;
  const complete = (result: unknown) => {
    if (completed) {
      host.logError(
        'Invocation has already been reported as done. Cannot call complete more than once per invocation.',
      );
      return;
    }
    completed = true;
    invocation.respond(result);
  };
  const done: NodeCallback = (error, result) => {
    loop.setBeforeExit(null);
    if (error !== undefined && error !== null) invocation.fail(error);
    else complete(result);
  };
  const callback: NodeCallback = (error, result) => {
    loop.setBeforeExit(null);
    if (error !== undefined && error !== null) invocation.fail(error);
    else if (!state.waitForEmptyEventLoop) complete(result);
    else loop.setBeforeExit(() => loop.timers.setImmediate(() => complete(result)));
  };
  // Only the first of callback/succeed/fail/done counts; a call that throws does not count.
  const firstCallOnly =
    <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A) => {
      if (finished) return;
      fn(...args);
      finished = true;
    };
  const context = node22Context(
    {
      state,
      succeed: firstCallOnly((result?: unknown) => done(null, result)),
      fail: firstCallOnly((error?: unknown) => done(error ?? 'handled', null)),
      done: firstCallOnly(done),
    },
    host.env,
    request,
  );
  const wrappedCallback = firstCallOnly(callback);
  // If nothing answers before the loop drains: an async handler never settled; others answer null.
  loop.setBeforeExit(() => {
    completed = true;
    if (loaded.isAsync) invocation.fail(nodeJsExit());
    else invocation.respond(null);
  });
  try {
    const result = loaded.handler(event, context, wrappedCallback);
    if (isThenable(result)) {
      // As the RIC does: the context's succeed and fail as they are when the handler returns.
      Promise.resolve(result).then(context.succeed, context.fail).catch(context.fail);
    }
  } catch (error) {
    wrappedCallback(error);
  }
}

export function invokeNode24(
  loaded: LoadedHandler,
  event: unknown,
  request: RequestFacts,
  invocation: Invocation,
  host: DriverHost,
): void {
  const { loop } = host;
  const context = node24Context(host.env, request);
  // The runtime answers from a later turn of the loop (a setImmediate), as the RIC does.
  const nextTurn = () => new Promise<void>((resolve) => loop.timers.setImmediate(() => resolve()));
  loop.setBeforeExit(() => invocation.fail(nodeJsExit()));
  const run = async () => {
    try {
      const result: unknown = await loaded.handler(event, context);
      loop.setBeforeExit(null);
      await nextTurn();
      invocation.respond(result);
    } catch (error) {
      loop.setBeforeExit(null);
      await nextTurn();
      invocation.fail(error);
    }
  };
  void run();
}
