// How the Cost region writes a month's money, counts and prices. A live figure (one invocation,
// the session so far) is written with every digit by formatUsd (../format.ts), as everywhere else.

import { formatDecimal } from './decimal-text';

/** A monthly figure, as AWS's examples print it: `$145,015.20`. */
export function formatCents(usd: number): string {
  return `$${formatDecimal(usd, 2, 2)}`;
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

/** A price per 1,000 or per million requests, with every listed digit: `$0.0004`, `$0.625`, `$0.50`. */
export function formatListPrice(usd: number): string {
  return `$${formatDecimal(usd, 2, 6)}`;
}

/** Request units, whole or halved (an eventually consistent read costs half a unit): `2`, `0.5`. */
export function formatUnits(units: number): string {
  return formatDecimal(units, 0, 6);
}
