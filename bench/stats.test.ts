import { describe, expect, it } from 'vitest';
import {
  byWindow,
  frameP95PerWindow,
  frameTimes,
  percentile,
  ratePerWindow,
  summarize,
} from './stats';

describe('percentile', () => {
  it('interpolates between the closest ranks', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50], 95)).toBe(48);
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(percentile([3, 1, 2], 100)).toBe(3);
  });

  it('does not reorder the samples it is given', () => {
    const samples = [3, 1, 2];
    percentile(samples, 50);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('answers with the only sample there is', () => {
    expect(percentile([7], 95)).toBe(7);
  });

  it('refuses no samples and percentiles outside 0–100', () => {
    expect(() => percentile([], 50)).toThrow('percentile of no samples');
    expect(() => percentile([1], 101)).toThrow('percentile must be within 0–100, got 101');
  });
});

describe('summarize', () => {
  it('gives p50, p95 and the count', () => {
    const samples = Array.from({ length: 101 }, (_, i) => i);
    expect(summarize(samples)).toEqual({ p50: 50, p95: 95, n: 101 });
  });
});

describe('byWindow', () => {
  it('puts items in full windows by time and drops what falls outside', () => {
    const times = [99, 100, 150, 199.9, 200, 250, 310, 400];
    const windows = byWindow(times, (t) => t, { start: 100, end: 350, windowMs: 100 });
    expect(windows).toEqual([
      [100, 150, 199.9],
      [200, 250],
    ]);
  });
});

describe('ratePerWindow', () => {
  it('counts per second in each window', () => {
    const times = [0, 100, 200, 250, 260, 499, 500];
    expect(ratePerWindow(times, { start: 0, end: 500, windowMs: 250 })).toEqual([12, 12]);
  });
});

describe('frameTimes', () => {
  it('places each frame time at the end of its frame', () => {
    expect(frameTimes([0, 16, 33, 50])).toEqual([
      { at: 16, ms: 16 },
      { at: 33, ms: 17 },
      { at: 50, ms: 17 },
    ]);
    expect(frameTimes([5])).toEqual([]);
  });
});

describe('frameP95PerWindow', () => {
  const span = { start: 0, end: 300, windowMs: 100 };

  it('takes the p95 of the frames ending in each window', () => {
    const stamps = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 150, 200, 240, 280, 300];
    // [10 ×9], [10, 10, 40], [50, 40, 40]: p95 interpolates 90 % of the way to the largest.
    expect(frameP95PerWindow(stamps, span)).toEqual([10, 37, 49]);
  });

  it('gives a window that no frame ended in the length of the frame that covered it', () => {
    expect(frameP95PerWindow([0, 50, 260, 290], span)).toEqual([50, 210, 201]);
  });

  it('counts from the last frame when no later frame ended', () => {
    expect(frameP95PerWindow([0, 50], span)).toEqual([50, 150, 250]);
  });
});
