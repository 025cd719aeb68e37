// How the Cost region writes money, counts and prices: cents for a month, every digit for a
// single invocation (a 128 MB millisecond costs $0.0000000020833375).

import { formatDecimal } from './decimal-text';

/** A monthly figure, as AWS's examples print it: `$145,015.20`. */
export function formatCents(usd: number): string {
  return `$${formatDecimal(usd, 2, 2)}`;
}

/**
 * A live figure with up to 15 significant digits (what a double holds exactly), at most 16
 * decimals, and no trailing zeros past the cents: `$0.0000002062500125`, `$1.5`→`$1.50`.
 */
export function formatUsdFine(usd: number): string {
  if (usd === 0) return '$0';
  const magnitude = Math.floor(Math.log10(Math.abs(usd)));
  const decimals = Math.min(16, Math.max(2, 14 - magnitude));
  const text = usd.toFixed(decimals).replace(/(\.\d\d\d*?)0+$/, '$1');
  return `$${text}`;
}

/** A unit price as AWS lists it: `$0.0000166667`, `$0.0000000309`, `$0.04048`. */
export function formatPrice(usd: number): string {
  return `$${usd.toFixed(10).replace(/\.?0+$/, '')}`;
}

/** Whole counts with separators: `3,000,000`. */
export function formatCount(count: number): string {
  return formatDecimal(Math.round(count), 0, 0);
}

/** GB-seconds: a session's fractions keep six decimals, a month's millions keep none. */
export function formatGbSeconds(gbSeconds: number): string {
  return formatDecimal(gbSeconds, 0, gbSeconds < 1000 ? 6 : 0);
}
