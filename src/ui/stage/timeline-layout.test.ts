import { describe, expect, it } from 'vitest';
import type { TimelineSegment } from '../../store';
import { layoutTimeline, placeSegment, spanLabel } from './timeline-layout';

function segment(overrides: Partial<TimelineSegment>): TimelineSegment {
  return {
    id: 's0',
    kind: 'invoke',
    functionName: 'add',
    instanceId: 'add-1',
    start: 0,
    end: null,
    cold: false,
    status: null,
    requestId: 'r',
    count: 1,
    ...overrides,
  };
}

describe('placeSegment', () => {
  it('places a segment by its times as percentages of the window ending now', () => {
    expect(placeSegment(segment({ start: 55_000, end: 58_000 }), 60_000, 10_000)).toMatchObject({
      left: 50,
      width: 30,
    });
  });

  it('draws a running segment up to now', () => {
    expect(placeSegment(segment({ start: 59_000 }), 60_000, 10_000)).toMatchObject({
      left: 90,
      width: 10,
    });
  });

  it('clips a segment that began before the window at its left edge', () => {
    expect(placeSegment(segment({ start: 45_000, end: 52_500 }), 60_000, 10_000)).toMatchObject({
      left: 0,
      width: 25,
    });
  });

  it('leaves out a segment that ended before the window, and keeps one ending on its edge', () => {
    expect(placeSegment(segment({ start: 40_000, end: 49_999 }), 60_000, 10_000)).toBeNull();
    expect(placeSegment(segment({ start: 40_000, end: 50_000 }), 60_000, 10_000)).toMatchObject({
      left: 0,
      width: 0,
    });
  });
});

describe('layoutTimeline', () => {
  it('makes a row per instance, by function, with the function’s throttles after its instances', () => {
    const rows = layoutTimeline(
      [
        segment({ id: 'a', instanceId: 'add-1', start: 100, end: 150 }),
        segment({ id: 'b', functionName: 'echo', instanceId: 'echo-1', start: 200 }),
        segment({ id: 'c', kind: 'throttle', instanceId: null, start: 300, end: 300 }),
        segment({ id: 'd', instanceId: 'add-2', start: 400 }),
        segment({ id: 'e', instanceId: 'add-1', start: 500, end: 550 }),
        segment({ id: 'old', instanceId: 'add-3', start: 0, end: 0 }),
      ],
      1000,
      900,
    );
    expect(rows.map((row) => [row.label, row.items.map((item) => item.segment.id)])).toEqual([
      ['add-1', ['a', 'e']],
      ['add-2', ['d']],
      ['add 429', ['c']],
      ['echo-1', ['b']],
    ]);
  });
});

describe('layoutTimeline under load', () => {
  /** Two redraws of the same three instances, 100 ms apart, their oldest segments dropped. */
  const redraw = (first: number) =>
    layoutTimeline(
      [12, 3, 1].flatMap((n, i) =>
        [first, first + 50].map((start) =>
          segment({
            id: `s${start}-${n}`,
            instanceId: `add-${n}`,
            start: start + i,
            end: start + 40,
          }),
        ),
      ),
      first + 100,
      10_000,
    );

  it('keeps the rows in the order the instances started, whichever segment each has oldest', () => {
    expect(redraw(1000).map((row) => row.label)).toEqual(['add-1', 'add-3', 'add-12']);
    expect(redraw(1100).map((row) => row.label)).toEqual(['add-1', 'add-3', 'add-12']);
  });

  it('keys each block by its place in its row, so a redraw moves blocks rather than replacing them', () => {
    const keys = (rows: ReturnType<typeof redraw>) => rows.map((row) => row.items[0]!.key);
    expect(keys(redraw(1000))).toEqual(keys(redraw(1100)));
    expect(redraw(1000)[0]!.items[0]!.segment.id).not.toBe(redraw(1100)[0]!.items[0]!.segment.id);
  });
});

describe('layoutTimeline joining', () => {
  it('draws neighbours with no visible gap as one block named after the newest', () => {
    // A 10 s window: 0.25 % is 25 ms.
    const rows = layoutTimeline(
      [
        segment({ id: 'a', start: 1000, end: 1002, status: 'ok' }),
        segment({ id: 'b', start: 1010, end: 1012, status: 'error' }),
        segment({ id: 'c', start: 1030, end: 1031, status: 'ok' }),
        segment({ id: 'far', start: 5000, end: 5001, status: 'ok' }),
        segment({ id: 'cold', start: 5002, end: 5003, status: 'ok', cold: true }),
      ],
      10_000,
      10_000,
    );
    expect(
      rows[0]!.items.map(({ key, segment, count, failed, left, width }) => ({
        key,
        newest: segment.id,
        count,
        failed,
        left: Number(left.toFixed(2)),
        width: Number(width.toFixed(2)),
      })),
    ).toEqual([
      { key: 'instance:add-1#0', newest: 'c', count: 3, failed: 1, left: 10, width: 0.31 },
      { key: 'instance:add-1#1', newest: 'far', count: 1, failed: 0, left: 50, width: 0.01 },
      { key: 'instance:add-1#2', newest: 'cold', count: 1, failed: 0, left: 50.02, width: 0.01 },
    ]);
  });

  it('counts the requests of joined runs of throttles', () => {
    const rows = layoutTimeline(
      [
        segment({ id: 't1', kind: 'throttle', instanceId: null, start: 100, end: 300, count: 4 }),
        segment({ id: 't2', kind: 'throttle', instanceId: null, start: 310, end: 400, count: 2 }),
      ],
      10_000,
      10_000,
    );
    expect(rows[0]!.items.map(({ key, count, failed }) => [key, count, failed])).toEqual([
      ['429:add#0', 6, 0],
    ]);
  });
});

describe('spanLabel', () => {
  it('names spans in seconds up to two minutes, then in minutes', () => {
    expect([10_000, 60_000, 90_000, 300_000].map(spanLabel)).toEqual([
      '10 s',
      '60 s',
      '90 s',
      '5 min',
    ]);
  });
});
