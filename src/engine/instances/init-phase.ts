// A new instance's INIT, and what Lambda does when it fails: the runtime's error line and
// INIT_REPORT, then a "suppressed init", INIT once more inside the first invoke.
import type { EngineContext } from '../context';
import { emitAfterReturn, emitAppLine, emitPlatformLine } from './instances';
import { initErrorMessage } from '../logs/platform-records';
import type { Instance } from '../model';
import { answerServiceRequest } from '../services/service-requests';
import { settleInitFailure, settleInvoke } from './outcome';
import {
  announceRequest,
  complete,
  runHandler,
  unknownFailure,
  writeStart,
  type Request,
} from './request-flow';
import type { CodeBundle, InitOutcome, InvokeResult, LambdaError } from '../types';

/** The executor's answer for an INIT that outran its limit (runtime/host/worker-executor.ts). */
const isTimeout = (error: LambdaError) => error.errorType === 'Sandbox.Timedout';

/**
 * Runs the function's INIT on the executor; `limitMs` replaces Lambda's 10 s init-phase limit, and
 * `onBooted` hears when the worker can begin it (host-holds.ts).
 */
export async function runInit(
  ctx: EngineContext,
  instance: Instance,
  bundle: CodeBundle,
  options: { limitMs?: number; onBooted?: () => void } = {},
): Promise<InitOutcome> {
  const { limitMs, onBooted } = options;
  try {
    return await ctx.executor.startInstance({
      instanceId: instance.id,
      config: instance.config,
      bundle,
      logStreamName: instance.logStreamName,
      onLog: (record) => emitAppLine(ctx, instance, record),
      onAfterReturn: (requestId) => emitAfterReturn(ctx, instance, requestId),
      onServiceRequest: (request, requestId) =>
        answerServiceRequest(ctx, instance, request, requestId),
      ...(limitMs !== undefined && { initTimeoutMs: limitMs }),
      ...(onBooted !== undefined && { onBooted }),
      ...(instance.provisioned && { provisioned: true }),
    });
  } catch (error) {
    // The Executor contract says startInstance settles; if one rejects anyway, INIT failed.
    return { ok: false, initDurationMs: 0, error: unknownFailure(error) };
  }
}

/**
 * What the Node.js runtime and then the platform write when INIT fails: the runtime's
 * `Uncaught Exception` ERROR line (request id `undefined`), then INIT_REPORT. Seen in a real
 * console log of a Runtime.UserCodeSyntaxError; INIT_REPORT is documented in
 * https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html#runtimes-lifecycle-init-errors.
 * An INIT that ran out of time threw nothing: only INIT_REPORT, with `Status: timeout`.
 */
export function logInitFailure(
  ctx: EngineContext,
  instance: Instance,
  error: LambdaError,
  initDurationMs: number,
  phase: 'init' | 'invoke',
): void {
  if (!ctx.bus.active()) return;
  if (isTimeout(error)) {
    emitPlatformLine(ctx, instance, {
      type: 'initReport',
      initDurationMs,
      phase,
      status: 'timeout',
    });
    return;
  }
  const time = ctx.wallClock();
  const line = initErrorMessage(error, instance.config, time);
  if (line) emitAppLine(ctx, instance, { time, requestId: undefined, level: 'ERROR', ...line });
  const { errorType } = error;
  emitPlatformLine(ctx, instance, {
    type: 'initReport',
    initDurationMs,
    phase,
    status: 'error',
    errorType,
  });
}

/**
 * INIT failed in the init phase, so Lambda runs it again inside the first invoke, against the
 * function's timeout instead of the 10 s limit (a "suppressed init",
 * docs/aws-lambda.md#init-limit-and-suppressed-init). The request is on the instance from the start
 * of that retry; START follows the retried INIT; the handler gets what is left of the timeout;
 * Duration covers both and REPORT has no Init Duration. A retry that fails again fails the request
 * with its error, or times the request out. Sources: AWS's runtime interface emulator
 * (internal/lambda/rapid/handlers.go, doInvoke: an inline init in phase "invoke", then the START
 * event) and
 * https://docs.aws.amazon.com/lambda/latest/dg/troubleshooting-invocation.html#troubleshooting-timeouts.
 */
export async function suppressedInit(
  ctx: EngineContext,
  instance: Instance,
  request: Request,
  bundle: CodeBundle,
): Promise<InvokeResult> {
  announceRequest(ctx, instance, request, true);
  const timeoutMs = instance.config.timeoutSec * 1000;
  const init = await runInit(ctx, instance, bundle, { limitMs: timeoutMs });
  if (init.ok) {
    writeStart(ctx, instance, request);
    return runHandler(ctx, instance, request, undefined, init.initDurationMs);
  }
  logInitFailure(ctx, instance, init.error, init.initDurationMs, 'invoke');
  writeStart(ctx, instance, request);
  const { requestId } = request;
  const settlement = isTimeout(init.error)
    ? settleInvoke(
        { kind: 'timeout', durationMs: timeoutMs, maxMemoryUsedMB: null },
        requestId,
        instance.config,
      )
    : settleInitFailure(init.error, init.initDurationMs, requestId, instance.config);
  return complete(ctx, instance, settlement);
}
