// DynamoDB's Number: up to 38 significant digits, magnitudes 1E-130 to 9.9999999999999999999999999999999999999E+125,
// sent and returned as a string. Stored exactly (no floating point): a decimal mantissa and a power
// of ten, so `0.1 + 0.2` is `0.3` as DynamoDB computes it. docs/aws-services.md#dynamodb-api.
import { validationError } from './errors';

export interface Decimal {
  /** Without trailing zeros; zero is 0n with exponent 0. */
  mantissa: bigint;
  exponent: number;
}

const NUMBER_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
const MAX_DIGITS = 38;

function normalized(mantissa: bigint, exponent: number): Decimal {
  if (mantissa === 0n) return { mantissa: 0n, exponent: 0 };
  let m = mantissa;
  let e = exponent;
  while (m % 10n === 0n) {
    m /= 10n;
    e += 1;
  }
  return { mantissa: m, exponent: e };
}

function digitCount(mantissa: bigint): number {
  return (mantissa < 0n ? -mantissa : mantissa).toString().length;
}

/** Parses a Number as DynamoDB accepts it; throws DynamoDB's ValidationException otherwise. */
export function parseNumber(text: string): Decimal {
  const match = NUMBER_TEXT.exec(text);
  const whole = match?.[2] ?? '';
  const fraction = match?.[3] ?? '';
  if (match === null || (whole === '' && fraction === '')) {
    throw validationError(
      `The parameter cannot be converted to a numeric value${text === '' ? '' : `: ${text}`}`,
    );
  }
  const sign = match[1] === '-' ? -1n : 1n;
  const exponent = Number(match[4] ?? '0') - fraction.length;
  const value = normalized(sign * BigInt(whole + fraction), exponent);
  if (value.mantissa === 0n) return value;
  if (digitCount(value.mantissa) > MAX_DIGITS) {
    throw validationError('Attempting to store more than 38 significant digits in a Number');
  }
  // The magnitude's decimal exponent: 9.9E+125 is the largest, 1E-130 the smallest.
  const magnitude = value.exponent + digitCount(value.mantissa) - 1;
  if (magnitude > 125) {
    throw validationError(
      'Number overflow. Attempting to store a number with magnitude larger than supported range',
    );
  }
  if (magnitude < -130) {
    throw validationError(
      'Number underflow. Attempting to store a number with magnitude smaller than supported range',
    );
  }
  return value;
}

/** The plain decimal text DynamoDB returns a Number as (no exponent, no redundant zeros). */
export function formatNumber(value: Decimal): string {
  const negative = value.mantissa < 0n;
  const digits = (negative ? -value.mantissa : value.mantissa).toString();
  let text: string;
  if (value.exponent >= 0) text = digits + '0'.repeat(value.exponent);
  else {
    const point = digits.length + value.exponent;
    text =
      point > 0
        ? `${digits.slice(0, point)}.${digits.slice(point)}`
        : `0.${'0'.repeat(-point)}${digits}`;
  }
  return negative ? `-${text}` : text;
}

/** The canonical text of a Number DynamoDB stores. */
export function canonicalNumber(text: string): string {
  return formatNumber(parseNumber(text));
}

function aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const exponent = Math.min(a.exponent, b.exponent);
  return [
    a.mantissa * 10n ** BigInt(a.exponent - exponent),
    b.mantissa * 10n ** BigInt(b.exponent - exponent),
    exponent,
  ];
}

export function compareNumbers(a: string, b: string): number {
  const [x, y] = aligned(parseNumber(a), parseNumber(b));
  return x < y ? -1 : x > y ? 1 : 0;
}

/** a + b (or a - b), checked against DynamoDB's precision and range like a stored Number. */
export function addNumbers(a: string, b: string, subtract = false): string {
  const [x, y, exponent] = aligned(parseNumber(a), parseNumber(b));
  const sum = normalized(subtract ? x - y : x + y, exponent);
  return canonicalNumber(formatNumber(sum));
}

/** Significant digits, as DynamoDB sizes a Number. */
export function significantDigits(text: string): number {
  const value = parseNumber(text);
  return value.mantissa === 0n ? 0 : digitCount(value.mantissa);
}
