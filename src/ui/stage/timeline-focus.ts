// Keyboard moves between timeline segments: one tab stop for the whole chart (thousands of
// segments under load must not each be a tab stop), arrows within a row and between rows.
import type { TimelineRow } from './timeline-layout';

export type FocusKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export function isFocusKey(key: string): key is FocusKey {
  return ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key);
}

/** The segment that takes the focus: the newest one when none has it or it left the window. */
export function focusedId(rows: readonly TimelineRow[], wanted: string | null): string | null {
  const all = rows.flatMap((row) => row.items);
  if (wanted !== null && all.some((item) => item.segment.id === wanted)) return wanted;
  let newest = all[0];
  for (const item of all) if (newest && item.segment.start > newest.segment.start) newest = item;
  return newest?.segment.id ?? null;
}

/** The segment the key moves to from `id`: Up and Down take the nearest one in time. */
export function moveFocus(rows: readonly TimelineRow[], id: string, key: FocusKey): string {
  const r = rows.findIndex((row) => row.items.some((item) => item.segment.id === id));
  const row = rows[r];
  if (!row) return id;
  const i = row.items.findIndex((item) => item.segment.id === id);
  const last = row.items.length - 1;
  const pick = (index: number) => row.items[Math.max(0, Math.min(last, index))]?.segment.id ?? id;
  switch (key) {
    case 'ArrowLeft':
      return pick(i - 1);
    case 'ArrowRight':
      return pick(i + 1);
    case 'Home':
      return pick(0);
    case 'End':
      return pick(last);
    default: {
      const other = rows[key === 'ArrowUp' ? r - 1 : r + 1];
      if (!other) return id;
      const here = row.items[i]?.left ?? 0;
      const distance = (left: number) => Math.abs(left - here);
      const nearest = other.items.reduce((a, b) => (distance(b.left) < distance(a.left) ? b : a));
      return nearest.segment.id;
    }
  }
}
