import { describe, expect, it, vi } from 'vitest';
import {
  createSeededRandom,
  logStreamName,
  pooledRandomUuid,
  randomIds,
  sequentialIds,
} from './ids';

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

describe('pooledRandomUuid', () => {
  const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('draws distinct version 4 UUIDs across many refills of its pool', () => {
    const uuid = pooledRandomUuid();
    const drawn = Array.from({ length: 2000 }, uuid);
    expect(drawn.every((id) => V4.test(id))).toBe(true);
    expect(new Set(drawn).size).toBe(2000);
  });

  it('spends 16 random bytes per UUID, keeping all but the version and variant bits', () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 37 + 11) & 0xff);
    const fill = vi.spyOn(crypto, 'getRandomValues').mockImplementation((target) => {
      (target as Uint8Array).set(bytes);
      return target;
    });
    try {
      const uuid = pooledRandomUuid();
      const hexOf = (from: number) =>
        Array.from(bytes.subarray(from, from + 16), (b) => b.toString(16).padStart(2, '0'));
      const expected = (from: number) => {
        const h = hexOf(from);
        h[6] = ((bytes[from + 6]! & 0x0f) | 0x40).toString(16);
        h[8] = ((bytes[from + 8]! & 0x3f) | 0x80).toString(16);
        const all = h.join('');
        return [
          all.slice(0, 8),
          all.slice(8, 12),
          all.slice(12, 16),
          all.slice(16, 20),
          all.slice(20),
        ].join('-');
      };
      expect(uuid()).toBe(expected(0));
      expect(uuid()).toBe(expected(16));
      for (let i = 2; i < 256; i += 1) uuid();
      expect(fill).toHaveBeenCalledTimes(1);
      expect(uuid()).toBe(expected(0));
      expect(fill).toHaveBeenCalledTimes(2);
    } finally {
      fill.mockRestore();
    }
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
