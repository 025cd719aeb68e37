// EventBridge rate expressions: `rate(value unit)`, unit minute(s) | hour(s) | day(s).
// "If the value is equal to 1, then the unit must be singular. If the value is greater than 1, the
// unit must be plural. For example, rate(1 hours) and rate(5 hour) aren't valid."
// https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rate-expressions.html

const UNIT_MS = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;
type Unit = keyof typeof UNIT_MS;

function isUnit(text: string): text is Unit {
  return text in UNIT_MS;
}

/** The period in ms of the inside of `rate(…)`, or why it is invalid. */
export function parseRate(inner: string): { periodMs: number } | { message: string } {
  const parts = inner.trim().split(/\s+/);
  const [valueText = '', unitText = ''] = parts;
  if (parts.length !== 2)
    return { message: 'A rate needs a value and a unit, e.g. rate(5 minutes).' };
  if (!/^\d+$/.test(valueText) || Number(valueText) < 1) {
    return { message: `The value "${valueText}" must be a positive whole number.` };
  }
  const value = Number(valueText);
  const singular = unitText.endsWith('s') ? unitText.slice(0, -1) : unitText;
  if (!isUnit(singular)) {
    return { message: `Unknown unit "${unitText}": use minute, hour or day (plural above 1).` };
  }
  if (value === 1 && unitText !== singular) {
    return { message: `With a value of 1 the unit must be singular: rate(1 ${singular}).` };
  }
  if (value > 1 && unitText === singular) {
    return {
      message: `With a value above 1 the unit must be plural: rate(${value} ${singular}s).`,
    };
  }
  return { periodMs: value * UNIT_MS[singular] };
}
