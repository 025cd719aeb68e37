// One web program's process in a worker of its own, as both ways of running a web app need it
// (an ECS task's container, web-task-executor.ts; a Lambda Web Function's execution environment,
// web-function-executor.ts): the SDK scripts it imports loaded first, requests sent once it runs
// (mapped to the engine's TargetOutcome), its CPU use summed from the worker's busy-time reports,
// and the two signals. What the process sees (runtime, architecture, process.env, the client's
// address) is the caller's.
import type {
  ApiRequest,
  ApiResponse,
  CodeBundle,
  FunctionConfig,
  LogRecord,
} from '../../engine/types';
import type { HttpRequestSpec, TargetOutcome } from '../../engine/ecs/task-executor';
import type { WebExchange } from '../../engine/web-functions/web-program-port';
import { sdkPackagesIn } from '../../engine/functions/sdk-packages';
import type { SdkScript, ServerEndpoint, WorkerLike } from '../protocol';
import { startWebProgram } from './web-program-host';
import type { HttpOutcome, WebProgram, WebProgramExit } from './web-program-host';

/** What running web programs share, whichever platform runs them. */
export interface ProgramHostOptions {
  /** A fresh worker for one process (opaque origin, as a function's instance gets). */
  createWorker: () => WorkerLike;
  /** The program a process starting now runs: the web app's current build. */
  bundle: () => CodeBundle;
  loadSdkScripts?: (names: readonly string[]) => Promise<SdkScript[]>;
  /** The program's SDK calls (the simulated AWS services); none: ENOTFOUND. */
  onServiceRequest?: (request: ApiRequest) => Promise<ApiResponse>;
  /** Host ms between CPU-use reports from each running process; default 1,000. */
  usageIntervalMs?: number;
}

export interface ProcessSpec {
  config: FunctionConfig;
  environment: Record<string, string>;
  /** The address the program sees as its client's (the load balancer's, Lambda's front end). */
  remoteAddress: string;
  onLog(record: LogRecord): void;
  onListening(endpoint: ServerEndpoint): void;
  /** The process ended of its own doing or on SIGTERM; never after `kill`. */
  onExit(exit: WebProgramExit): void;
}

export interface ProgramProcess {
  /** A request to the program's server on `port`; refused while nothing runs. */
  request(port: number, request: HttpRequestSpec): WebExchange;
  /** CPU ms the program has used since it started. */
  busyMs(): number;
  /**
   * SIGTERM: the program's listeners run, or it ends as Node does on a SIGTERM it does not
   * handle (code 143). SIGKILL: it ends now, with no exit reported (the caller ended it).
   */
  signal(signal: 'SIGTERM' | 'SIGKILL'): void;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** A response's headers as a proxy passes them on: names lower-cased, repeated ones joined. */
export function targetOutcome(outcome: HttpOutcome): TargetOutcome {
  if (outcome.kind === 'connection-error') {
    return { kind: outcome.code === 'ECONNREFUSED' ? 'refused' : 'reset' };
  }
  const headers = new Map<string, string>();
  for (const [name, value] of outcome.headers) {
    const key = name.toLowerCase();
    const before = headers.get(key);
    headers.set(key, before === undefined ? value : `${before}, ${value}`);
  }
  return {
    kind: 'response',
    status: outcome.statusCode,
    headers,
    body: decoder.decode(outcome.body),
  };
}

/** How a process's end reads in the platform's words; `stopped` when it has no code of its own. */
export function exitMessage(exit: WebProgramExit, stopped: string): string {
  if (exit.error) return `${exit.error.errorType}: ${exit.error.errorMessage}`;
  return exit.code === null ? stopped : `Exited with code ${exit.code}`;
}

const REFUSED: WebExchange = {
  outcome: Promise.resolve({ kind: 'refused' }),
  cancel: () => undefined,
};

/** An exchange that never reached a process: refused at once. */
export function refusedExchange(): WebExchange {
  return REFUSED;
}

export function startProgramProcess(host: ProgramHostOptions, spec: ProcessSpec): ProgramProcess {
  const intervalMs = host.usageIntervalMs ?? 1_000;
  let program: WebProgram | null = null;
  /** Requests sent before the program's worker was given its scripts. */
  const waiting: Array<() => void> = [];
  let busyMs = 0;
  let ended = false;
  /** SIGKILL ends the process without an exit of its own: the caller already knows. */
  let killed = false;
  let poll: ReturnType<typeof setInterval> | null = null;

  const readUsage = () => {
    if (ended || !program) return;
    program.usage().then(
      (usage) => (busyMs += usage.busyMs),
      () => undefined, // The program ended meanwhile: its last figure stands.
    );
  };
  const finish = () => {
    ended = true;
    if (poll !== null) clearInterval(poll);
    poll = null;
    waiting.splice(0).forEach((send) => send());
  };

  const bundle = host.bundle();
  const begin = (sdkScripts: SdkScript[]) => {
    if (ended) return;
    program = startWebProgram(host.createWorker(), {
      config: spec.config,
      bundle,
      environment: spec.environment,
      sdkScripts,
      onLog: (record) => spec.onLog(record),
      onListening: (endpoint) => spec.onListening(endpoint),
      onExit: (exit) => {
        finish();
        if (!killed) spec.onExit(exit);
      },
      ...(host.onServiceRequest && { onServiceRequest: host.onServiceRequest }),
    });
    poll = setInterval(readUsage, intervalMs);
    waiting.splice(0).forEach((send) => send());
  };
  const names = sdkPackagesIn(bundle.code);
  if (names.length === 0 || !host.loadSdkScripts) begin([]);
  else void host.loadSdkScripts(names).then(begin, () => begin([]));

  return {
    request(port, request) {
      let cancel: (() => void) | null = null;
      let cancelled = false;
      const outcome = new Promise<TargetOutcome>((resolve) => {
        const send = () => {
          if (ended || !program || cancelled) {
            resolve(cancelled ? { kind: 'reset' } : { kind: 'refused' });
            return;
          }
          const exchange = program.request({
            port,
            method: request.method,
            path: request.path,
            headers: [...request.headers],
            body: encoder.encode(request.body),
            remoteAddress: spec.remoteAddress,
          });
          cancel = () => exchange.cancel();
          void exchange.outcome.then((settled) => {
            resolve(targetOutcome(settled));
            readUsage();
          });
        };
        if (program || ended) send();
        else waiting.push(send);
      });
      return {
        outcome,
        cancel: () => {
          cancelled = true;
          cancel?.();
        },
      };
    },

    busyMs: () => busyMs,

    signal(signal) {
      if (ended) return;
      if (signal === 'SIGTERM') {
        if (program) {
          program.sigterm();
          return;
        }
        // Still waiting for its scripts: the process never ran, and ends as Node's does on a
        // SIGTERM it does not handle.
        finish();
        spec.onExit({ code: 143, error: null });
        return;
      }
      killed = true;
      if (program) program.stop();
      else finish();
    },
  };
}
