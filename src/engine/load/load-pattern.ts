// Traffic for a load test: when each request arrives, from a shape, a peak rate, a duration and a
// seed. The same inputs always give the same arrivals, so a classroom demo replays identically.
import { createSeededRandom } from '../ids';

export type LoadShape = 'constant' | 'ramp' | 'burst' | 'spiky';

export interface LoadPattern {
  shape: LoadShape;
  /** Peak requests per second of simulated time; `constant` holds it throughout. */
  ratePerSec: number;
  durationSec: number;
  seed: number;
}

export const LOAD_SHAPES: Record<LoadShape, string> = {
  constant: 'Constant: evenly spaced requests at the rate',
  ramp: 'Ramp: from zero up to the rate, then stop',
  burst: 'Burst: a trickle, then the rate for the middle fifth',
  spiky: 'Spiky: a trickle with sudden spikes at the rate',
};

export const LOAD_LIMITS = { maxRatePerSec: 5_000, maxDurationSec: 600, maxRequests: 200_000 };

/** Outside bursts and spikes, traffic runs at a tenth of the peak rate. */
const TRICKLE = 0.1;
/** Spiky traffic: one spike in every slot of this length, lasting SPIKE_SEC, placed by the seed. */
const SPIKE_SLOT_SEC = 2;
const SPIKE_SEC = 0.3;

export const DEFAULT_LOAD_PATTERN: LoadPattern = {
  shape: 'constant',
  ratePerSec: 20,
  durationSec: 10,
  seed: 1,
};

/** What is wrong with a pattern as the learner typed it, or null. */
export function loadPatternProblem(pattern: LoadPattern): string | null {
  const { ratePerSec, durationSec, seed } = pattern;
  if (!(ratePerSec > 0 && ratePerSec <= LOAD_LIMITS.maxRatePerSec)) {
    return `Rate must be more than 0 and at most ${LOAD_LIMITS.maxRatePerSec} per second.`;
  }
  if (!(durationSec > 0 && durationSec <= LOAD_LIMITS.maxDurationSec)) {
    return `Duration must be more than 0 and at most ${LOAD_LIMITS.maxDurationSec} s.`;
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    return 'Seed must be a whole number from 0 to 4294967295.';
  }
  if (ratePerSec * durationSec > LOAD_LIMITS.maxRequests) {
    return `That is more than ${LOAD_LIMITS.maxRequests.toLocaleString('en-US')} requests: lower the rate or the duration.`;
  }
  return null;
}

/** Start times (s) of a spiky pattern's spikes: one per slot, at a seeded offset within it. */
function spikeStarts(durationSec: number, random: () => number): number[] {
  const starts: number[] = [];
  for (let slot = 0; slot < durationSec; slot += SPIKE_SLOT_SEC) {
    starts.push(slot + random() * (SPIKE_SLOT_SEC - SPIKE_SEC));
  }
  return starts;
}

/** The share of the peak rate asked for at `t` seconds in. */
function intensityAt(pattern: LoadPattern, t: number, spikes: readonly number[]): number {
  const { durationSec } = pattern;
  switch (pattern.shape) {
    case 'constant':
      return 1;
    case 'ramp':
      return t / durationSec;
    case 'burst':
      return t >= 0.4 * durationSec && t < 0.6 * durationSec ? 1 : TRICKLE;
    case 'spiky':
      return spikes.some((start) => t >= start && t < start + SPIKE_SEC) ? 1 : TRICKLE;
  }
}

/**
 * Arrival times in ms from the start, ascending. Constant traffic is evenly spaced, which makes
 * "concurrency = rate × duration" easy to see; the other shapes are Poisson arrivals (as real
 * independent clients make) whose rate follows the shape, drawn by thinning a peak-rate stream.
 */
export function loadArrivals(pattern: LoadPattern): number[] {
  const { ratePerSec, durationSec } = pattern;
  if (pattern.shape === 'constant') {
    const count = Math.floor(ratePerSec * durationSec + 1e-9);
    return Array.from({ length: count }, (_, i) => (i * 1000) / ratePerSec);
  }
  const random = createSeededRandom(pattern.seed);
  const spikes = pattern.shape === 'spiky' ? spikeStarts(durationSec, random) : [];
  const arrivals: number[] = [];
  for (let t = 0; ;) {
    t += -Math.log(1 - random()) / ratePerSec;
    if (t >= durationSec) return arrivals;
    if (random() < intensityAt(pattern, t, spikes)) arrivals.push(t * 1000);
  }
}

/** Requests per second in each whole second of the arrivals: the pattern's preview. */
export function arrivalsPerSecond(arrivals: readonly number[], durationSec: number): number[] {
  const counts = new Array<number>(Math.ceil(durationSec)).fill(0);
  for (const at of arrivals) counts[Math.floor(at / 1000)]! += 1;
  return counts;
}
