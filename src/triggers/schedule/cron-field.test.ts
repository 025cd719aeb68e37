import { describe, expect, it } from 'vitest';
import { CRON_FIELDS, fieldValue, parseCronField } from './cron-field';

const { MINUTES, MONTH, DAY_OF_WEEK: WEEKDAY } = CRON_FIELDS;

describe('fieldValue', () => {
  it('reads numbers and names, case-insensitively', () => {
    expect(fieldValue('jul', MONTH)).toBe(7);
    expect(fieldValue('SUN', WEEKDAY)).toBe(1);
    expect(fieldValue('13', MONTH)).toBe('Month: 13 is out of range 1-12.');
    expect(fieldValue('x', MINUTES)).toBe('Minutes: "x" is not a value.');
  });
});

describe('parseCronField', () => {
  it('expands *, lists, ranges and steps', () => {
    expect(parseCronField('*', MONTH)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(parseCronField('5,35', MINUTES)).toEqual([5, 35]);
    expect(parseCronField('1/10', MINUTES)).toEqual([1, 11, 21, 31, 41, 51]);
    expect(parseCronField('0/15', MINUTES)).toEqual([0, 15, 30, 45]);
    expect(parseCronField('*/20', MINUTES)).toEqual([0, 20, 40]);
    expect(parseCronField('10-30/10,5', MINUTES)).toEqual([5, 10, 20, 30]);
    expect(parseCronField('MON-FRI', WEEKDAY)).toEqual([2, 3, 4, 5, 6]);
    expect(parseCronField('JAN,FEB,MAR', MONTH)).toEqual([1, 2, 3]);
  });

  it('explains invalid fields', () => {
    expect(parseCronField('60', MINUTES)).toBe('Minutes: 60 is out of range 0-59.');
    expect(parseCronField('FRI-MON', WEEKDAY)).toBe(
      'Day-of-week: the range FRI-MON runs backwards.',
    );
    expect(parseCronField('*/2', WEEKDAY)).toBe('Day-of-week: / is not allowed here.');
    expect(parseCronField('0/0', MINUTES)).toBe(
      'Minutes: the step in "0/0" must be a positive whole number.',
    );
    expect(parseCronField('1-2-3', MINUTES)).toBe('Minutes: "1-2-3" is not a range.');
    expect(parseCronField('1//2', MINUTES)).toBe('Minutes: "1//2" has more than one /.');
    expect(parseCronField('', MINUTES)).toBe('Minutes: "" is not a value.');
  });
});
