// Numbers written as `Intl.NumberFormat('en-US', { minimumFractionDigits, maximumFractionDigits })`
// writes them, without Intl: a page's first Intl object loads ICU's data, 50–120 ms measured on the
// app shell's first render (the Cost region formats a dozen figures), before anything has painted.

/** The digits of `x` (finite, ≥ 0) with no exponent, from its shortest round-tripping form. */
function plainDigits(x: number): { whole: string; fraction: string } {
  const [mantissa = '0', exponentText] = String(x).split('e');
  const [intPart = '0', fracPart = ''] = mantissa.split('.');
  const exponent = Number(exponentText ?? 0);
  const digits = intPart + fracPart;
  const point = intPart.length + exponent;
  if (point <= 0) return { whole: '0', fraction: '0'.repeat(-point) + digits };
  if (point >= digits.length)
    return { whole: digits + '0'.repeat(point - digits.length), fraction: '' };
  return { whole: digits.slice(0, point), fraction: digits.slice(point) };
}

/** Rounds half away from zero to `decimals` places, on the decimal digits (as Intl does: 1.005 → 1.01). */
function roundDigits(x: number, decimals: number): { whole: string; fraction: string } {
  const { whole, fraction } = plainDigits(x);
  if (fraction.length <= decimals) return { whole, fraction: fraction.padEnd(decimals, '0') };
  const kept = BigInt(whole + fraction.slice(0, decimals));
  const rounded = (fraction.charAt(decimals) >= '5' ? kept + 1n : kept)
    .toString()
    .padStart(decimals + 1, '0');
  const point = rounded.length - decimals;
  return { whole: rounded.slice(0, point), fraction: rounded.slice(point) };
}

/** `12,345.6` for (12345.6, 0, 2): thousands grouped, between `min` and `max` decimals. */
export function formatDecimal(value: number, min: number, max: number): string {
  if (Number.isNaN(value)) return 'NaN';
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  if (!Number.isFinite(value)) return `${sign}∞`;
  const { whole, fraction } = roundDigits(Math.abs(value), max);
  const shown = fraction.replace(/0+$/, '').padEnd(min, '0');
  const groupedWhole = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${sign}${groupedWhole}${shown ? `.${shown}` : ''}`;
}
