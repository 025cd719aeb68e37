// Which bucket notifications a change sets off: event-type patterns plus key prefix/suffix.
// S3 compares the filters with the key as the event writes it — "If your prefix or suffix contains
// a space, you must replace it with the '+' character. If you use any other special characters in
// the value of the prefix or suffix, you must enter them in URL-encoded (percent-encoded) format."
// (AWS S3 user guide, "Configuring event notifications using object key name filtering"), so a
// filter `my photo` never matches: it has to be `my+photo`. Wildcards are not supported there.
import { encodeS3Key } from './key-encoding';
import type { S3EventName } from './s3-event';

/** The event types a notification subscribes to, as the S3 console and API name them. */
export type S3EventPattern =
  | 's3:ObjectCreated:*'
  | `s3:${Extract<S3EventName, `ObjectCreated:${string}`>}`
  | 's3:ObjectRemoved:*'
  | `s3:${Extract<S3EventName, `ObjectRemoved:${string}`>}`;

export interface S3NotificationConfig {
  events: readonly S3EventPattern[];
  /** Compared with the encoded key. */
  prefix?: string;
  suffix?: string;
}

function patternMatches(pattern: S3EventPattern, eventName: S3EventName): boolean {
  const name = `s3:${eventName}`;
  return pattern.endsWith(':*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}

/** Whether `config` fires for this change to the object stored under `key` (not yet encoded). */
export function matchesNotification(
  config: S3NotificationConfig,
  eventName: S3EventName,
  key: string,
): boolean {
  const encoded = encodeS3Key(key);
  return (
    config.events.some((pattern) => patternMatches(pattern, eventName)) &&
    encoded.startsWith(config.prefix ?? '') &&
    encoded.endsWith(config.suffix ?? '')
  );
}
