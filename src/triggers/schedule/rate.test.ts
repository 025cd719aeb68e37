import { describe, expect, it } from 'vitest';
import { parseRate } from './rate';

describe('parseRate', () => {
  it('reads singular for 1 and plural above', () => {
    expect(parseRate('1 minute')).toEqual({ periodMs: 60_000 });
    expect(parseRate('5 minutes')).toEqual({ periodMs: 300_000 });
    expect(parseRate('1 hour')).toEqual({ periodMs: 3_600_000 });
    expect(parseRate(' 2   days ')).toEqual({ periodMs: 172_800_000 });
  });

  it("rejects AWS's own invalid examples and other mistakes with a clear message", () => {
    expect(parseRate('1 hours')).toEqual({
      message: 'With a value of 1 the unit must be singular: rate(1 hour).',
    });
    expect(parseRate('5 hour')).toEqual({
      message: 'With a value above 1 the unit must be plural: rate(5 hours).',
    });
    expect(parseRate('0 minutes')).toEqual({
      message: 'The value "0" must be a positive whole number.',
    });
    expect(parseRate('1.5 hours')).toEqual({
      message: 'The value "1.5" must be a positive whole number.',
    });
    expect(parseRate('2 weeks')).toEqual({
      message: 'Unknown unit "weeks": use minute, hour or day (plural above 1).',
    });
    expect(parseRate('5')).toEqual({
      message: 'A rate needs a value and a unit, e.g. rate(5 minutes).',
    });
  });
});
