import { describe, expect, it } from 'vitest';
import { addSample, clearSamples, emptySamples, percentile } from './metrics-samples';

function samplesOf(durations: number[], kept = 100) {
  const samples = emptySamples();
  for (const duration of durations) addSample(samples, duration, kept);
  return samples;
}

describe('percentile', () => {
  it('reads the nearest rank of an unsorted sample', () => {
    const samples = samplesOf([40, 10, 30, 20]);
    expect(percentile(samples, 50)).toBe(20);
    expect(percentile(samples, 95)).toBe(40);
    expect(percentile(samples, 99)).toBe(40);
    expect(percentile(samples, 25)).toBe(10);
  });

  it('reads 1 to 100 exactly as ranks of a hundred values', () => {
    const samples = samplesOf(
      Array.from({ length: 100 }, (_, i) => 100 - i),
      1_000,
    );
    expect([50, 95, 99].map((p) => percentile(samples, p))).toEqual([50, 95, 99]);
  });

  it('is null for an empty sample', () => {
    expect(percentile(emptySamples(), 50)).toBeNull();
  });

  it('sees durations added after a read', () => {
    const samples = samplesOf([5]);
    expect(percentile(samples, 99)).toBe(5);
    addSample(samples, 9, 100);
    expect(percentile(samples, 99)).toBe(9);
  });
});

describe('addSample', () => {
  it('thins the sample to half when full, then keeps every other arrival', () => {
    const samples = samplesOf([1, 2, 3, 4], 4);
    expect(samples.values).toEqual([2, 4]);
    expect(samples.stride).toBe(2);
    addSample(samples, 5, 4);
    addSample(samples, 6, 4);
    expect(samples.values).toEqual([2, 4, 6]);
  });

  it('stays bounded and even over many durations', () => {
    const samples = samplesOf(
      Array.from({ length: 10_000 }, (_, i) => i + 1),
      256,
    );
    // Every 64th duration is left: 64, 128, …, 9,984.
    expect(samples.values).toHaveLength(156);
    expect(samples.values[155]).toBe(9_984);
    expect(percentile(samples, 50)).toBe(78 * 64);
    expect(percentile(samples, 99)).toBe(155 * 64);
  });
});

describe('clearSamples', () => {
  it('empties the sample and takes every duration again', () => {
    const samples = samplesOf([1, 2, 3, 4], 4);
    clearSamples(samples);
    addSample(samples, 7, 4);
    expect(samples).toEqual({ values: [7], stride: 1, seen: 1, sorted: false });
  });
});
