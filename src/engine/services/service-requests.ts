// An instance's SDK calls, as the platform carries them: the app's services port answers the
// request, the caller waits the call's modeled latency on the engine's clock, and the call is
// reported and priced as a `service-call` event.
import { elapse } from '../time/timer-set';
import { REGION } from '../async/invocation-record';
import type { EngineContext } from '../context';
import type { Instance } from '../model';
import { callEnded, callStarted } from '../instances/host-holds';
import { serviceCallUsd } from './service-prices';
import type {
  ApiRequest,
  ApiResponse,
  ServiceCallEvent,
  ServiceCaller,
  ServiceCallRecord,
} from './service-calls';
import { SERVICE_LATENCY_MS } from './service-latency';

/** An SDK request to a host the playground does not simulate: the connection fails, as DNS would. */
export class UnreachableEndpoint extends Error {
  constructor(readonly hostname: string) {
    super(`getaddrinfo ENOTFOUND ${hostname}`);
    this.name = 'UnreachableEndpoint';
  }
}

export function serviceCallEvent(
  ctx: EngineContext,
  caller: ServiceCaller,
  record: ServiceCallRecord,
  latencyMs: number,
): ServiceCallEvent {
  const event: ServiceCallEvent = {
    type: 'service-call',
    time: ctx.clock.now(),
    functionName: caller.functionName,
    requestId: caller.requestId,
    latencyMs,
    usd: serviceCallUsd(record.units),
    ...record,
  };
  ctx.bus.emit(event);
  return event;
}

/** Answers one SDK request an instance's handler sent; `requestId` is null during INIT. */
export async function answerServiceRequest(
  ctx: EngineContext,
  instance: Instance,
  request: ApiRequest,
  requestId: string | null,
): Promise<ApiResponse> {
  const caller = { functionName: instance.fn.name, requestId: requestId ?? '', region: REGION };
  const mark = callStarted(ctx, instance);
  try {
    const answer = ctx.services === null ? null : await ctx.services(request, caller);
    if (answer === null) throw new UnreachableEndpoint(request.hostname);
    const latencyMs = SERVICE_LATENCY_MS[answer.record.service];
    await elapse(ctx.timers, latencyMs);
    serviceCallEvent(ctx, caller, answer.record, latencyMs);
    return answer.response;
  } finally {
    callEnded(ctx, instance, mark);
  }
}
