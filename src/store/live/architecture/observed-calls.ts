// The handlers' SDK calls folded into connections: which function called which resource, with
// which operations, how often and how often it failed. Pure: the store feeds it batches of events.
import type { PlatformEvent, ServiceCallEvent, ServiceName } from '../../../engine';

export interface ObservedCall {
  functionName: string;
  service: ServiceName;
  /** The bucket, topic, queue, function or table; null when the call named none. */
  resource: string | null;
  /** The operations seen, each once, in the order first seen (`PutObject`, `GetObject`). */
  operations: readonly string[];
  calls: number;
  /** Calls answered with an error code. */
  errors: number;
  /** Engine time of the latest call. */
  lastTime: number;
}

/** Keyed by caller, service and resource (observedKey). */
export type ObservedCalls = ReadonlyMap<string, ObservedCall>;

export const OBSERVED_EVENT_TYPES: ReadonlySet<PlatformEvent['type']> = new Set(['service-call']);

/** How many distinct connections are kept: a handler calling a new key each time cannot grow it. */
export const OBSERVED_CONNECTIONS_KEPT = 200;

export function observedKey(call: Pick<ServiceCallEvent, 'functionName' | 'service' | 'resource'>) {
  // A resource of null and one named '' must differ: null is marked by the missing separator.
  return call.resource === null
    ? `${call.functionName}\n${call.service}`
    : `${call.functionName}\n${call.service}\n${call.resource}`;
}

export function emptyObservedCalls(): ObservedCalls {
  return new Map();
}

/** Folds a batch in; returns the same map when the batch held no SDK call. */
export function reduceObservedCalls(state: ObservedCalls, events: PlatformEvent[]): ObservedCalls {
  let next: Map<string, ObservedCall> | null = null;
  for (const event of events) {
    if (event.type !== 'service-call') continue;
    next ??= new Map(state);
    const key = observedKey(event);
    const known = next.get(key);
    const failed = event.errorCode !== null ? 1 : 0;
    if (known) {
      const operations = known.operations.includes(event.operation)
        ? known.operations
        : [...known.operations, event.operation];
      next.set(key, {
        ...known,
        operations,
        calls: known.calls + 1,
        errors: known.errors + failed,
        lastTime: event.time,
      });
      continue;
    }
    if (next.size >= OBSERVED_CONNECTIONS_KEPT) forgetOldest(next);
    next.set(key, {
      functionName: event.functionName,
      service: event.service,
      resource: event.resource,
      operations: [event.operation],
      calls: 1,
      errors: failed,
      lastTime: event.time,
    });
  }
  return next ?? state;
}

function forgetOldest(calls: Map<string, ObservedCall>): void {
  let oldest: [string, number] | null = null;
  for (const [key, call] of calls) {
    if (!oldest || call.lastTime < oldest[1]) oldest = [key, call.lastTime];
  }
  if (oldest) calls.delete(oldest[0]);
}
