import { describe, expect, it } from 'vitest';
import type { TimelineSegment } from '../../store';
import { focusedId, moveFocus } from './timeline-focus';
import type { TimelineRow } from './timeline-layout';

function row(label: string, items: Array<[string, number]>): TimelineRow {
  return {
    key: label,
    functionName: 'add',
    label,
    items: items.map(([id, left]) => ({
      key: id,
      segment: { id, start: left } as TimelineSegment,
      left,
      width: 1,
      count: 1,
      failed: 0,
    })),
  };
}

const rows = [
  row('add-1', [
    ['a', 10],
    ['b', 50],
    ['c', 90],
  ]),
  row('add-2', [
    ['d', 45],
    ['e', 80],
  ]),
];

describe('moveFocus', () => {
  it('moves along a row and stops at its ends', () => {
    expect(moveFocus(rows, 'b', 'ArrowLeft')).toBe('a');
    expect(moveFocus(rows, 'a', 'ArrowLeft')).toBe('a');
    expect(moveFocus(rows, 'b', 'ArrowRight')).toBe('c');
    expect(moveFocus(rows, 'c', 'ArrowRight')).toBe('c');
    expect(moveFocus(rows, 'b', 'Home')).toBe('a');
    expect(moveFocus(rows, 'a', 'End')).toBe('c');
  });

  it('moves between rows to the segment nearest in time', () => {
    expect(moveFocus(rows, 'b', 'ArrowDown')).toBe('d');
    expect(moveFocus(rows, 'c', 'ArrowDown')).toBe('e');
    expect(moveFocus(rows, 'e', 'ArrowUp')).toBe('c');
    expect(moveFocus(rows, 'a', 'ArrowUp')).toBe('a');
    expect(moveFocus(rows, 'd', 'ArrowDown')).toBe('d');
  });
});

describe('focusedId', () => {
  it('keeps the wanted segment while it is drawn, else takes the newest', () => {
    expect(focusedId(rows, 'd')).toBe('d');
    expect(focusedId(rows, 'gone')).toBe('c');
    expect(focusedId(rows, null)).toBe('c');
    expect(focusedId([], null)).toBeNull();
  });
});
