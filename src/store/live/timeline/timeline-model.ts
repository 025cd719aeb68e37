// The timeline's vocabulary: one segment per init, invocation or run of throttles, kept for a
// bounded stretch of simulated time so a load test cannot grow it without limit.
import type { InvocationCost, InvocationReport, InvokeStatus } from '../../../engine';

export type SegmentKind = 'init' | 'invoke' | 'throttle';

/** An init ends `ok` or `error`; an invocation as the engine settled it; throttles `throttled`. */
export type SegmentStatus = InvokeStatus | 'throttled';

export interface TimelineSegment {
  /** Unique over the session: the React key and the key of its details. */
  id: string;
  kind: SegmentKind;
  functionName: string;
  /** null for throttles: a request turned away never reached an instance. */
  instanceId: string | null;
  /** Engine (simulated) times; `end` is null while it runs. */
  start: number;
  end: number | null;
  cold: boolean;
  /** null while it runs. */
  status: SegmentStatus | null;
  /** The request served; for a run of throttles, the first one turned away. */
  requestId: string | null;
  /** Requests in a run of throttles (see THROTTLE_RUN_MS); 1 otherwise. */
  count: number;
  /**
   * An invocation during which work an earlier one left running (frozen since it answered) ran:
   * the code ran after its return.
   */
  afterReturn?: true;
}

/** What an invocation carried and returned, kept for the newest few only (they can be large). */
export interface InvocationDetails {
  eventJson: string;
  /** null while the invocation runs. */
  payload: string | null;
  report: InvocationReport | null;
  cost: InvocationCost | null;
}

export interface TimelineState {
  /** By id, in the order they started (a Map keeps insertion order). */
  segments: ReadonlyMap<string, TimelineSegment>;
  /** By segment id, the newest TIMELINE_DETAILS_KEPT invocations. */
  details: ReadonlyMap<string, InvocationDetails>;
  /** The running segment of each instance (an instance is in one phase at a time), by instance id. */
  running: ReadonlyMap<string, string>;
  /** The last throttle segment of each function, by function name. */
  lastThrottle: ReadonlyMap<string, string>;
  /** The latest engine time seen. */
  latest: number;
  /** Segments made so far: the next id. */
  made: number;
}

/** A load test of 1,000 req/s keeps two seconds of segments; a classroom demo keeps minutes. */
export const TIMELINE_SEGMENTS_KEPT = 2000;
export const TIMELINE_DETAILS_KEPT = 200;
/** The widest window the view offers: older ended segments are dropped. */
export const TIMELINE_HISTORY_MS = 5 * 60_000;
/** Throttles of one function closer than this join one segment, so 429s cannot flood the cap. */
export const THROTTLE_RUN_MS = 250;

/** The windows the view offers, in simulated ms. */
export const TIMELINE_WINDOWS = [
  { label: '10 s', ms: 10_000 },
  { label: '60 s', ms: 60_000 },
  { label: '5 min', ms: TIMELINE_HISTORY_MS },
] as const;

export function emptyTimeline(): TimelineState {
  return {
    segments: new Map(),
    details: new Map(),
    running: new Map(),
    lastThrottle: new Map(),
    latest: 0,
    made: 0,
  };
}
