// What PutBucketNotificationConfiguration would refuse in a bucket's notifications, per field, and
// which filters can never match (S3 takes them, but compares them with the URL-encoded key).
import { decodeS3Key, encodeS3Key } from '../triggers';
import type { BucketDraft, NotificationDraft } from './model';

/** The event types the tab offers: the ones the simulated bucket produces, and their wildcards. */
export const NOTIFICATION_EVENT_TYPES = [
  's3:ObjectCreated:*',
  's3:ObjectCreated:Put',
  's3:ObjectRemoved:*',
  's3:ObjectRemoved:Delete',
] as const;

/** Per field of one notification: why S3 would refuse it. */
export type NotificationProblems = Partial<
  Record<'events' | 'prefix' | 'suffix' | 'functionId' | 'overlap', string>
>;

// FilterRule.Value: "The maximum length is 1,024 characters" (Amazon S3 API Reference, FilterRule).
const MAX_FILTER = 1024;

function eventTypesOverlap(a: string, b: string): boolean {
  const covers = (wide: string, narrow: string) =>
    wide.endsWith(':*') && narrow.startsWith(wide.slice(0, -1));
  return a === b || covers(a, b) || covers(b, a);
}

/**
 * S3 refuses two configurations with "Configuration is ambiguously defined. Cannot have overlapping
 * suffixes in two rules if the prefixes are overlapping for the same event type." (AWS Knowledge
 * Center, lambda-s3-event-configuration-error). It takes the same events with non-overlapping
 * prefixes or suffixes, and overlapping filters on different events (S3 User Guide, "Configuring
 * event notifications using object key name filtering"). An empty filter overlaps every other.
 */
export function notificationsOverlap(a: NotificationDraft, b: NotificationDraft): boolean {
  const sameEvent = a.events.some((x) => b.events.some((y) => eventTypesOverlap(x, y)));
  const prefixes = a.prefix.startsWith(b.prefix) || b.prefix.startsWith(a.prefix);
  const suffixes = a.suffix.endsWith(b.suffix) || b.suffix.endsWith(a.suffix);
  return sameEvent && prefixes && suffixes;
}

function filterProblem(value: string, kind: 'prefix' | 'suffix'): string | undefined {
  return value.length > MAX_FILTER ? `A ${kind} is at most 1,024 characters.` : undefined;
}

/** Each notification's problems, in order; a later one is the one said to overlap. */
export function notificationProblems(
  bucket: BucketDraft,
  functionIds: ReadonlySet<string>,
): NotificationProblems[] {
  return bucket.notifications.map((notification, index) => {
    const problems: NotificationProblems = {};
    if (notification.events.length === 0) problems.events = 'Choose at least one event type.';
    const prefix = filterProblem(notification.prefix, 'prefix');
    if (prefix) problems.prefix = prefix;
    const suffix = filterProblem(notification.suffix, 'suffix');
    if (suffix) problems.suffix = suffix;
    if (!functionIds.has(notification.functionId)) problems.functionId = 'Choose a function.';
    const earlier = bucket.notifications
      .slice(0, index)
      .findIndex((other) => notificationsOverlap(other, notification));
    if (earlier >= 0) {
      problems.overlap = `Overlaps notification ${earlier + 1}: S3 refuses two rules for the same event type whose prefixes and whose suffixes both overlap ("Configuration is ambiguously defined").`;
    }
    return problems;
  });
}

/**
 * A filter S3 would take but that can never match: S3 compares it with the key as the event
 * writes it, so a space must be `+` and other special characters percent-encoded (S3 User Guide,
 * "Configuring event notifications using object key name filtering"). Null when it can match.
 */
export function filterHint(value: string): string | null {
  let decoded: string;
  try {
    decoded = decodeS3Key(value);
  } catch {
    return 'This filter has a % that does not start a valid %XX escape, so no key can match it.';
  }
  // "A wildcard character ("*") can't be used in filters" (same page): it stands for itself.
  if (value.includes('*')) return 'A * is not a wildcard here: it matches only a * in the key.';
  if (encodeS3Key(decoded) === value) return null;
  return `S3 compares filters with the URL-encoded key, so this never matches: write ${encodeS3Key(value)}`;
}
