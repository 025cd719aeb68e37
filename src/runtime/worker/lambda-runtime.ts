// The Lambda Node.js runtime inside one worker: answers `load` (INIT) and `invoke`, and ends the
// "process" on an uncaught exception, an unhandled rejection or process.exit, as the RIC does
// (src/index.mjs). Pure: the worker passes in its global scope and a way to post messages.
import type { LambdaError, LogLevel, Runtime } from '../../engine/types';
import { createSdkChannel } from './aws-sdk/sdk-channel';
import type { EventLoop, HostTimers } from './event-loop';
import { invokeNode22, invokeNode24, serializeResponse } from './invocation';
import type { DriverHost, Invocation } from './invocation';
import { intoError, toFormatted, toLambdaError, unhandledPromiseRejection } from './lambda-errors';
import { exitError } from '../runtime-exit';
import { ProcessExit } from './process-exit';
import { initialize, setUpInstance } from './lambda-init';
import { createCpuMeter } from './cpu-meter';
import { createLogBudget } from './log-budget';
import type { InitializedHandler, InstanceSetup } from './lambda-init';
import type { ModuleHost } from './module-loader';
import { streamedResponse } from './streamed-response';
import { invokeStreaming } from './streaming-invoke';
import type { FromWorker, ToWorker, WorkerInvokeOutcome } from '../protocol';
import { responseSizeError } from './response-limit';
import { passesApplicationLevel } from '../../engine/functions/logging-config';
import type { JsonStyle } from './console-capture';
import { formatJsonLine } from './json-log-line';

export interface RuntimeHost {
  post(message: FromWorker): void;
  /** The worker's global scope, which becomes the Node process's. */
  scope: InstanceSetup['scope'];
  /** The host's own timers, taken before the scope's are replaced. */
  timers: HostTimers;
  macrotask(callback: () => void): void;
  importModule: ModuleHost['importModule'];
  /** performance.now() */
  now(): number;
}

export interface LambdaRuntime {
  receive(message: ToWorker): void;
  uncaughtException(error: unknown): void;
  unhandledRejection(reason: unknown, promise: unknown): void;
  /**
   * The browser refused a request under the network sandbox's policy (Internet access off): the
   * handler sees only the API's own error (often a bare "Failed to fetch"), so the log says why.
   */
  refused(url: string, directive: string): void;
}

export function refusedNote(url: string, directive: string): string {
  return `[playground] The browser blocked a request to ${url} (${directive}): internet access is off for this function.`;
}

/** How the process ended: the line the RIC logs first, then the error it reports. */
interface Fatal {
  logLine?: [label: string, cause: unknown];
  error(requestId: string | undefined): LambdaError;
}

type Unmeasured<T> = T extends unknown
  ? Omit<T, 'durationMs' | 'maxMemoryUsedMB' | 'cpuMs'>
  : never;
type Load = Extract<ToWorker, { type: 'load' }>;
type Invoke = Extract<ToWorker, { type: 'invoke' }>;
interface Request {
  id: number;
  started: number;
  ended: boolean;
  /** Work left by an earlier invocation has run during this one (and the page was told). */
  ranLeftover: boolean;
}
type Phase =
  | { kind: 'new' }
  | { kind: 'initializing'; id: number; started: number }
  | {
      kind: 'ready';
      loaded: InitializedHandler;
      driver: DriverHost;
      runtime: Runtime;
      functionName: string;
    }
  | { kind: 'failed' };

export function createLambdaRuntime(host: RuntimeHost): LambdaRuntime {
  let phase: Phase = { kind: 'new' };
  let requestId: string | undefined;
  let exited = false;
  let deferredFatal: Fatal | null = null;
  let current: Request | null = null;
  // The instance's event loop, once INIT has set it up: frozen whenever no request is running.
  let loop: EventLoop | null = null;

  // The handler's SDK calls, answered by the page's simulated services.
  const sdk = createSdkChannel({
    post: host.post,
    requestId: () => requestId,
    track: (promise) => (loop ? loop.track(promise) : promise),
  });
  const budget = createLogBudget();
  const cpu = createCpuMeter(host);
  // Duration and Init Duration are the code's time: the host's lag (timers this computer ran late
  // while the code had nothing to do) is not Lambda's, so it is left out.
  const measuredSince = (started: number) =>
    host.now() - started - cpu.hostLag(loop?.earliestDue());
  let json: JsonStyle | undefined;
  const send = (level: LogLevel, message: string, verbatim?: boolean) =>
    host.post({
      type: 'log',
      record: { time: Date.now(), requestId, level, message, ...(verbatim && { verbatim }) },
    });
  const writeLine = (level: LogLevel, message: string, verbatim?: boolean) => {
    if (exited) return;
    const admitted = budget.admit(message);
    if (admitted.kind === 'line') send(level, admitted.message, verbatim);
    else if (admitted.kind === 'note') send('WARN', admitted.message);
  };
  // RIC's structuredConsole.logError: `<label> \t{"errorType":…,"stack":[…]}` at ERROR; in JSON
  // `console.error(error)`, so an application level of FATAL drops it. Outside the log budget:
  // the line that says how a request ended is always shown.
  const logError = (label: string, cause: unknown) => {
    if (!json) {
      send('ERROR', `${label} ${toFormatted(intoError(cause))}`.replace(/\n/g, '\r'));
      return;
    }
    if (!passesApplicationLevel('ERROR', json.level)) return;
    const timestamp = new Date(Date.now()).toISOString();
    send('ERROR', formatJsonLine(timestamp, requestId, 'ERROR', [intoError(cause)]), true);
  };

  const finish = (request: Request, outcome: Unmeasured<WorkerInvokeOutcome>) => {
    if (request.ended) return;
    request.ended = true;
    const durationMs = measuredSince(request.started);
    // Never more than Duration: the meter's last slice and Duration end on separate readings.
    const cpuMs = Math.min(cpu.total(), durationMs);
    // Answered: Lambda freezes the environment with whatever the handler left running. Frozen
    // before the answer goes out, as posting it may bring the next request at once.
    if (!exited) loop?.freeze();
    // A browser worker cannot read its own heap size: null, never a made-up figure.
    host.post({
      type: 'result',
      id: request.id,
      outcome: { ...outcome, durationMs, cpuMs, maxMemoryUsedMB: null },
    });
  };

  // On AWS a line written by leftover work carries the request id of the invocation it runs in
  // (the RIC sets the id as each invocation arrives), so only the page needs telling.
  const leftoverRan = () => {
    if (!current || current.ended || current.ranLeftover) return;
    current.ranLeftover = true;
    host.post({ type: 'after-return', id: current.id });
  };

  const report = (fatal: Fatal) => {
    const idle = phase.kind !== 'initializing' && (!current || current.ended);
    if (idle) {
      // Frozen between requests on AWS, the process dies when the next request thaws it.
      deferredFatal = fatal;
      return;
    }
    if (fatal.logLine) logError(...fatal.logLine);
    if (phase.kind === 'initializing') {
      const initDurationMs = measuredSince(phase.started);
      host.post({
        type: 'loaded',
        id: phase.id,
        outcome: { ok: false, initDurationMs, error: fatal.error(undefined) },
      });
      phase = { kind: 'failed' };
    } else if (current) {
      finish(current, { kind: 'error', error: fatal.error(requestId), fatal: true });
    }
  };
  const end = (fatal: Fatal) => {
    if (exited) return;
    exited = true;
    report(fatal);
  };

  const exit = (code: number): never => {
    end({ error: (id) => exitError(code, id) });
    throw new ProcessExit();
  };

  const load = (message: Load) => {
    const started = host.now();
    budget.reset();
    cpu.begin();
    phase = { kind: 'initializing', id: message.id, started };
    const setup: InstanceSetup = {
      config: message.config,
      bundle: message.bundle,
      logStreamName: message.logStreamName,
      ...(message.provisioned === true && { provisioned: true }),
      scope: host.scope,
      loopHost: {
        timers: host.timers,
        macrotask: host.macrotask,
        onUncaught: lambdaRuntime.uncaughtException,
        resumed: cpu.resumed,
        now: host.now,
        onLeftover: leftoverRan,
      },
      now: host.now,
      writeLine,
      requestId: () => requestId,
      exit,
      sdkScripts: message.sdkScripts,
      sendSdkRequest: sdk.send,
    };
    const instance = setUpInstance(setup);
    loop = instance.loop;
    json = instance.json;
    const { runtime, name: functionName } = message.config;
    const driver: DriverHost = {
      loop: instance.loop,
      env: instance.env,
      logError: (...args) =>
        (host.scope.console as { error: (...a: unknown[]) => void }).error(...args),
    };
    initialize(setup, instance, host.importModule).then(
      (loaded) => {
        const initDurationMs = measuredSince(started);
        // Two turns later, so a rejection the module left unhandled still fails INIT, as on AWS.
        host.macrotask(() =>
          host.macrotask(() => {
            if (phase.kind !== 'initializing') return;
            phase = { kind: 'ready', loaded, driver, runtime, functionName };
            // Between INIT and the first request the environment is frozen too.
            driver.loop.freeze();
            host.post({ type: 'loaded', id: message.id, outcome: { ok: true, initDurationMs } });
          }),
        );
      },
      (error: unknown) => {
        if (error instanceof ProcessExit) return;
        end({
          logLine: [runtime === 'nodejs24.x' ? 'Init Error' : 'Uncaught Exception', error],
          error: () => toLambdaError(error),
        });
      },
    );
  };

  const invoke = (message: Invoke) => {
    requestId = message.requestId;
    budget.reset();
    cpu.begin();
    const request: Request = {
      id: message.id,
      started: host.now(),
      ended: false,
      ranLeftover: false,
    };
    current = request;
    if (deferredFatal) {
      const fatal = deferredFatal;
      deferredFatal = null;
      report(fatal);
      return;
    }
    if (exited || phase.kind !== 'ready') {
      finish(request, { kind: 'error', error: exitError(0, requestId), fatal: true });
      return;
    }
    const { loaded, driver, runtime, functionName } = phase;
    const invocation: Invocation = {
      respond: (result) => {
        if (request.ended) return;
        const payload = serializeResponse(result, runtime);
        const tooLarge = responseSizeError(payload);
        if (tooLarge) end({ error: () => tooLarge });
        else finish(request, { kind: 'ok', payload });
      },
      fail: (error) => {
        if (request.ended) return;
        logError('Invoke Error', error);
        finish(request, { kind: 'error', error: toLambdaError(error), fatal: false });
      },
    };
    const event: unknown = host.scope.JSON.parse(message.eventJson);
    const facts = { requestId: message.requestId, deadlineMs: message.deadlineMs, functionName };
    const drive = runtime === 'nodejs24.x' ? invokeNode24 : invokeNode22;
    const start = () => {
      if (!loaded.streaming) {
        drive(loaded, event, facts, invocation, driver);
        return;
      }
      const response = streamedResponse({
        write: (chunk) => host.post({ type: 'chunk', id: request.id, chunk }),
        finish: (outcome) => finish(request, outcome),
        fail: invocation.fail,
      });
      const warn = (text: string) =>
        (host.scope.console as { warn: (m: string) => void }).warn(text);
      const streamingHost = { ...driver, warn };
      invokeStreaming(
        loaded.handler,
        loaded.streaming,
        event,
        facts,
        response,
        streamingHost,
        runtime,
      );
    };
    // Thawed: what the last invocation left running resumes, under this request's id. Work that
    // fell due while frozen runs first, as it does on AWS, so the handler waits a task for it.
    const run = () => {
      // Leftover work that threw has ended the process, and the request with it.
      if (!exited && !request.ended) start();
    };
    if (driver.loop.thaw()) host.macrotask(run);
    else run();
  };

  // The page asks while an answer (INIT's or a request's) is overdue: a time still within what the
  // function's take means the rest of the wait is this computer's.
  const probe = (id: number) => {
    const request = current;
    let ownMs: number | null = null;
    if (phase.kind === 'initializing' && phase.id === id) ownMs = measuredSince(phase.started);
    else if (request !== null && request.id === id && !request.ended) {
      ownMs = measuredSince(request.started);
    }
    host.post({ type: 'probe-reply', id, ownMs });
  };

  const lambdaRuntime: LambdaRuntime = {
    receive(message) {
      if (message.type === 'load') load(message);
      else if (message.type === 'aws-response') sdk.receive(message.id, message.outcome);
      else if (message.type === 'invoke') invoke(message);
      else if (message.type === 'probe') probe(message.id);
      // `boot-python` is for Python's workers; this one runs Node.js.
    },
    uncaughtException(error) {
      if (error instanceof ProcessExit) return;
      end({ logLine: ['Uncaught Exception', error], error: () => toLambdaError(error) });
    },
    unhandledRejection(reason, promise) {
      if (reason instanceof ProcessExit) return;
      const error = unhandledPromiseRejection(reason, promise);
      end({ logLine: ['Unhandled Promise Rejection', error], error: () => toLambdaError(error) });
    },
    refused(url, directive) {
      if (phase.kind !== 'new') writeLine('WARN', refusedNote(url, directive));
    },
  };
  return lambdaRuntime;
}
