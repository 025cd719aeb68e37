// Serves one request on a started instance: START, the executor's answer, the bill, END and REPORT.
import type { EngineContext } from '../context';
import { emitInstance, emitPlatformLine, endInstance, makeIdle, resetInstance } from './instances';
import type { RecordStatus } from '../logs/platform-records';
import type { ServiceCaller } from '../services/service-calls';
import type { Instance } from '../model';
import { settleInvoke, type Settlement } from './outcome';
import { cpuBoundOutcome } from './cpu-share';
import { handlerTimeOf, stillMark, untilModeledEnd, watchForAnswer } from './host-holds';
import { provisionedReplaced, provisionedSurplus } from './provisioned-target';
import { invocationCost } from '../billing/pricing';
import type {
  InvocationType,
  InvokeOutcome,
  InvokeResult,
  InvokeStatus,
  LambdaError,
  ResponseChunk,
} from '../types';

/** A request on its way through the platform. */
export interface Request {
  requestId: string;
  eventJson: string;
  invocationType: InvocationType;
  /** The caller takes a streamed response piece by piece (InvokeWithResponseStream). */
  onResponseChunk?: ((chunk: ResponseChunk) => void) | undefined;
  /** The invocation whose handler asked for this one through an AWS API (the SDK), if any. */
  origin?: ServiceCaller | undefined;
}

/** A cold start's INIT: in total, and the part AWS timing modeled (0 when it is off). */
export interface ColdStart {
  initDurationMs: number;
  platformInitMs: number;
}

/** Marks the modeled part of a cold start's Init Duration on its REPORT figures. */
function notePlatformInit(settlement: Settlement, cold: ColdStart | undefined): Settlement {
  if (cold !== undefined && cold.platformInitMs > 0) {
    settlement.report.platformInitMs = cold.platformInitMs;
  }
  return settlement;
}

/** What an executor that broke its contract (it rejected) is reported as. */
export function unknownFailure(error: unknown): LambdaError {
  return {
    errorType: 'Runtime.Unknown',
    errorMessage: error instanceof Error ? error.message : String(error),
    trace: [],
  };
}

/** The request is on the instance: it is busy from here, and the stage and timeline hear of it. */
export function announceRequest(
  ctx: EngineContext,
  instance: Instance,
  request: Request,
  cold: boolean,
): void {
  instance.state = 'busy';
  instance.lastUsed = ctx.clock.now();
  instance.idleDeadline = NaN;
  emitInstance(ctx, instance);
  if (!ctx.bus.active()) return;
  ctx.bus.emit({
    type: 'invoke-start',
    time: ctx.clock.now(),
    functionName: instance.fn.name,
    requestId: request.requestId,
    instanceId: instance.id,
    cold,
    invocationType: request.invocationType,
    eventJson: request.eventJson,
    ...(request.origin && { origin: request.origin }),
  });
}

export function writeStart(ctx: EngineContext, instance: Instance, request: Request): void {
  if (ctx.bus.active())
    emitPlatformLine(ctx, instance, { type: 'start', requestId: request.requestId });
}

/** Runs the request on a started instance; `cold` is set when this is its cold start. */
export function serve(
  ctx: EngineContext,
  instance: Instance,
  request: Request,
  cold: ColdStart | undefined,
): Promise<InvokeResult> {
  announceRequest(ctx, instance, request, cold !== undefined);
  writeStart(ctx, instance, request);
  return runHandler(ctx, instance, request, cold, 0);
}

/**
 * The handler's part of the invoke phase, after START. `spentMs` of the function's timeout went to
 * a suppressed init before it: the handler gets the rest, and Duration counts both.
 */
export async function runHandler(
  ctx: EngineContext,
  instance: Instance,
  request: Request,
  cold: ColdStart | undefined,
  spentMs: number,
): Promise<InvokeResult> {
  const timeoutMs = instance.config.timeoutSec * 1000 - spentMs;
  const { requestId, eventJson } = request;
  const startedAt = ctx.clock.now();
  const mark = stillMark(ctx);
  const answered = watchForAnswer(ctx, instance);
  let outcome: InvokeOutcome;
  try {
    const deadlineMs = ctx.wallClock() + timeoutMs;
    outcome = await ctx.executor.invoke(instance.id, {
      requestId,
      eventJson,
      deadlineMs,
      timeoutMs,
      ...(request.onResponseChunk && { onResponseChunk: request.onResponseChunk }),
    });
  } catch (error) {
    // The contract says invoke settles; a rejection means the instance is in no state to go on.
    outcome = { kind: 'crash', error: unknownFailure(error), durationMs: 0, maxMemoryUsedMB: null };
  }
  if (instance.stillInCalls > 0 && (outcome.kind === 'ok' || outcome.kind === 'error')) {
    outcome = { ...outcome, durationMs: handlerTimeOf(instance, outcome.durationMs) };
  }
  answered(outcome.durationMs);
  const late = untilModeledEnd(ctx, startedAt, mark, outcome.durationMs);
  if (late !== null) await late;
  // With AWS timing on, Duration is what the function's memory would have made of it on AWS.
  const modeled = ctx.settings.awsTiming
    ? cpuBoundOutcome(outcome, instance.config.memoryMB, timeoutMs)
    : null;
  if (modeled !== null) outcome = modeled.outcome;
  if (spentMs > 0) outcome = { ...outcome, durationMs: spentMs + outcome.durationMs };
  const settlement = settleInvoke(outcome, requestId, instance.config, cold?.initDurationMs);
  if (modeled !== null) {
    const { durationMs, cpuMs } = modeled.measured;
    settlement.report.measured = { durationMs: spentMs + durationMs, cpuMs };
  }
  return complete(ctx, instance, notePlatformInit(settlement, cold));
}

/** A request's end as the JSON platform records say it: a crash is an error with its type. */
const RECORD_STATUS: Record<InvokeStatus, RecordStatus> = {
  ok: 'success',
  error: 'error',
  crash: 'error',
  timeout: 'timeout',
};

/** Bills the request, writes END and REPORT, reports the end, and decides the instance's fate. */
export function complete(
  ctx: EngineContext,
  instance: Instance,
  settlement: Settlement,
): InvokeResult {
  const { fn } = instance;
  const { status, payload, report, streamed } = settlement;
  const cost = invocationCost(instance.config, report.billedDurationMs, instance.provisioned);
  ctx.billing.charge(fn.totals, cost);
  if (ctx.bus.active()) {
    const recordStatus = RECORD_STATUS[status];
    const { requestId, durationMs, errorType } = report;
    emitPlatformLine(ctx, instance, {
      type: 'runtimeDone',
      requestId,
      status: recordStatus,
      durationMs,
      ...(errorType !== undefined && { errorType }),
    });
    emitPlatformLine(ctx, instance, { type: 'report', report, status: recordStatus });
    ctx.bus.emit({
      type: 'invoke-end',
      time: ctx.clock.now(),
      functionName: fn.name,
      requestId: report.requestId,
      instanceId: instance.id,
      status,
      payload,
      report,
      cost,
    });
  }
  ctx.concurrency.release(fn, instance.provisioned);
  settleInstance(ctx, instance, settlement.fate);
  const { requestId } = report;
  return status === 'ok'
    ? { status, statusCode: 200, requestId, payload, ...(streamed && { streamed }), report, cost }
    : { status, statusCode: 200, requestId, functionError: 'Unhandled', payload, report, cost };
}

function settleInstance(ctx: EngineContext, instance: Instance, fate: Settlement['fate']): void {
  // Environments of a removed function or an older version serve their request, then go.
  const retired = instance.fn.removed || instance.version !== instance.fn.version;
  switch (fate) {
    case 'idle':
      if (instance.fn.removed) endInstance(ctx, instance, 'reaped', 'function-removed');
      else if (retired) endInstance(ctx, instance, 'reaped', 'version-retired');
      else if (provisionedSurplus(instance)) {
        endInstance(ctx, instance, 'reaped', 'provisioned-concurrency-lowered');
      } else if (provisionedReplaced(instance)) {
        endInstance(ctx, instance, 'reaped', 'provisioned-recycled');
      } else makeIdle(ctx, instance);
      return;
    case 'init-failed':
      endInstance(ctx, instance, 'reaped', 'init-failed');
      return;
    case 'crashed':
    case 'timed-out':
      if (retired || provisionedReplaced(instance)) endInstance(ctx, instance, fate);
      else resetInstance(ctx, instance, fate);
  }
}
