// EventBridge cron expressions: `cron(Minutes Hours Day-of-month Month Day-of-week Year)`, UTC.
// Rules (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html):
// six fields; `?` only in Day-of-month or Day-of-week, and exactly one of them takes it ("If you
// specify a value (or a *) in one of the fields, you must use a ? in the other"); `L` = last day of
// the month / of the week; `3W` = the weekday nearest the 3rd; `3#2` = the second Tuesday (days of
// the week run 1 = SUN … 7 = SAT).
import { CRON_FIELDS, fieldValue, parseCronField } from './cron-field';

export type DayOfMonthRule =
  | { kind: 'any' }
  | { kind: 'days'; days: number[] }
  | { kind: 'last' }
  | { kind: 'nearest-weekday'; day: number };

export type DayOfWeekRule =
  { kind: 'any' } | { kind: 'days'; days: number[] } | { kind: 'nth'; day: number; nth: number };

/** A parsed cron expression: plain data, ascending value lists. */
export interface CronSpec {
  minutes: number[];
  hours: number[];
  dayOfMonth: DayOfMonthRule;
  months: number[];
  dayOfWeek: DayOfWeekRule;
  years: number[];
}

const { MINUTES, HOURS, DAY_OF_MONTH, MONTH, DAY_OF_WEEK, YEAR } = CRON_FIELDS;

function dayOfMonthRule(text: string): DayOfMonthRule | string {
  if (text === '?') return { kind: 'any' };
  if (text === 'L') return { kind: 'last' };
  const weekday = /^(\d+)W$/.exec(text);
  if (weekday) {
    const day = fieldValue(weekday[1] ?? '', DAY_OF_MONTH);
    return typeof day === 'string' ? day : { kind: 'nearest-weekday', day };
  }
  const days = parseCronField(text, DAY_OF_MONTH);
  return typeof days === 'string' ? days : { kind: 'days', days };
}

function dayOfWeekRule(text: string): DayOfWeekRule | string {
  if (text === '?') return { kind: 'any' };
  if (text === 'L') return { kind: 'days', days: [7] };
  const nth = /^(\w+)#(\d+)$/.exec(text);
  if (nth) {
    const day = fieldValue(nth[1] ?? '', DAY_OF_WEEK);
    if (typeof day === 'string') return day;
    const count = Number(nth[2]);
    if (count < 1 || count > 5) return `Day-of-week: in ${text} the count must be 1-5.`;
    return { kind: 'nth', day, nth: count };
  }
  const days = parseCronField(text, DAY_OF_WEEK);
  return typeof days === 'string' ? days : { kind: 'days', days };
}

/** The inside of `cron(…)` as a spec, or why it is invalid. */
export function parseCron(inner: string): CronSpec | string {
  const fields = inner.trim().split(/\s+/);
  if (fields.length !== 6) {
    return `cron() takes 6 fields (minutes hours day-of-month month day-of-week year), not ${fields.length}.`;
  }
  const [
    minuteText = '',
    hourText = '',
    domText = '',
    monthText = '',
    dowText = '',
    yearText = '',
  ] = fields;
  if ((domText === '?') === (dowText === '?')) {
    return domText === '?'
      ? 'Only one of day-of-month and day-of-week can be ?.'
      : 'Use ? in day-of-month or day-of-week: they cannot both be set, e.g. cron(0 12 * * ? *).';
  }
  const minutes = parseCronField(minuteText, MINUTES);
  if (typeof minutes === 'string') return minutes;
  const hours = parseCronField(hourText, HOURS);
  if (typeof hours === 'string') return hours;
  const dayOfMonth = dayOfMonthRule(domText);
  if (typeof dayOfMonth === 'string') return dayOfMonth;
  const months = parseCronField(monthText, MONTH);
  if (typeof months === 'string') return months;
  const dayOfWeek = dayOfWeekRule(dowText);
  if (typeof dayOfWeek === 'string') return dayOfWeek;
  const years = parseCronField(yearText, YEAR);
  if (typeof years === 'string') return years;
  return { minutes, hours, dayOfMonth, months, dayOfWeek, years };
}
