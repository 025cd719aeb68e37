// An EventBridge schedule expression, `rate(…)` or `cron(…)`, and when it fires next.
// A rate "starts when you create the scheduled event rule" (AWS, Rate expressions reference), so
// its firings are counted from the creation time; cron firings are fixed UTC minutes.
import { parseCron, type CronSpec } from './cron';
import { nextCronTime } from './cron-next';
import { parseRate } from './rate';

export type Schedule =
  | { kind: 'rate'; expression: string; periodMs: number }
  | { kind: 'cron'; expression: string; cron: CronSpec };

export type ScheduleParse = { ok: true; schedule: Schedule } | { ok: false; message: string };

/** Reads `rate(5 minutes)` or `cron(0 12 * * ? *)`; an invalid expression gets a message saying why. */
export function parseScheduleExpression(text: string): ScheduleParse {
  const expression = text.trim();
  const call = /^(rate|cron)\((.*)\)$/.exec(expression);
  if (!call) {
    return {
      ok: false,
      message: 'Write rate(value unit) or cron(minutes hours day month weekday year).',
    };
  }
  const [, kind, inner = ''] = call;
  if (kind === 'rate') {
    const rate = parseRate(inner);
    return 'message' in rate
      ? { ok: false, message: rate.message }
      : { ok: true, schedule: { kind: 'rate', expression, periodMs: rate.periodMs } };
  }
  const cron = parseCron(inner);
  return typeof cron === 'string'
    ? { ok: false, message: cron }
    : { ok: true, schedule: { kind: 'cron', expression, cron } };
}

/**
 * The first firing strictly after `afterMs`, or null when a cron has none left (its years ended).
 * For a rate, pass the rule's creation time first and then each firing: the next is one period on.
 */
export function nextFireTime(schedule: Schedule, afterMs: number): number | null {
  return schedule.kind === 'rate'
    ? afterMs + schedule.periodMs
    : nextCronTime(schedule.cron, afterMs);
}
