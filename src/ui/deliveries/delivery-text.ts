// What the Async events region says about an event and about all of them, as plain text: the
// status is always written out, colour only repeats it.
import type { DeliveriesState, DeliveryView } from '../../store';
import { failureLabel, keptInText } from '../../store';
import { formatCountdown } from '../format';

const SOURCE_LABELS: ReadonlyMap<string, string> = new Map([
  ['api', 'Invoke (Event)'],
  ['aws:s3', 'S3'],
  ['aws:sns', 'SNS'],
  ['aws.events', 'Schedule'],
]);

export function sourceLabel(source: string): string {
  return SOURCE_LABELS.get(source) ?? source;
}

/** The badge: `delivered`, `retrying in 1:42 (simulated)`, `in DLQ my-dlq`, `dropped: …`. */
export function statusText(view: DeliveryView, simulatedNow: number): string {
  const { status } = view;
  switch (status.kind) {
    case 'queued':
      return 'queued';
    case 'in-flight':
      return `attempt ${status.attempt} running`;
    case 'retrying':
      return `retrying in ${formatCountdown(status.dueAt - simulatedNow)} (simulated)`;
    case 'succeeded':
      return 'delivered';
    case 'failed':
      return `in ${keptInText(status.deliveries)}`;
    case 'dropped':
      return `dropped: ${failureLabel(status.reason)}`;
  }
}

export function attemptsText(view: DeliveryView): string {
  const n = view.attempts.length;
  const attempts = `${n} attempt${n === 1 ? '' : 's'}`;
  return view.throttles === 0 ? attempts : `${attempts}, ${view.throttles} throttled`;
}

/** `12 delivered · 1 retrying · 2 in DLQ · 0 dropped`, led by what is in flight when any is. */
export function summaryText(counts: DeliveriesState['counts']): string {
  const running = counts.queued + counts['in-flight'];
  const settled = [
    `${counts.succeeded} delivered`,
    `${counts.retrying} retrying`,
    `${counts.failed} in DLQ`,
    `${counts.dropped} dropped`,
  ].join(' · ');
  return running > 0 ? `${running} in flight · ${settled}` : settled;
}

/** `Error: always fails` from Lambda's error JSON; the text itself when it is not one. */
export function errorSummary(payload: string): string {
  try {
    const error = JSON.parse(payload) as { errorType?: unknown; errorMessage?: unknown };
    if (typeof error.errorType === 'string' && typeof error.errorMessage === 'string') {
      return `${error.errorType}: ${error.errorMessage}`;
    }
  } catch {
    // Not JSON (a clipped payload): shown as it is.
  }
  return payload;
}
