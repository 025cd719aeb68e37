// Turns what the executor reported into what Lambda answers: status, payload, REPORT figures, fate.
import { errorPayload, platformErrorPayload, timeoutPayload } from '../errors';
import { billedDurationMs } from '../billing/pricing';
import type {
  FunctionConfig,
  InvocationReport,
  InvokeOutcome,
  InvokeStatus,
  LambdaError,
  StreamedResponse,
} from '../types';

export interface Settlement {
  status: InvokeStatus;
  payload: string;
  /** A streaming handler's response (ok only). */
  streamed?: StreamedResponse;
  report: InvocationReport;
  /** What becomes of the instance that served the request. */
  fate: 'idle' | 'crashed' | 'timed-out' | 'init-failed';
}

function buildReport(
  requestId: string,
  config: FunctionConfig,
  durationMs: number,
  maxMemoryUsedMB: number | null,
  initDurationMs: number | undefined,
): InvocationReport {
  const report: InvocationReport = {
    requestId,
    durationMs,
    billedDurationMs: billedDurationMs(durationMs, initDurationMs),
    memorySizeMB: config.memoryMB,
    maxMemoryUsedMB,
  };
  if (initDurationMs !== undefined) report.initDurationMs = initDurationMs;
  return report;
}

/** `initDurationMs` is set on a cold start only: it appears in that REPORT and is billed. */
export function settleInvoke(
  outcome: InvokeOutcome,
  requestId: string,
  config: FunctionConfig,
  initDurationMs?: number,
): Settlement {
  const report = buildReport(
    requestId,
    config,
    outcome.durationMs,
    outcome.maxMemoryUsedMB,
    initDurationMs,
  );
  switch (outcome.kind) {
    case 'ok':
      return {
        status: 'ok',
        payload: outcome.payload,
        ...(outcome.streamed && { streamed: outcome.streamed }),
        report,
        fate: 'idle',
      };
    case 'error':
      // A handler's error is the runtime doing its job: the REPORT stays plain. A fatal one ended
      // the runtime process, which Lambda reports as the runtime exiting (Runtime.ExitError).
      if (outcome.fatal) {
        report.status = 'error';
        report.errorType = 'Runtime.ExitError';
      }
      return {
        status: 'error',
        payload: errorPayload(outcome.error),
        report,
        fate: outcome.fatal ? 'crashed' : 'idle',
      };
    case 'timeout':
      report.status = 'timeout';
      return {
        status: 'timeout',
        payload: timeoutPayload(requestId, config.timeoutSec),
        report,
        fate: 'timed-out',
      };
    case 'crash':
      report.status = 'error';
      report.errorType = outcome.error.errorType;
      return {
        status: 'crash',
        payload: platformErrorPayload(outcome.error),
        report,
        fate: 'crashed',
      };
  }
}

/**
 * INIT failed again when retried inside the invoke (a suppressed init, engine/instances/init-phase.ts), so
 * the request fails with the init error (Runtime.ImportModuleError, …). The handler never ran:
 * Duration is the retried INIT's time, and REPORT has no Init Duration.
 */
export function settleInitFailure(
  error: LambdaError,
  durationMs: number,
  requestId: string,
  config: FunctionConfig,
): Settlement {
  const report = buildReport(requestId, config, durationMs, null, undefined);
  report.status = 'error';
  report.errorType = error.errorType;
  return { status: 'error', payload: errorPayload(error), report, fate: 'init-failed' };
}
