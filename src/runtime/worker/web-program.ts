// A web program's process inside one worker (a Lambda Web Function's environment, an ECS task's
// container): the bundle runs at top level as `node index.js` does, its servers take ports in this
// process's table, and the page's `http-request`s are delivered to them, as many at once as the
// page sends, on one event loop that is never frozen. The process ends as Node's does: on
// `process.exit`, on an uncaught exception or unhandled rejection (Node's report on stderr, exit
// code 1), or when nothing is left to wait for. docs/aws-lambda.md#web-programs-nodes-http-server
import type { LogLevel } from '../../engine/types';
import type { FromWorker, ServerEndpoint, ToWorker } from '../protocol';
import { createSdkChannel } from './aws-sdk/sdk-channel';
import { createCpuMeter } from './cpu-meter';
import type { EventLoop } from './event-loop';
import type { LambdaRuntime, RuntimeHost } from './lambda-runtime';
import { refusedNote } from './lambda-runtime';
import { toLambdaError } from './lambda-errors';
import { setUpInstance } from './lambda-init';
import type { InstanceSetup } from './lambda-init';
import { runProgram } from './module-loader';
import type { Exchange, ServerHost } from './node/http-server';
import { inspect } from './node/inspect';
import { nodeError } from './node/node-errors';
import { ProcessExit } from './process-exit';

type StartWeb = Extract<ToWorker, { type: 'start-web' }>;
type HttpRequest = Extract<ToWorker, { type: 'http-request' }>;

/** Where Linux starts handing out ports for a listen on port 0 (net.ipv4.ip_local_port_range). */
const FIRST_EPHEMERAL_PORT = 32768;
const LAST_EPHEMERAL_PORT = 60999;
/** How a shell reports a process killed by SIGTERM (15). */
const SIGTERM_EXIT_CODE = 143;

/** Node's error for a rejection nobody handled whose reason is not an Error (lib/internal/process/promises.js). */
function unhandledRejectionError(reason: unknown): Error {
  if (reason instanceof Error) return reason;
  const error = nodeError(
    Error,
    'ERR_UNHANDLED_REJECTION',
    `This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "${inspect(reason)}".`,
  );
  error.name = 'UnhandledPromiseRejection';
  return error;
}

function keyOf(endpoint: ServerEndpoint): string {
  return endpoint.kind === 'tcp' ? `port ${endpoint.port}` : `pipe ${endpoint.path}`;
}

/** Node's `Node.js v24.11.0` line that ends its report of an uncaught error. */
function versionLine(process: unknown): string {
  return `Node.js ${String((process as { version?: string } | undefined)?.version ?? '')}`;
}

export function createWebProgram(host: RuntimeHost): LambdaRuntime {
  let started = false;
  let exited = false;
  let loop: EventLoop | null = null;
  let writeStderr: (text: string) => void = () => {};
  const ports = new Map<string, (exchange: Exchange) => void>();
  const exchanges = new Map<number, Exchange>();
  let nextEphemeral = FIRST_EPHEMERAL_PORT;
  const cpu = createCpuMeter(host);
  let reportedBusyMs = 0;
  let reportedAt = host.now();

  const post = (message: FromWorker) => {
    if (!exited) host.post(message);
  };
  const sdk = createSdkChannel({
    post: host.post,
    requestId: () => undefined,
    track: (promise) => (loop ? loop.track(promise) : promise),
  });
  const writeLine = (level: LogLevel, message: string, verbatim?: boolean) =>
    post({
      type: 'log',
      record: {
        time: Date.now(),
        requestId: undefined,
        level,
        message,
        ...(verbatim && { verbatim }),
      },
    });

  /** Ends the process: requests in flight are cut (the connection resets), then the page is told. */
  const end = (code: number, error: unknown) => {
    if (exited) return;
    for (const [id] of exchanges) {
      post({ type: 'http-response-error', id, code: 'ECONNRESET', message: 'socket hang up' });
    }
    exchanges.clear();
    ports.clear();
    post({ type: 'web-exit', code, error: error === null ? null : toLambdaError(error) });
    exited = true;
    // Nothing of a dead process runs on: its timers never fire.
    loop?.freeze();
  };
  /** Node prints the error as util.inspect shows it, then its version, and exits with code 1. */
  const crash = (error: unknown) => {
    if (exited || error instanceof ProcessExit) return;
    writeStderr(`${inspect(error)}\n\n${versionLine(host.scope.process)}\n`);
    end(1, error);
  };
  const exit = (code: number): never => {
    end(code, null);
    throw new ProcessExit();
  };

  const servers: ServerHost = {
    bind(endpoint, accept) {
      let bound = endpoint;
      if (endpoint.kind === 'tcp' && endpoint.port === 0) {
        while (ports.has(`port ${nextEphemeral}`) && nextEphemeral < LAST_EPHEMERAL_PORT) {
          nextEphemeral += 1;
        }
        bound = { ...endpoint, port: nextEphemeral++ };
      }
      if (ports.has(keyOf(bound))) return null;
      ports.set(keyOf(bound), accept);
      post({ type: 'web-listening', endpoint: bound });
      return bound;
    },
    unbind(endpoint) {
      if (ports.delete(keyOf(endpoint))) post({ type: 'web-closed', endpoint });
    },
    nextTick: (callback) => loop?.nextTick(callback),
    track: (promise) => void loop?.track(promise),
  };

  const start = (message: StartWeb) => {
    if (started) return;
    started = true;
    cpu.begin();
    reportedAt = host.now();
    const setup: InstanceSetup = {
      config: message.config,
      bundle: message.bundle,
      logStreamName: '',
      environment: message.environment,
      servers,
      scope: host.scope,
      loopHost: {
        timers: host.timers,
        macrotask: host.macrotask,
        onUncaught: crash,
        resumed: cpu.resumed,
        now: host.now,
      },
      now: host.now,
      writeLine,
      requestId: () => undefined,
      exit,
      sdkScripts: message.sdkScripts,
      sendSdkRequest: sdk.send,
    };
    const instance = setUpInstance(setup);
    loop = instance.loop;
    writeStderr = instance.writeStderr;
    const process = host.scope.process as {
      exitCode?: number;
      emit(name: string, code: number): void;
    };
    runProgram(message.bundle, {
      scope: host.scope,
      require: instance.require,
      importModule: host.importModule,
      writeStderr: instance.writeStderr,
    }).then(
      // Nothing left to wait for (no server listening, no timer, no request in flight): Node exits.
      () =>
        instance.loop.setBeforeExit(() => {
          const code = process.exitCode ?? 0;
          instance.loop.guard(() => process.emit('exit', code));
          end(code, null);
        }),
      crash,
    );
  };

  const request = (message: HttpRequest) => {
    const accept = exited ? undefined : ports.get(`port ${message.port}`);
    if (!accept) {
      host.post({
        type: 'http-response-error',
        id: message.id,
        code: 'ECONNREFUSED',
        message: `connect ECONNREFUSED 127.0.0.1:${message.port}`,
      });
      return;
    }
    const { id } = message;
    const open = () => exchanges.get(id) === exchange;
    const exchange: Exchange = {
      method: message.method,
      path: message.path,
      headers: message.headers,
      body: message.body,
      remoteAddress: message.remoteAddress,
      onCancel: null,
      head: (statusCode, statusMessage, headers) => {
        if (open()) post({ type: 'http-response-head', id, statusCode, statusMessage, headers });
      },
      chunk: (chunk) => {
        if (open()) post({ type: 'http-response-chunk', id, chunk });
      },
      end: () => {
        if (!open()) return;
        exchanges.delete(id);
        post({ type: 'http-response-end', id });
      },
      reset: () => {
        if (!open()) return;
        exchanges.delete(id);
        post({ type: 'http-response-error', id, code: 'ECONNRESET', message: 'socket hang up' });
      },
    };
    exchanges.set(id, exchange);
    cpu.resumed();
    loop?.guard(() => accept(exchange));
  };

  const cancel = (id: number) => {
    const exchange = exchanges.get(id);
    if (!exchange) return;
    exchanges.delete(id);
    cpu.resumed();
    loop?.guard(() => exchange.onCancel?.());
  };

  /** Node's default for SIGTERM without a listener: the process dies of it (128 + 15). */
  const sigterm = () => {
    if (!started || exited) return;
    const process = host.scope.process as {
      listenerCount(name: string): number;
      emit(name: string, signal: string): void;
    };
    if (process.listenerCount('SIGTERM') === 0) {
      end(SIGTERM_EXIT_CODE, null);
      return;
    }
    cpu.resumed();
    loop?.guard(() => process.emit('SIGTERM', 'SIGTERM'));
  };

  const reportUsage = (id: number) => {
    const now = host.now();
    const busy = cpu.total();
    host.post({
      type: 'usage',
      id,
      busyMs: busy - reportedBusyMs,
      elapsedMs: now - reportedAt,
    });
    reportedBusyMs = busy;
    reportedAt = now;
  };

  return {
    receive(message) {
      if (message.type === 'start-web') start(message);
      else if (message.type === 'http-request') request(message);
      else if (message.type === 'http-cancel') cancel(message.id);
      else if (message.type === 'report-usage') reportUsage(message.id);
      else if (message.type === 'sigterm') sigterm();
      else if (message.type === 'aws-response') sdk.receive(message.id, message.outcome);
    },
    uncaughtException: crash,
    unhandledRejection(reason) {
      if (reason instanceof ProcessExit) return;
      crash(unhandledRejectionError(reason));
    },
    refused(url, directive) {
      if (started) writeLine('WARN', refusedNote(url, directive));
    },
  };
}
