// Where the timeline draws each segment: rows (one per instance, one per function's throttles) and
// x positions as percentages of the window, so the view never measures the page.
import type { TimelineSegment } from '../../store';

/** A segment inside the window; `left` and `width` are percentages of the window's width. */
export interface PlacedSegment {
  segment: TimelineSegment;
  left: number;
  width: number;
}

export interface TimelineRow {
  key: string;
  functionName: string;
  /** The instance id, or `<function> 429` for the function's throttles. */
  label: string;
  items: PlacedSegment[];
}

/** The segment clipped to the window ending at `now`, or null when none of it falls inside. */
export function placeSegment(
  segment: TimelineSegment,
  now: number,
  windowMs: number,
): PlacedSegment | null {
  const from = now - windowMs;
  const end = Math.min(segment.end ?? now, now);
  if (end < from || segment.start > now) return null;
  const start = Math.max(segment.start, from);
  const left = ((start - from) / windowMs) * 100;
  return { segment, left, width: ((end - start) / windowMs) * 100 };
}

/**
 * Rows by function in the order they first appear, each function's instances in the order they
 * started, then its throttles (they have no instance). Only segments inside the window are placed.
 */
export function layoutTimeline(
  segments: Iterable<TimelineSegment>,
  now: number,
  windowMs: number,
): TimelineRow[] {
  const byFunction = new Map<string, { instances: TimelineRow[]; throttles: TimelineRow[] }>();
  const rows = new Map<string, TimelineRow>();
  for (const segment of segments) {
    const placed = placeSegment(segment, now, windowMs);
    if (!placed) continue;
    const { functionName, instanceId } = segment;
    const key = instanceId === null ? `429:${functionName}` : `instance:${instanceId}`;
    let row = rows.get(key);
    if (!row) {
      const label = instanceId ?? `${functionName} 429`;
      row = { key, functionName, label, items: [] };
      rows.set(key, row);
      const group = byFunction.get(functionName) ?? { instances: [], throttles: [] };
      byFunction.set(functionName, group);
      (instanceId === null ? group.throttles : group.instances).push(row);
    }
    row.items.push(placed);
  }
  return [...byFunction.values()].flatMap((group) => [...group.instances, ...group.throttles]);
}

/** `10 s`, `90 s`, `5 min`: how the axis and the window selector name a span. */
export function spanLabel(ms: number): string {
  return ms < 120_000 ? `${ms / 1000} s` : `${ms / 60_000} min`;
}
