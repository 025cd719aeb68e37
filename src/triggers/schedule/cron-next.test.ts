import { describe, expect, it } from 'vitest';
import { parseCron, type CronSpec } from './cron';
import { nextCronTime } from './cron-next';

function spec(text: string): CronSpec {
  const parsed = parseCron(text);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

/** The next `count` firings after `from`, as ISO strings. */
function firings(text: string, from: number, count: number): string[] {
  const times: string[] = [];
  let after = from;
  for (let i = 0; i < count; i++) {
    const next = nextCronTime(spec(text), after);
    if (next === null) break;
    times.push(new Date(next).toISOString());
    after = next;
  }
  return times;
}

const THU_1_JAN_2026 = Date.UTC(2026, 0, 1);

describe('nextCronTime', () => {
  it('steps through minutes and hours on weekdays only', () => {
    expect(firings('0/20 17-18 ? * MON-FRI *', Date.UTC(2026, 0, 2, 18, 30), 3)).toEqual([
      '2026-01-02T18:40:00.000Z',
      '2026-01-05T17:00:00.000Z',
      '2026-01-05T17:20:00.000Z',
    ]);
  });

  it('handles the last day of the month, leap years included', () => {
    expect(firings('0 0 L * ? *', Date.UTC(2028, 0, 15), 3)).toEqual([
      '2028-01-31T00:00:00.000Z',
      '2028-02-29T00:00:00.000Z',
      '2028-03-31T00:00:00.000Z',
    ]);
  });

  it('moves W to the nearest weekday without leaving the month', () => {
    // 2026-02-01 is a Sunday → Monday the 2nd; 2026-01-31 is a Saturday → Friday the 30th;
    // 2026-08-01 is a Saturday → Monday the 3rd (not back into July).
    expect(firings('0 9 1W * ? 2026', Date.UTC(2026, 1, 1), 1)).toEqual([
      '2026-02-02T09:00:00.000Z',
    ]);
    expect(firings('0 9 31W JAN ? 2026', THU_1_JAN_2026, 1)).toEqual(['2026-01-30T09:00:00.000Z']);
    expect(firings('0 9 1W AUG ? 2026', THU_1_JAN_2026, 1)).toEqual(['2026-08-03T09:00:00.000Z']);
    expect(firings('0 9 15W * ? 2026', THU_1_JAN_2026, 1)).toEqual(['2026-01-15T09:00:00.000Z']);
  });

  it('finds the nth weekday of the month and the last day of the week', () => {
    expect(firings('0 10 ? * 3#2 *', THU_1_JAN_2026, 2)).toEqual([
      '2026-01-13T10:00:00.000Z',
      '2026-02-10T10:00:00.000Z',
    ]);
    expect(firings('30 6 ? * L *', THU_1_JAN_2026, 2)).toEqual([
      '2026-01-03T06:30:00.000Z',
      '2026-01-10T06:30:00.000Z',
    ]);
  });

  it('skips to allowed years and months, and ends when the years run out', () => {
    expect(firings('0 0 29 FEB ? 2026-2030', THU_1_JAN_2026, 2)).toEqual([
      '2028-02-29T00:00:00.000Z',
    ]);
    expect(nextCronTime(spec('0 0 1 JAN ? 2199'), Date.UTC(2199, 0, 1))).toBeNull();
    expect(nextCronTime(spec('0 0 31 FEB ? *'), THU_1_JAN_2026)).toBeNull();
  });
});
