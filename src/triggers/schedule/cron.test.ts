import { describe, expect, it } from 'vitest';
import { parseCron } from './cron';

describe('parseCron', () => {
  it('parses AWS examples into plain data', () => {
    const weekdays = parseCron('0/5 8-17 ? * MON-FRI *');
    expect(weekdays).toMatchObject({
      minutes: [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55],
      hours: [8, 9, 10, 11, 12, 13, 14, 15, 16, 17],
      dayOfMonth: { kind: 'any' },
      months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      dayOfWeek: { kind: 'days', days: [2, 3, 4, 5, 6] },
    });
    expect(typeof weekdays !== 'string' && [weekdays.years[0], weekdays.years.at(-1)]).toEqual([
      1970, 2199,
    ]);
    expect(parseCron('15 10 ? * 6L 2026')).toBe('Day-of-week: "6L" is not a value.');
    expect(parseCron('0 8 1 * ? *')).toMatchObject({
      dayOfMonth: { kind: 'days', days: [1] },
      dayOfWeek: { kind: 'any' },
    });
    expect(parseCron('0 9 L * ? *')).toMatchObject({ dayOfMonth: { kind: 'last' } });
    expect(parseCron('0 9 3W * ? *')).toMatchObject({
      dayOfMonth: { kind: 'nearest-weekday', day: 3 },
    });
    expect(parseCron('0 9 ? * 3#2 *')).toMatchObject({
      dayOfWeek: { kind: 'nth', day: 3, nth: 2 },
    });
    expect(parseCron('0 9 ? * TUE#2 *')).toMatchObject({
      dayOfWeek: { kind: 'nth', day: 3, nth: 2 },
    });
    expect(parseCron('0 9 ? * L *')).toMatchObject({ dayOfWeek: { kind: 'days', days: [7] } });
  });

  it('explains invalid expressions', () => {
    expect(parseCron('*/5 * * * *')).toBe(
      'cron() takes 6 fields (minutes hours day-of-month month day-of-week year), not 5.',
    );
    expect(parseCron('0 12 * * * *')).toBe(
      'Use ? in day-of-month or day-of-week: they cannot both be set, e.g. cron(0 12 * * ? *).',
    );
    expect(parseCron('0 12 ? * ? *')).toBe('Only one of day-of-month and day-of-week can be ?.');
    expect(parseCron('0 24 * * ? *')).toBe('Hours: 24 is out of range 0-23.');
    expect(parseCron('? 1 * * ? *')).toBe('Minutes: "?" is not a value.');
    expect(parseCron('0 1 32W * ? *')).toBe('Day-of-month: 32 is out of range 1-31.');
    expect(parseCron('0 1 ? * 2#6 *')).toBe('Day-of-week: in 2#6 the count must be 1-5.');
    expect(parseCron('0 1 * * ? 2200')).toBe('Year: 2200 is out of range 1970-2199.');
  });
});
