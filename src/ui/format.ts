// Formats several panels share: an invocation's outcome in the console's words, dollars, a duration
// in ms, JSON text, a countdown. The Cost region adds its own for cents, counts, GB-seconds and a
// single invocation's every digit (cost/money-format.ts).
import type { InvokeStatus } from '../engine';

/** How an invocation ended, in the console's words. */
export const INVOKE_STATUS_LABEL: Record<InvokeStatus, string> = {
  ok: 'Succeeded',
  error: 'Failed',
  timeout: 'Timed out',
  crash: 'Crashed',
};

/**
 * Dollars as the session bills them, the one format for a cost wherever it shows (log line,
 * result, timeline, receipts, live total): every digit a double holds exactly (15 significant, at
 * most 16 decimals), and no trailing zeros past the cents, so a 128 MB millisecond's fraction of a
 * cent shows whole and the receipts add up to the total to the last digit:
 * `$0.0000002062500125`, `$1.5` → `$1.50`. A month's bill is written in cents (formatCents).
 */
export function formatUsd(usd: number): string {
  if (usd === 0) return '$0';
  const magnitude = Math.floor(Math.log10(Math.abs(usd)));
  const decimals = Math.min(16, Math.max(2, 14 - magnitude));
  const text = usd.toFixed(decimals).replace(/(\.\d\d\d*?)0+$/, '$1');
  return `$${text}`;
}

export function formatMs(ms: number): string {
  return `${ms.toFixed(2)} ms`;
}

/** JSON text shown indented when it parses, as it came when it does not. */
export function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** `1:42`, or `1:02:05` past an hour; never negative. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
