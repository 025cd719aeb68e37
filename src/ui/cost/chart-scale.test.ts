import { describe, expect, it } from 'vitest';
import {
  decades,
  linearPosition,
  logPosition,
  logSamples,
  niceCeiling,
  shortCount,
} from './chart-scale';

const requests = { min: 1e4, max: 1e10, from: 40, to: 340 };

describe('logPosition', () => {
  it('spaces each decade equally', () => {
    expect(logPosition(1e4, requests)).toBe(40);
    expect(logPosition(1e7, requests)).toBe(190);
    expect(logPosition(1e10, requests)).toBe(340);
  });
});

describe('linearPosition', () => {
  it('maps dollars onto a y axis that grows upwards', () => {
    const dollars = { min: 0, max: 50, from: 150, to: 10 };
    expect(linearPosition(0, dollars)).toBe(150);
    expect(linearPosition(25, dollars)).toBe(80);
  });
});

describe('decades', () => {
  it('lists the powers of ten in range', () => {
    expect(decades(1e4, 1e10)).toEqual([1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10]);
    expect(decades(5e3, 2e5)).toEqual([1e4, 1e5]);
  });
});

describe('logSamples', () => {
  it('samples evenly on the log scale, ends included', () => {
    const samples = logSamples(1e4, 1e6, 2);
    expect(samples).toHaveLength(5);
    expect(samples[0]).toBe(1e4);
    expect(samples[2]).toBe(1e5);
    expect(samples[4]).toBe(1e6);
  });
});

describe('niceCeiling', () => {
  it('rounds up to 1, 2 or 5 × 10ⁿ', () => {
    expect(niceCeiling(24.52)).toBe(50);
    expect(niceCeiling(18.02)).toBe(20);
    expect(niceCeiling(100)).toBe(100);
    expect(niceCeiling(0)).toBe(1);
  });
});

describe('shortCount', () => {
  it('writes counts as K, M and B', () => {
    expect(shortCount(1e4)).toBe('10K');
    expect(shortCount(46_840_802)).toBe('46.8M');
    expect(shortCount(1e10)).toBe('10B');
    expect(shortCount(500)).toBe('500');
  });
});
