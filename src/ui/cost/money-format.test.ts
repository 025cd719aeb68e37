import { describe, expect, it } from 'vitest';
import {
  formatCents,
  formatCount,
  formatGbSeconds,
  formatListPrice,
  formatPrice,
  formatUnits,
} from './money-format';

describe('formatCents', () => {
  it('writes dollars and cents with separators', () => {
    expect(formatCents(18.74)).toBe('$18.74');
    expect(formatCents(145_015.2)).toBe('$145,015.20');
    expect(formatCents(0)).toBe('$0.00');
  });
});

describe('formatPrice', () => {
  it('writes unit prices as AWS lists them', () => {
    expect(formatPrice(0.0000166667)).toBe('$0.0000166667');
    expect(formatPrice(0.0000000309)).toBe('$0.0000000309');
    expect(formatPrice(0.04048)).toBe('$0.04048');
    expect(formatPrice(0.2)).toBe('$0.2');
  });
});

describe('formatCount', () => {
  it('rounds to whole counts with separators', () => {
    expect(formatCount(3_000_000)).toBe('3,000,000');
    expect(formatCount(131_399.6)).toBe('131,400');
  });
});

describe('formatGbSeconds', () => {
  it('keeps a session’s fractions and drops a month’s', () => {
    expect(formatGbSeconds(0.0425)).toBe('0.0425');
    expect(formatGbSeconds(1_500_000)).toBe('1,500,000');
  });
});

describe('formatListPrice', () => {
  it('keeps every digit of a price per 1,000 or per million, and at least the cents', () => {
    expect(formatListPrice((0.005 / 1000) * 1000)).toBe('$0.005');
    expect(formatListPrice(0.0004)).toBe('$0.0004');
    expect(formatListPrice(0.625)).toBe('$0.625');
    expect(formatListPrice(0.5)).toBe('$0.50');
  });
});

describe('formatUnits', () => {
  it('writes whole and half request units', () => {
    expect(formatUnits(2)).toBe('2');
    expect(formatUnits(0.5)).toBe('0.5');
    expect(formatUnits(1234.5)).toBe('1,234.5');
  });
});
