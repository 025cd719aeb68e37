// The port a Web Function's program runs behind: one process per execution environment, the
// browser's worker in the app (src/runtime/host/web-program-host.ts adapts to it), a fake in tests.
import type { HttpRequestSpec, TargetOutcome } from '../ecs/task-executor';
import type { LogLevel } from '../types';

/** A line the program wrote (console.* or stdout/stderr). */
export interface WebProgramLog {
  level: LogLevel;
  message: string;
  /**
   * The request it was written for, when the program's side can tell (AWS attributes console
   * lines to the request being served); undefined at module load or when unknown.
   */
  requestId?: string;
}

export interface WebEnvironmentSpec {
  environmentId: string;
  revisionId: string;
  /** `process.env` exactly: the revision's variables plus Lambda's (AWS_LAMBDA_HTTP_ENDPOINT, …). */
  environment: ReadonlyMap<string, string>;
  logGroupName: string;
  logStreamName: string;
  /**
   * A server now listens at this address. The engine decides whether it is the address in
   * AWS_LAMBDA_HTTP_ENDPOINT (readiness), so report every one.
   */
  onListening(address: { host: string; port: number }): void;
  /**
   * The process ended: threw at top level, called process.exit, or was killed. Requests still
   * open on it settle as `reset` (or `refused` if nothing listened).
   */
  onExit(exit: { exitCode: number | null; message: string }): void;
  onLog(line: WebProgramLog): void;
}

/** One request in flight to an environment's server. */
export interface WebExchange {
  outcome: Promise<TargetOutcome>;
  /** The platform gives up on it (request timeout): the program sees its client go away. */
  cancel(): void;
}

export interface WebFunctionExecutor {
  /** Starts the program's process once Lambda's part of the cold start is done. */
  startEnvironment(spec: WebEnvironmentSpec): void;
  /** One HTTP request to the environment's server (AWS_LAMBDA_HTTP_ENDPOINT). */
  request(environmentId: string, request: HttpRequestSpec): WebExchange;
  /** CPU ms the program has used since it started: its busy-time reports, summed. */
  busyMs(environmentId: string): number;
  /** SIGTERM: the program may clean up and exit. SIGKILL: it ends now, for good. */
  signal(environmentId: string, signal: 'SIGTERM' | 'SIGKILL'): void;
}
