import { describe, expect, it } from 'vitest';
import { isoMillis, isoSeconds, requestTime } from './time-format';

const AWS_SAMPLE = 1583348638390; // HttpApi.json's timeEpoch

describe('requestTime', () => {
  it('writes dd/MMM/yyyy:HH:mm:ss +0000 in UTC with zero padding', () => {
    expect(requestTime(Date.UTC(2020, 2, 12, 19, 3, 58))).toBe('12/Mar/2020:19:03:58 +0000');
    expect(requestTime(Date.UTC(2026, 0, 5, 4, 7, 9, 999))).toBe('05/Jan/2026:04:07:09 +0000');
    expect(requestTime(AWS_SAMPLE)).toBe('04/Mar/2020:19:03:58 +0000');
  });
});

describe('isoMillis', () => {
  it('keeps milliseconds', () => {
    expect(isoMillis(Date.UTC(2026, 0, 1, 12, 0, 0, 7))).toBe('2026-01-01T12:00:00.007Z');
  });
});

describe('isoSeconds', () => {
  it('drops milliseconds', () => {
    expect(isoSeconds(Date.UTC(2026, 0, 1, 12, 0, 0, 7))).toBe('2026-01-01T12:00:00Z');
  });
});
