import { describe, expect, it } from 'vitest';
import { nextFireTime, parseScheduleExpression, type Schedule } from './schedule-expression';

function schedule(text: string): Schedule {
  const parsed = parseScheduleExpression(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.schedule;
}

describe('parseScheduleExpression', () => {
  it('reads rate and cron expressions', () => {
    expect(parseScheduleExpression(' rate(1 minute) ')).toEqual({
      ok: true,
      schedule: { kind: 'rate', expression: 'rate(1 minute)', periodMs: 60_000 },
    });
    expect(schedule('cron(0 12 * * ? *)')).toMatchObject({
      kind: 'cron',
      cron: { minutes: [0], hours: [12] },
    });
  });

  it('passes on the reason an expression is invalid', () => {
    expect(parseScheduleExpression('rate(1 minutes)')).toEqual({
      ok: false,
      message: 'With a value of 1 the unit must be singular: rate(1 minute).',
    });
    expect(parseScheduleExpression('cron(0 12 * * * *)')).toEqual({
      ok: false,
      message:
        'Use ? in day-of-month or day-of-week: they cannot both be set, e.g. cron(0 12 * * ? *).',
    });
    expect(parseScheduleExpression('every 5 minutes')).toEqual({
      ok: false,
      message: 'Write rate(value unit) or cron(minutes hours day month weekday year).',
    });
  });
});

describe('nextFireTime', () => {
  it('counts a rate from the time it is given', () => {
    const created = Date.UTC(2026, 0, 1, 12, 0, 30, 500);
    const first = nextFireTime(schedule('rate(5 minutes)'), created);
    expect(first).toBe(created + 300_000);
    expect(nextFireTime(schedule('rate(5 minutes)'), first ?? 0)).toBe(created + 600_000);
  });

  it('finds the next cron minute strictly after the instant', () => {
    const noon = schedule('cron(0 12 * * ? *)');
    expect(nextFireTime(noon, Date.UTC(2026, 0, 1, 11, 59, 59))).toBe(Date.UTC(2026, 0, 1, 12, 0));
    expect(nextFireTime(noon, Date.UTC(2026, 0, 1, 12, 0))).toBe(Date.UTC(2026, 0, 2, 12, 0));
  });
});
