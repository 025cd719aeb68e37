// What the learner sees of the running platform, projected from the engine's PlatformEvents.
import type {
  InstanceState,
  InvocationCost,
  InvocationReport,
  InvokeStatus,
  LogLevel,
  ReapReason,
  ThrottleError,
} from '../../../engine';

export interface InstanceView {
  id: string;
  functionName: string;
  version: number;
  state: InstanceState;
  /** Engine (simulated) time of the last state change. */
  since: number;
  initDurationMs?: number;
  invocations: number;
  reason?: ReapReason;
  /** While idle: the engine time it will be reaped unless a request comes first. */
  idleDeadline?: number;
  /** Initialized ahead as provisioned concurrency (kept while it is on, never reaped for idling). */
  provisioned?: true;
}

export interface LogLine {
  /** Increasing over the session: a stable React key. */
  seq: number;
  text: string;
  requestId: string | undefined;
  level: LogLevel | 'PLATFORM';
  /** On REPORT lines: what that invocation cost. */
  costUsd?: number;
}

export type ResultView =
  | {
      kind: 'invoked';
      requestId: string;
      status: InvokeStatus;
      payload: string;
      cold: boolean;
      report: InvocationReport;
      cost: InvocationCost;
    }
  | { kind: 'throttled'; requestId: string; error: ThrottleError };

export interface SessionState {
  /** Live instances, and the last few that ended, by id. */
  instances: ReadonlyMap<string, InstanceView>;
  /** Each function's log lines, by function name (a Map: a function may be called `constructor`). */
  logs: ReadonlyMap<string, readonly LogLine[]>;
  /** The last result of each function, by function name. */
  results: ReadonlyMap<string, ResultView>;
  totalUsd: number;
  requests: number;
  /** Requests turned away with 429, by function name. */
  throttles: ReadonlyMap<string, number>;
  /** Invocations Lambda's recursive loop detection stopped, by function name. */
  recursions: ReadonlyMap<string, number>;
  /**
   * How often platform time stood still for this computer, by function name: a new environment's
   * worker booting late, or an answer coming in late (docs/aws-lambda.md#platform-time).
   */
  hostWaits: ReadonlyMap<string, HostWaits>;
  /**
   * Requests the platform makes on its own — async attempts, SQS batches — still running. The
   * Async events region reports them; they never replace the Result of the learner's Invoke.
   */
  background: ReadonlySet<string>;
  /** Lifecycle changes worded for a screen reader's live region. */
  announcement: string;
}

export interface HostWaits {
  waits: number;
  /** Real ms. */
  longestMs: number;
}

export const LOG_LINES_KEPT = 2000;
export const ENDED_INSTANCES_KEPT = 12;

export function emptySession(): SessionState {
  return {
    instances: new Map(),
    logs: new Map(),
    results: new Map(),
    totalUsd: 0,
    requests: 0,
    throttles: new Map(),
    recursions: new Map(),
    hostWaits: new Map(),
    background: new Set(),
    announcement: '',
  };
}

export const LIVE_STATES: ReadonlySet<InstanceState> = new Set(['starting', 'idle', 'busy']);
