// What the Web Function model reports as it runs: the stage's environments, the timeline's
// requests and throttles, the log view's lines and the cost meter.
import type { WebFunctionCost } from '../billing/web-function-bill';

/**
 * An execution environment's phase (docs/web-functions.md#lifecycle): `initializing` (cold start,
 * cannot serve), `ready` (serving), `shutting-down` (no new requests; SIGTERM, 1 s), `stopped`.
 */
export type EnvironmentStatus = 'initializing' | 'ready' | 'shutting-down' | 'stopped';

export interface EnvironmentState {
  environmentId: string;
  revisionId: string;
  status: EnvironmentStatus;
  logStreamName: string;
  createdAt: number;
  /** The process started (Lambda's part of the cold start was done). */
  processStartedAt: number | null;
  readyAt: number | null;
  shutdownAt: number | null;
  stoppedAt: number | null;
  /** Why it stopped: `idle`, `init-failure`, `process-exited`, `disposed`; null while it runs. */
  stopReason: EnvironmentStopReason | null;
  /**
   * The dynamic per-environment limit: the revision's maxConcurrencyPerEnvironment, lowered to the
   * requests in flight while the program's CPU is saturated (docs/web-functions.md#scaling).
   */
  concurrencyLimit: number;
  /** Requests it serves now, and those waiting for it to be ready. */
  inFlight: number;
  waiting: number;
}

export type EnvironmentStopReason = 'idle' | 'init-failure' | 'process-exited' | 'disposed';

/** Who answered: `platform` (Lambda itself: throttles, timeouts, failures) or the `program`. */
export type AnswerSource = 'platform' | 'program';

export type ThrottleReason = 'rate-limit' | 'max-environments';

export type WebFunctionEvent =
  | { type: 'environment-status'; time: number; environment: EnvironmentState }
  | {
      type: 'request-start';
      time: number;
      requestId: string;
      method: string;
      path: string;
      revisionId: string;
      environmentId: string;
      /** It waits for an environment that is still initializing: it pays a cold start. */
      cold: boolean;
    }
  | {
      type: 'request-end';
      time: number;
      requestId: string;
      revisionId: string;
      environmentId: string;
      status: number;
      /** The `lambda-web-error-type` header, when the platform answered with an error. */
      errorType: string | null;
      source: AnswerSource;
      latencyMs: number;
    }
  | {
      type: 'throttle';
      time: number;
      requestId: string;
      method: string;
      path: string;
      reason: ThrottleReason;
      status: number;
    }
  | { type: 'log'; time: number; logGroupName: string; logStreamName: string; message: string }
  | { type: 'cost'; time: number; cost: WebFunctionCost };
