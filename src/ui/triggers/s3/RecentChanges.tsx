// What each change to the bucket sent: one async invoke per matching notification, or nothing.
import { useS3Objects } from '../../hooks/use-stores';
import type { S3ChangeView } from '../../../store';

function outcome(change: S3ChangeView): string {
  if (change.problem) return `not sent: ${change.problem}`;
  const count = change.requestIds.length;
  if (count === 0) return 'no notification matched: nothing invoked';
  const invokes = count === 1 ? '1 async invoke' : `${count} async invokes`;
  return `${invokes} (202 Accepted): ${change.requestIds.join(', ')}`;
}

export function RecentChanges({ bucket }: { bucket: string }) {
  const changes = useS3Objects((s) => s.changes);
  const mine = changes.filter((change) => change.bucket === bucket);
  if (mine.length === 0) return null;
  return (
    <section aria-label={`Events from ${bucket}`}>
      <h4 className="field-label">Events sent (newest first)</h4>
      <ul className="item-list">
        {mine.map((change) => (
          <li key={change.seq} className="mono" data-testid="s3-change">
            {change.eventName} {change.key} → {outcome(change)}
          </li>
        ))}
      </ul>
    </section>
  );
}
