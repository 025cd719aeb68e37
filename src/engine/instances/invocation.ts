// Routes one request to a warm instance, starts a cold one for it, or throttles it; `invoke` is the
// synchronous API, and the async queue and SQS pollers dispatch their requests here too.
import { elapse } from '../time/timer-set';
import { platformInitMs } from './cold-start-model';
import { rateThrottleError, throttleError } from './concurrency';
import type { EngineContext } from '../context';
import { ApiError, ResourceNotFoundError } from '../errors';
import { emitSource } from '../sources/source-support';
import { isRecursiveLoop, joinChain, RECURSIVE_INVOCATION_MESSAGE } from './call-chains';
import { takeWarm, warmCount } from './provisioned';
import { scalingRateOf } from './scaling-rate';
import { logInitFailure, runInit, suppressedInit } from './init-phase';
import { createInstance } from './instances';
import { initOnTime } from './host-holds';
import type { FunctionRecord, Instance } from '../model';
import type { ServiceCaller } from '../services/service-calls';
import { payloadTooLarge } from './payload-limits';
import { serve, type ColdStart, type Request } from './request-flow';
import type { InvocationType, InvokeResult, ResponseChunk, ThrottleError } from '../types';

// Not `async`: the warm path goes straight into `serve`, saving a promise and a microtask hop.
export function invoke(
  ctx: EngineContext,
  functionName: string,
  eventJson: string,
  invocationType: InvocationType,
  onResponseChunk?: (chunk: ResponseChunk) => void,
  origin?: ServiceCaller,
): Promise<InvokeResult> {
  const fn = ctx.functions.get(functionName);
  if (fn === undefined) return Promise.reject(new ResourceNotFoundError(functionName));
  const tooLarge = payloadTooLarge(eventJson, invocationType);
  if (tooLarge) return Promise.reject(tooLarge);
  if (isRecursiveLoop(ctx, functionName, origin)) {
    emitSource(ctx, { type: 'recursion-stopped', functionName, source: 'lambda', origin: origin! });
    return Promise.reject(
      new ApiError('RecursiveInvocationException', 400, RECURSIVE_INVOCATION_MESSAGE),
    );
  }
  const requestId = ctx.ids.requestId();
  return dispatch(ctx, fn, { requestId, eventJson, invocationType, onResponseChunk, origin });
}

export function dispatch(
  ctx: EngineContext,
  fn: FunctionRecord,
  request: Request,
): Promise<InvokeResult> {
  if (!ctx.concurrency.canRun(fn)) return Promise.resolve(throttle(ctx, fn, request.requestId));
  if (
    request.invocationType === 'RequestResponse' &&
    !ctx.rate.admit(fn, ctx.concurrency.limitOf(fn), ctx.clock.now())
  ) {
    return Promise.resolve(throttle(ctx, fn, request.requestId, rateThrottleError(fn)));
  }
  // A request no warm environment can take needs a new one, within the function's scaling rate.
  if (
    warmCount(fn) === 0 &&
    !ctx.scaling.admitNewEnvironment(fn, scalingRateOf(ctx.settings), ctx.clock.now())
  ) {
    return Promise.resolve(throttle(ctx, fn, request.requestId));
  }
  // An instance counts against concurrency from the moment it is bound to this request.
  const warm = takeWarm(fn);
  ctx.concurrency.acquire(fn, warm?.provisioned === true);
  joinChain(ctx, request.requestId, fn.name, request.origin);
  if (warm?.needsInit === true) return reinitialize(ctx, warm, request);
  if (warm !== null) return serve(ctx, warm, request, undefined);
  return coldStart(ctx, fn, request);
}

/**
 * A request on an environment reset after a crash or timeout: INIT runs again inside the
 * invocation, as a suppressed init does, against the function's timeout; no INIT_START, and its
 * time is part of the invocation's Duration (docs/aws-lambda.md#reset-after-a-crash-or-timeout).
 */
function reinitialize(
  ctx: EngineContext,
  instance: Instance,
  request: Request,
): Promise<InvokeResult> {
  instance.needsInit = false;
  return suppressedInit(ctx, instance, request, instance.fn.bundle);
}

/** Counts and reports a 429 for a request the function has no concurrency for. */
export function throttle(
  ctx: EngineContext,
  fn: FunctionRecord,
  requestId: string,
  error: ThrottleError = throttleError(fn),
): InvokeResult {
  ctx.billing.countThrottle(fn.totals);
  if (ctx.bus.active()) {
    ctx.bus.emit({
      type: 'throttle',
      time: ctx.clock.now(),
      functionName: fn.name,
      requestId,
      error,
    });
  }
  return { status: 'throttled', statusCode: 429, requestId, error };
}

async function coldStart(
  ctx: EngineContext,
  fn: FunctionRecord,
  request: Request,
): Promise<InvokeResult> {
  const instance = createInstance(ctx, fn);
  // The version's code as it is now: a retried INIT runs the same code after a redeploy.
  const { bundle } = fn;
  // AWS bootstraps the runtime before the function's own init runs: the instance stays starting.
  const platformMs = ctx.settings.awsTiming ? platformInitMs(instance.config, ctx.timingRandom) : 0;
  if (platformMs > 0) await elapse(ctx.timers, platformMs);
  const init = await initOnTime(ctx, instance, (onBooted) =>
    runInit(ctx, instance, bundle, { onBooted }),
  );
  const cold: ColdStart = {
    initDurationMs: platformMs + init.initDurationMs,
    platformInitMs: platformMs,
  };
  if (!init.ok) logInitFailure(ctx, instance, init.error, cold.initDurationMs, 'init');
  if (ctx.bus.active()) {
    const { id: instanceId } = instance;
    ctx.bus.emit({
      type: 'init',
      time: ctx.clock.now(),
      functionName: fn.name,
      instanceId,
      outcome: init,
      ...(platformMs > 0 && { platformInitMs: platformMs }),
    });
  }
  if (init.ok) return serve(ctx, instance, request, cold);
  return suppressedInit(ctx, instance, request, bundle);
}
