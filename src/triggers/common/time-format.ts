// How AWS writes an instant into events: API Gateway's request time and ISO-8601 in two precisions.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function two(value: number): string {
  return String(value).padStart(2, '0');
}

/** `12/Mar/2020:19:03:58 +0000`: API Gateway's `requestContext.time` / `requestTime`, always UTC. */
export function requestTime(timeMs: number): string {
  const date = new Date(timeMs);
  const day = `${two(date.getUTCDate())}/${MONTHS[date.getUTCMonth()]}/${date.getUTCFullYear()}`;
  const clock = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
  return `${day}:${clock} +0000`;
}

/** `2026-01-01T12:00:00.000Z`: S3 `eventTime` and SNS `Timestamp`. */
export function isoMillis(timeMs: number): string {
  return new Date(timeMs).toISOString();
}

/** `2026-01-01T12:00:00Z`: EventBridge's `time`, which carries no milliseconds. */
export function isoSeconds(timeMs: number): string {
  return new Date(timeMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
