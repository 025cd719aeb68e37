// The Async events region: every event of the async queue accounted for (delivered, retrying, in a
// dead-letter queue, or dropped with the reason), newest first, and what SQS queues did.
import { useMemo } from 'react';
import { DELIVERIES_KEPT } from '../../store';
import { DeliveryRow } from './DeliveryRow';
import { QueueTallies } from './QueueTallies';
import { summaryText } from './delivery-text';
import { useSimulatedNow } from '../hooks/use-simulated-now';
import { useDeliveries } from '../hooks/use-stores';

export function DeliveriesPanel() {
  const byId = useDeliveries((s) => s.byId);
  const order = useDeliveries((s) => s.order);
  const counts = useDeliveries((s) => s.counts);
  const newestFirst = useMemo(() => order.map((id) => byId.get(id)!).reverse(), [order, byId]);
  const now = useSimulatedNow(counts.retrying > 0);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);

  return (
    <section className="panel deliveries" aria-label="Async events">
      <h2>Async events</h2>
      {total === 0 ? (
        <p className="hint">
          None yet. Event invokes, S3 uploads, SNS messages and schedules queue here, each shown
          delivered, retrying, in a DLQ or dropped.
        </p>
      ) : (
        <>
          <p className="deliveries-summary" data-testid="deliveries-summary">
            {summaryText(counts)}
          </p>
          <ul className="delivery-list" aria-label="Recent async events">
            {newestFirst.map((view) => (
              <DeliveryRow
                key={view.requestId}
                view={view}
                now={view.status.kind === 'retrying' ? now : 0}
              />
            ))}
          </ul>
          {total > order.length && (
            <p className="hint">
              The list keeps the newest {DELIVERIES_KEPT}; the counts above cover all {total}.
            </p>
          )}
        </>
      )}
      <QueueTallies />
    </section>
  );
}
