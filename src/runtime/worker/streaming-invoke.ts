// Calling a streaming handler as the RIC does (src/Runtime.js handleOnceStreaming): the handler
// gets `(event, responseStream, context)`, must return a promise, and its return value is ignored
// with a warning. The response is over when the handler has settled and the stream has finished;
// an open stream keeps the process alive (on AWS, the connection to the Runtime API), so a handler
// that never ends its stream runs to its timeout.
import type { Runtime } from '../../engine/types';
import type { DriverHost } from './invocation';
import type { RequestFacts } from './lambda-context';
import { node24Context } from './lambda-context';
import type { UserHandler } from './module-loader';
import { ResponseStream } from './response-stream';
import type { ResponseSink, StreamingMode } from './response-stream';

export interface StreamingInvocation extends ResponseSink {
  /** The stream finished and the handler resolved: the response is complete. */
  finish(contentType: string): void;
  /** Logs `Invoke Error` and ends the response with the error. */
  fail(error: unknown): void;
}

export interface StreamingHost extends DriverHost {
  /** The patched console.warn. */
  warn(message: string): void;
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as { then?: unknown } | null)?.then === 'function';

/** Node 22's streaming context also carries the callback flag (RIC src/StreamingContext.js). */
function streamingContext(runtime: Runtime, host: StreamingHost, request: RequestFacts) {
  const context = node24Context(host.env, request);
  return runtime === 'nodejs24.x'
    ? context
    : Object.assign({ callbackWaitsForEmptyEventLoop: true }, context);
}

export function invokeStreaming(
  handler: UserHandler,
  mode: StreamingMode,
  event: unknown,
  request: RequestFacts,
  invocation: StreamingInvocation,
  host: StreamingHost,
  runtime: Runtime,
): void {
  const { loop } = host;
  const stream = new ResponseStream(invocation, mode.highWaterMark);
  let handlerDone = false;
  let streamDone = false;
  let over = false;
  const fail = (error: unknown) => {
    if (over) return;
    over = true;
    invocation.fail(error);
  };
  const settleIfDone = () => {
    if (over || !handlerDone || !streamDone) return;
    if (!stream.writableFinished) {
      fail('Response stream is not finished.');
      return;
    }
    over = true;
    invocation.finish(stream.contentType);
  };
  // Until it finishes or is destroyed, the stream is pending work, as the open connection is.
  void loop
    .track(
      new Promise<void>((resolve) => {
        stream.once('finish', resolve);
        stream.once('close', resolve);
      }),
    )
    .then(() => {
      streamDone = true;
      settleIfDone();
    });
  stream.once('error', fail);
  // The loop draining with the stream finished: the response went out whole (RIC's
  // _setStreamingExitListener only moves on to the next invoke).
  loop.setBeforeExit(null);
  let result: unknown;
  try {
    result = handler(event, stream, streamingContext(runtime, host, request));
  } catch (error) {
    fail(error);
    return;
  }
  if (!isThenable(result)) {
    fail('Streaming does not support non-async handlers.');
    return;
  }
  Promise.resolve(result).then(
    (value) => {
      if (value !== undefined) host.warn('Streaming handlers ignore return values.');
      handlerDone = true;
      settleIfDone();
    },
    (error: unknown) => fail(error),
  );
}
