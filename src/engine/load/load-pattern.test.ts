import { describe, expect, it } from 'vitest';
import type { LoadPattern } from './load-pattern';
import { arrivalsPerSecond, loadArrivals, loadPatternProblem } from './load-pattern';

const pattern = (change: Partial<LoadPattern>): LoadPattern => ({
  shape: 'constant',
  ratePerSec: 10,
  durationSec: 2,
  seed: 7,
  ...change,
});

describe(loadArrivals, () => {
  it('spaces constant traffic evenly at the rate', () => {
    expect(loadArrivals(pattern({ ratePerSec: 4, durationSec: 1 }))).toEqual([0, 250, 500, 750]);
    expect(loadArrivals(pattern({ ratePerSec: 2.5, durationSec: 2 }))).toEqual([
      0, 400, 800, 1200, 1600,
    ]);
  });

  it('replays the same arrivals for the same seed, and others for another seed', () => {
    const spiky = pattern({ shape: 'spiky', ratePerSec: 200, durationSec: 6 });
    expect(loadArrivals(spiky)).toEqual(loadArrivals(spiky));
    expect(loadArrivals({ ...spiky, seed: 8 })).not.toEqual(loadArrivals(spiky));
  });

  it('keeps arrivals ascending and inside the duration', () => {
    for (const shape of ['ramp', 'burst', 'spiky'] as const) {
      const arrivals = loadArrivals(pattern({ shape, ratePerSec: 100, durationSec: 5 }));
      expect(
        arrivals.every((at, i) => at >= 0 && at < 5000 && (i === 0 || at >= arrivals[i - 1]!)),
      ).toBe(true);
    }
  });

  it('ramps up: the last fifth gets about nine times the first fifth', () => {
    const perSecond = arrivalsPerSecond(
      loadArrivals(pattern({ shape: 'ramp', ratePerSec: 1000, durationSec: 5 })),
      5,
    );
    // Expected 100, 300, 500, 700, 900 (λ = 1000·t/5 integrated over each second).
    expect(perSecond.map((n) => Math.round(n / 100))).toEqual([1, 3, 5, 7, 9]);
  });

  it('bursts at the peak rate in the middle fifth and trickles elsewhere', () => {
    const perSecond = arrivalsPerSecond(
      loadArrivals(pattern({ shape: 'burst', ratePerSec: 1000, durationSec: 10 })),
      10,
    );
    expect(perSecond.map((n) => Math.round(n / 100))).toEqual([1, 1, 1, 1, 10, 10, 1, 1, 1, 1]);
  });

  it('puts one spike at the peak rate in every two seconds of spiky traffic', () => {
    const arrivals = loadArrivals(pattern({ shape: 'spiky', ratePerSec: 2000, durationSec: 4 }));
    // Two spikes of 0.3 s at 2000/s (≈1200) plus a trickle of 200/s over the other 3.4 s (≈680).
    expect(Math.round(arrivals.length / 100)).toBe(19);
  });
});

describe(loadPatternProblem, () => {
  it('accepts a sensible pattern', () => {
    expect(loadPatternProblem(pattern({}))).toBeNull();
  });

  it('names what is out of range', () => {
    expect(loadPatternProblem(pattern({ ratePerSec: 0 }))).toBe(
      'Rate must be more than 0 and at most 5000 per second.',
    );
    expect(loadPatternProblem(pattern({ durationSec: Number.NaN }))).toBe(
      'Duration must be more than 0 and at most 600 s.',
    );
    expect(loadPatternProblem(pattern({ seed: 1.5 }))).toBe(
      'Seed must be a whole number from 0 to 4294967295.',
    );
    expect(loadPatternProblem(pattern({ ratePerSec: 5000, durationSec: 600 }))).toBe(
      'That is more than 200,000 requests: lower the rate or the duration.',
    );
  });
});
