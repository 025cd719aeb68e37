// What each SQS queue did with its messages since the page opened: one line per queue.
import type { QueueTally } from '../../store';
import { useDeliveries } from '../hooks/use-stores';

function tallyText(tally: QueueTally): string {
  const parts = [
    `${tally.sent} sent`,
    `${tally.batches} batch${tally.batches === 1 ? '' : 'es'} received`,
    `${tally.deleted} deleted`,
    `${tally.returned} returned after a failure`,
    `${tally.movedToDeadLetter} moved to its DLQ`,
  ];
  if (tally.movedIn > 0) parts.push(`${tally.movedIn} moved in`);
  return parts.join(' · ');
}

export function QueueTallies() {
  const queues = useDeliveries((s) => s.queues);
  const rows = [...queues].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (rows.length === 0) return null;
  return (
    <>
      <h3 className="field-label">SQS messages</h3>
      <ul className="queue-tallies" aria-label="SQS messages by queue">
        {rows.map(([name, tally]) => (
          <li key={name}>
            <span className="mono">{name}</span>: {tallyText(tally)}
          </li>
        ))}
      </ul>
    </>
  );
}
