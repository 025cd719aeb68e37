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

/** Dollars with enough digits to show a single invocation's fraction of a cent. */
export function formatUsd(usd: number): string {
  if (usd === 0) return '$0';
  if (usd >= 0.01) return `$${usd.toFixed(2)}`;
  return `$${usd.toFixed(10).replace(/0+$/, '')}`;
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
