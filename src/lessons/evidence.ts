// Readings of a recorded run that checks are built from: invocations with their event and result,
// the lines code wrote, and how many instances were busy at once.
import type { LogRecord, PlatformEvent } from '../engine/types';
import type { LessonRun } from './types';

type InvokeStart = Extract<PlatformEvent, { type: 'invoke-start' }>;
type InvokeEnd = Extract<PlatformEvent, { type: 'invoke-end' }>;

/** One attempt: its start, its end (absent while running) and both payloads parsed. */
export interface Invocation {
  start: InvokeStart;
  end: InvokeEnd | undefined;
  /** The event, parsed; undefined when it was not JSON. */
  event: unknown;
  /** The response, parsed; undefined while running or when not JSON. */
  result: unknown;
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Reads `a.b.c` from parsed JSON; undefined where the path does not exist. */
export function pick(value: unknown, path: string): unknown {
  let here = value;
  for (const key of path.split('.')) {
    if (typeof here !== 'object' || here === null) return undefined;
    // Own properties only: `a.constructor` is a path into the data, not into Object.prototype.
    here = Object.getOwnPropertyDescriptor(here, key)?.value as unknown;
  }
  return here;
}

/** The function's attempts in start order; an async retry keeps its request id, so the instance joins too. */
export function invocationsOf(run: LessonRun, functionName: string): Invocation[] {
  const found: Invocation[] = [];
  const running = new Map<string, Invocation>();
  for (const event of run.events) {
    if (event.type !== 'invoke-start' && event.type !== 'invoke-end') continue;
    if (event.functionName !== functionName) continue;
    const key = `${event.requestId}/${event.instanceId}`;
    if (event.type === 'invoke-start') {
      const invocation = {
        start: event,
        end: undefined,
        event: parseJson(event.eventJson),
        result: undefined,
      };
      found.push(invocation);
      running.set(key, invocation);
    } else {
      const invocation = running.get(key);
      if (!invocation) continue;
      running.delete(key);
      invocation.end = event;
      invocation.result = parseJson(event.payload);
    }
  }
  return found;
}

export function succeeded(invocation: Invocation): boolean {
  return invocation.end?.status === 'ok';
}

/** The lines the function's code wrote; during INIT their request id is undefined. */
export function appLogsOf(run: LessonRun, functionName: string): LogRecord[] {
  return run.events.flatMap((event) =>
    event.type === 'log' && event.functionName === functionName && event.entry.kind === 'app'
      ? [event.entry.record]
      : [],
  );
}

/** The most instances of the function serving a request at the same moment. */
export function peakBusy(run: LessonRun, functionName: string): number {
  const busy = new Set<string>();
  let peak = 0;
  for (const event of run.events) {
    if (event.type !== 'instance' || event.functionName !== functionName) continue;
    if (event.state === 'busy') busy.add(event.instanceId);
    else busy.delete(event.instanceId);
    peak = Math.max(peak, busy.size);
  }
  return peak;
}

export function eventsOfType<T extends PlatformEvent['type']>(
  run: LessonRun,
  type: T,
): Array<Extract<PlatformEvent, { type: T }>> {
  return run.events.filter(
    (event): event is Extract<PlatformEvent, { type: T }> => event.type === type,
  );
}
