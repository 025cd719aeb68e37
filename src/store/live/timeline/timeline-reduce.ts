// Folds a batch of PlatformEvents into the timeline's segments. Pure; a batch costs one copy of
// the kept maps (at most TIMELINE_SEGMENTS_KEPT entries) plus constant work per event.
import type { PlatformEvent } from '../../../engine';
import type { InvocationDetails, TimelineSegment, TimelineState } from './timeline-model';
import {
  THROTTLE_RUN_MS,
  TIMELINE_DETAILS_KEPT,
  TIMELINE_HISTORY_MS,
  TIMELINE_SEGMENTS_KEPT,
} from './timeline-model';

/** The event types the reducer reads: log lines, the most frequent, never reach it. */
export const TIMELINE_EVENT_TYPES: ReadonlySet<PlatformEvent['type']> = new Set([
  'instance',
  'init',
  'invoke-start',
  'invoke-end',
  'throttle',
  'after-return',
]);

interface Draft {
  segments: Map<string, TimelineSegment>;
  details: Map<string, InvocationDetails>;
  running: Map<string, string>;
  lastThrottle: Map<string, string>;
  latest: number;
  made: number;
}

type Fields = Omit<TimelineSegment, 'id' | 'count'>;

function open(draft: Draft, fields: Fields): string {
  const id = `s${draft.made++}`;
  draft.segments.set(id, { ...fields, id, count: 1 });
  if (fields.instanceId !== null) draft.running.set(fields.instanceId, id);
  return id;
}

/** Ends the instance's running segment, if it is still kept; returns its id. */
function close(
  draft: Draft,
  instanceId: string,
  time: number,
  status: TimelineSegment['status'],
): string | undefined {
  const id = draft.running.get(instanceId);
  if (id === undefined) return undefined;
  draft.running.delete(instanceId);
  const segment = draft.segments.get(id);
  if (segment) draft.segments.set(id, { ...segment, end: time, status });
  return id;
}

function throttled(draft: Draft, event: Extract<PlatformEvent, { type: 'throttle' }>): void {
  const { functionName, time, requestId } = event;
  const lastId = draft.lastThrottle.get(functionName);
  const last = lastId === undefined ? undefined : draft.segments.get(lastId);
  if (last && last.end !== null && time - last.end <= THROTTLE_RUN_MS) {
    draft.segments.set(last.id, { ...last, end: time, count: last.count + 1 });
    return;
  }
  const id = open(draft, {
    kind: 'throttle',
    functionName,
    instanceId: null,
    start: time,
    end: time,
    cold: false,
    status: 'throttled',
    requestId,
  });
  draft.lastThrottle.set(functionName, id);
}

function apply(draft: Draft, event: PlatformEvent): void {
  switch (event.type) {
    case 'instance': {
      const { instanceId, functionName, time, state } = event;
      if (state === 'starting') {
        const init = { kind: 'init', functionName, instanceId, start: time, end: null } as const;
        open(draft, { ...init, cold: true, status: null, requestId: null });
      } else if (state === 'reaped' || state === 'crashed' || state === 'timed-out') {
        // Only a segment the engine never settled is still running here (an instance stopped
        // mid-init): it ended with the instance.
        close(draft, instanceId, time, 'error');
      }
      return;
    }
    case 'init':
      close(draft, event.instanceId, event.time, event.outcome.ok ? 'ok' : 'error');
      return;
    case 'invoke-start': {
      const { instanceId, functionName, time, cold, requestId } = event;
      const invoke = { kind: 'invoke', functionName, instanceId, start: time, end: null } as const;
      const id = open(draft, { ...invoke, cold, status: null, requestId });
      const details = { eventJson: event.eventJson, payload: null, report: null, cost: null };
      draft.details.set(id, details);
      return;
    }
    case 'invoke-end': {
      const id = close(draft, event.instanceId, event.time, event.status);
      const kept = id === undefined ? undefined : draft.details.get(id);
      if (id !== undefined && kept) {
        const { payload, report, cost } = event;
        draft.details.set(id, { ...kept, payload, report, cost });
      }
      return;
    }
    case 'throttle':
      throttled(draft, event);
      return;
    case 'after-return': {
      const id = draft.running.get(event.instanceId);
      const segment = id === undefined ? undefined : draft.segments.get(id);
      if (segment?.requestId === event.requestId) {
        draft.segments.set(segment.id, { ...segment, afterReturn: true });
      }
      return;
    }
    default:
      return;
  }
}

/** Drops the oldest segments past the cap, and those that ended before the widest window. */
function trim(draft: Draft): void {
  const horizon = draft.latest - TIMELINE_HISTORY_MS;
  for (const segment of draft.segments.values()) {
    const stale = segment.end !== null && segment.end < horizon;
    if (!stale && draft.segments.size <= TIMELINE_SEGMENTS_KEPT) break;
    draft.segments.delete(segment.id);
    draft.details.delete(segment.id);
    if (segment.instanceId !== null && draft.running.get(segment.instanceId) === segment.id) {
      draft.running.delete(segment.instanceId);
    }
  }
  for (const id of draft.details.keys()) {
    if (draft.details.size <= TIMELINE_DETAILS_KEPT) break;
    draft.details.delete(id);
  }
}

export function reduceTimeline(
  state: TimelineState,
  events: readonly PlatformEvent[],
): TimelineState {
  if (!events.some((event) => TIMELINE_EVENT_TYPES.has(event.type))) return state;
  const draft: Draft = {
    segments: new Map(state.segments),
    details: new Map(state.details),
    running: new Map(state.running),
    lastThrottle: new Map(state.lastThrottle),
    latest: state.latest,
    made: state.made,
  };
  for (const event of events) {
    if (!TIMELINE_EVENT_TYPES.has(event.type)) continue;
    draft.latest = Math.max(draft.latest, event.time);
    apply(draft, event);
  }
  trim(draft);
  return draft;
}
