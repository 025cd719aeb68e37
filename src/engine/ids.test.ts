import { describe, expect, it } from 'vitest';
import { createSeededRandom, logStreamName, randomIds, sequentialIds } from './ids';

describe('logStreamName', () => {
  it('is the UTC date, [$LATEST] and 32 hex digits', () => {
    const name = logStreamName(Date.UTC(2019, 5, 7, 23, 59), 'e6f4a0c4241adcd70c262d34c0bbc85c');
    expect(name).toBe('2019/06/07/[$LATEST]e6f4a0c4241adcd70c262d34c0bbc85c');
  });
});

describe('randomIds', () => {
  it('makes UUID request ids and 32-hex stream suffixes', () => {
    const ids = randomIds();
    expect(ids.requestId()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(ids.streamHex()).toMatch(/^[0-9a-f]{32}$/);
    expect(ids.requestId()).not.toBe(ids.requestId());
    expect(ids.uuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe('sequentialIds', () => {
  it('counts in UUID form', () => {
    const ids = sequentialIds();
    expect([ids.requestId(), ids.requestId()]).toEqual([
      '00000000-0000-4000-8000-000000000001',
      '00000000-0000-4000-8000-000000000002',
    ]);
    expect(ids.streamHex()).toBe('00000000000000000000000000000001');
    // A separate count, so other ids never shift the request ids a test expects.
    expect(ids.uuid()).toBe('00000000-0000-4000-9000-000000000001');
    expect(ids.requestId()).toBe('00000000-0000-4000-8000-000000000003');
  });
});

describe('createSeededRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = createSeededRandom(42);
    const b = createSeededRandom(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(createSeededRandom(43)()).not.toBe(values[0]);
  });
});
