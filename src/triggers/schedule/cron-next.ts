// When a cron schedule next fires: the first whole UTC minute after a given instant that every
// field allows. Walks day by day, skipping whole years and months the expression excludes.
import type { CronSpec } from './cron';

const MINUTE_MS = 60_000;
const LAST_YEAR = 2199;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 1 = Sunday … 7 = Saturday, as EventBridge numbers them. */
function weekday(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 1;
}

/** The weekday (Mon–Fri) nearest `day` within its month, as `W` asks for. */
function nearestWeekday(year: number, month: number, day: number): number | null {
  const last = daysInMonth(year, month);
  if (day > last) return null;
  const dow = weekday(year, month, day);
  if (dow === 7) return day === 1 ? 3 : day - 1;
  if (dow === 1) return day === last ? day - 2 : day + 1;
  return day;
}

function dayMatches(spec: CronSpec, year: number, month: number, day: number): boolean {
  const dom = spec.dayOfMonth;
  const domOk =
    dom.kind === 'any' ||
    (dom.kind === 'days' && dom.days.includes(day)) ||
    (dom.kind === 'last' && day === daysInMonth(year, month)) ||
    (dom.kind === 'nearest-weekday' && nearestWeekday(year, month, dom.day) === day);
  const dow = spec.dayOfWeek;
  const today = weekday(year, month, day);
  const dowOk =
    dow.kind === 'any' ||
    (dow.kind === 'days' && dow.days.includes(today)) ||
    (dow.kind === 'nth' && dow.day === today && Math.ceil(day / 7) === dow.nth);
  return domOk && dowOk;
}

/** The first allowed minute of the day at or after `fromMinute` (minutes since midnight). */
function firstTime(spec: CronSpec, fromMinute: number): number | null {
  for (const hour of spec.hours) {
    for (const minute of spec.minutes) {
      if (hour * 60 + minute >= fromMinute) return hour * 60 + minute;
    }
  }
  return null;
}

/** The next firing strictly after `afterMs` (epoch ms, UTC), or null if there is none before 2200. */
export function nextCronTime(spec: CronSpec, afterMs: number): number | null {
  const start = new Date((Math.floor(afterMs / MINUTE_MS) + 1) * MINUTE_MS);
  let [year, month, day] = [start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate()];
  let fromMinute = start.getUTCHours() * 60 + start.getUTCMinutes();
  const nextMonth = () => {
    [month, day, fromMinute] = [month + 1, 1, 0];
    if (month > 12) [year, month] = [year + 1, 1];
  };
  while (year <= LAST_YEAR) {
    if (!spec.years.includes(year)) [year, month, day, fromMinute] = [year + 1, 1, 1, 0];
    else if (!spec.months.includes(month) || day > daysInMonth(year, month)) nextMonth();
    else {
      const minute = dayMatches(spec, year, month, day) ? firstTime(spec, fromMinute) : null;
      if (minute !== null) return Date.UTC(year, month - 1, day) + minute * MINUTE_MS;
      [day, fromMinute] = [day + 1, 0];
    }
  }
  return null;
}
