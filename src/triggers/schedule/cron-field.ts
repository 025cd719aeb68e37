// One field of an EventBridge cron expression as a sorted list of values: `*`, `5`, `1-5`, `0/15`,
// `MON-FRI`, `JAN,JUL`. Field ranges and wildcards per field:
// https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html
// (Minutes 0-59, Hours 0-23, Day-of-month 1-31, Month 1-12 or JAN-DEC, Day-of-week 1-7 or SUN-SAT,
// Year 1970-2199; `/` everywhere but Day-of-week). `*/n` and `a-b/n` follow the cron dialect the
// AWS syntax comes from; AWS documents `a/n` ("1/10 … every tenth minute, starting from the first").

export interface CronFieldSpec {
  name: string;
  min: number;
  max: number;
  /** Names for min, min + 1, …: JAN… or SUN… */
  names?: readonly string[];
  allowsStep: boolean;
}

export const MONTH_NAMES = [
  'JAN',
  'FEB',
  'MAR',
  'APR',
  'MAY',
  'JUN',
  'JUL',
  'AUG',
  'SEP',
  'OCT',
  'NOV',
  'DEC',
];
export const DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

/** A single value of the field (number or name), or why not. */
export function fieldValue(text: string, field: CronFieldSpec): number | string {
  const named = field.names?.indexOf(text.toUpperCase()) ?? -1;
  const value = named >= 0 ? field.min + named : /^\d+$/.test(text) ? Number(text) : NaN;
  if (Number.isNaN(value)) return `${field.name}: "${text}" is not a value.`;
  if (value < field.min || value > field.max) {
    return `${field.name}: ${text} is out of range ${field.min}-${field.max}.`;
  }
  return value;
}

function rangeOf(text: string, field: CronFieldSpec): [number, number] | string {
  if (text === '*') return [field.min, field.max];
  const [fromText = '', toText, extra] = text.split('-');
  if (extra !== undefined) return `${field.name}: "${text}" is not a range.`;
  const from = fieldValue(fromText, field);
  if (typeof from === 'string') return from;
  const to = toText === undefined ? from : fieldValue(toText, field);
  if (typeof to === 'string') return to;
  if (from > to) return `${field.name}: the range ${text} runs backwards.`;
  return [from, toText === undefined ? from : to];
}

function itemValues(item: string, field: CronFieldSpec): number[] | string {
  const [rangeText = '', stepText, extra] = item.split('/');
  if (extra !== undefined) return `${field.name}: "${item}" has more than one /.`;
  if (stepText !== undefined && !field.allowsStep) return `${field.name}: / is not allowed here.`;
  const range = rangeOf(rangeText, field);
  if (typeof range === 'string') return range;
  if (stepText !== undefined && !/^[1-9]\d*$/.test(stepText)) {
    return `${field.name}: the step in "${item}" must be a positive whole number.`;
  }
  const step = stepText === undefined ? 1 : Number(stepText);
  // `a/n` runs from a to the end of the field; `a-b/n` and `*/n` stay inside their range.
  const end = stepText !== undefined && !rangeText.includes('-') ? field.max : range[1];
  const values: number[] = [];
  for (let value = range[0]; value <= end; value += step) values.push(value);
  return values;
}

/** The field's values, ascending and without repeats, or why the text is invalid. */
export function parseCronField(text: string, field: CronFieldSpec): number[] | string {
  const values = new Set<number>();
  for (const item of text.split(',')) {
    const itemResult = itemValues(item, field);
    if (typeof itemResult === 'string') return itemResult;
    itemResult.forEach((value) => values.add(value));
  }
  return [...values].sort((a, b) => a - b);
}

/** The six fields of an EventBridge cron expression, in order, with their ranges and names. */
export const CRON_FIELDS = {
  MINUTES: { name: 'Minutes', min: 0, max: 59, allowsStep: true },
  HOURS: { name: 'Hours', min: 0, max: 23, allowsStep: true },
  DAY_OF_MONTH: { name: 'Day-of-month', min: 1, max: 31, allowsStep: true },
  MONTH: {
    name: 'Month',
    min: 1,
    max: 12,
    names: MONTH_NAMES,
    allowsStep: true,
  },
  DAY_OF_WEEK: {
    name: 'Day-of-week',
    min: 1,
    max: 7,
    names: DAY_NAMES,
    allowsStep: false,
  },
  YEAR: { name: 'Year', min: 1970, max: 2199, allowsStep: true },
} as const satisfies Record<string, CronFieldSpec>;
