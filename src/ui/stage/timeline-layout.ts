// Where the timeline draws each segment: rows (one per instance, one per function's throttles) and
// x positions as percentages of the window, so the view never measures the page.
import type { TimelineSegment } from '../../store';

/**
 * A block drawn inside the window: one segment, or a run of neighbours too close to tell apart.
 * `left` and `width` are percentages of the window's width.
 */
export interface PlacedSegment {
  /**
   * The element's key: the block's place in its row. Under load the oldest segments leave the kept
   * history on every redraw, so a key naming the run's first segment changed each time and the
   * page replaced every block instead of moving it.
   */
  key: string;
  /** The newest segment of the run: what the block is named after and what a click opens. */
  segment: TimelineSegment;
  left: number;
  width: number;
  /** Requests (or inits) drawn as this block: a run of throttles counts each request. */
  count: number;
  /** How many of them failed: any failure colours the block as an error. */
  failed: number;
}

/**
 * Neighbours closer than this share of the window (about a pixel on a laptop-wide chart) are
 * drawn as one block. Under load an instance serves hundreds of requests a second; one element
 * each would cost the page more than the invocations themselves, and nobody can tell them apart.
 */
export const JOIN_GAP_PERCENT = 0.25;

function failed(segment: TimelineSegment): number {
  return segment.status !== null && segment.status !== 'ok' && segment.status !== 'throttled'
    ? 1
    : 0;
}

/**
 * Whether `next` is drawn as part of `block`: same kind and temperature, no visible gap, and both
 * or neither marked as running work after return (a marked one stays findable).
 */
function joins(block: PlacedSegment, next: Placement): boolean {
  const { segment } = block;
  return (
    segment.kind === next.segment.kind &&
    segment.cold === next.segment.cold &&
    segment.afterReturn === next.segment.afterReturn &&
    next.left - (block.left + block.width) < JOIN_GAP_PERCENT
  );
}

function join(block: PlacedSegment, next: Placement): PlacedSegment {
  return {
    key: block.key,
    segment: next.segment,
    left: block.left,
    width: Math.max(block.left + block.width, next.left + next.width) - block.left,
    count: block.count + next.count,
    failed: block.failed + next.failed,
  };
}

/** Where one segment falls in the window, before it is keyed or joined into a block. */
export type Placement = Omit<PlacedSegment, 'key'>;

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
): Placement | null {
  const from = now - windowMs;
  const end = Math.min(segment.end ?? now, now);
  if (end < from || segment.start > now) return null;
  const start = Math.max(segment.start, from);
  const left = ((start - from) / windowMs) * 100;
  const width = ((end - start) / windowMs) * 100;
  return { segment, left, width, count: segment.count, failed: failed(segment) };
}

/**
 * `add-2` before `add-10`: an instance's id counts up as its function scales out. One collator,
 * made on first use: `localeCompare` with options builds one per call (32 rows sorted in 270 µs
 * against 9 µs in Node 20), and made at module load it would put ICU's loading into first load.
 */
let numericCollator: Intl.Collator | undefined;
const byName = (a: string, b: string) =>
  (numericCollator ??= new Intl.Collator('en', { numeric: true })).compare(a, b);

/**
 * Rows by function name, each function's instances in the order they started (by id), then its
 * throttles (they have no instance). The order depends on nothing else: under load the oldest
 * kept segment of each instance changes on every redraw, and rows ordered by it swapped places
 * each time. Only segments inside the window are placed, and neighbours with no visible gap are
 * joined.
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
    const last = row.items[row.items.length - 1];
    if (last && joins(last, placed)) row.items[row.items.length - 1] = join(last, placed);
    else row.items.push({ ...placed, key: `${key}#${row.items.length}` });
  }
  return [...byFunction]
    .sort(([a], [b]) => byName(a, b))
    .flatMap(([, group]) => [
      ...group.instances.sort((a, b) => byName(a.label, b.label)),
      ...group.throttles,
    ]);
}

/** `10 s`, `90 s`, `5 min`: how the axis and the window selector name a span. */
export function spanLabel(ms: number): string {
  return ms < 120_000 ? `${ms / 1000} s` : `${ms / 60_000} min`;
}
