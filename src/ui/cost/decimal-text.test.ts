import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal } from './decimal-text';

const intl = (value: number, min: number, max: number) =>
  new Intl.NumberFormat('en-US', { minimumFractionDigits: min, maximumFractionDigits: max }).format(
    value,
  );

describe(formatDecimal, () => {
  it('groups thousands and keeps between min and max decimals', () => {
    expect(formatDecimal(1234567.891, 0, 2)).toBe('1,234,567.89');
    expect(formatDecimal(145015.2, 2, 2)).toBe('145,015.20');
    expect(formatDecimal(3_000_000, 0, 0)).toBe('3,000,000');
    expect(formatDecimal(0.0416667, 0, 6)).toBe('0.041667');
    expect(formatDecimal(0, 2, 2)).toBe('0.00');
  });

  it('rounds half away from zero on the decimal digits, as Intl does', () => {
    expect(formatDecimal(1.005, 2, 2)).toBe('1.01');
    expect(formatDecimal(999.995, 2, 2)).toBe('1,000.00');
    expect(formatDecimal(-2.5, 0, 0)).toBe('-3');
    expect(formatDecimal(-0.001, 0, 2)).toBe('-0');
  });

  it('writes exponents out in full', () => {
    expect(formatDecimal(1.5e-7, 0, 7)).toBe('0.0000002');
    expect(formatDecimal(1e21, 0, 0)).toBe('1,000,000,000,000,000,000,000');
  });

  it('names what is not a number as Intl does', () => {
    expect([NaN, Infinity, -Infinity].map((x) => formatDecimal(x, 0, 2))).toEqual([
      'NaN',
      '∞',
      '-∞',
    ]);
  });

  it('agrees with Intl.NumberFormat en-US on any double and digit range', () => {
    fc.assert(
      fc.property(
        fc.double(),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 12 }),
        (value, min, extra) => {
          expect(formatDecimal(value, min, min + extra)).toBe(intl(value, min, min + extra));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
