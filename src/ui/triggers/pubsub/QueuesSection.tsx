// The workspace's SQS queues: add, edit and remove them (removing a dead-letter queue takes it out
// of the redrive policies that named it).
import { newQueueDraft, withoutQueue, workspaceActions } from '../../../store';
import { useWorkspace } from '../../hooks/use-stores';
import { QueueCard } from './QueueCard';

export function QueuesSection() {
  const queues = useWorkspace((s) => s.queues);
  return (
    <section className="pubsub-section" aria-label="SQS queues">
      <h3 className="field-label">SQS queues</h3>
      {queues.length === 0 && <p className="hint">No queues yet.</p>}
      {queues.map((queue, i) => (
        <QueueCard
          key={queue.id}
          queue={queue}
          position={i + 1}
          queues={queues}
          onChange={(changed) =>
            workspaceActions.setQueues(queues.map((q) => (q.id === queue.id ? changed : q)))
          }
          onRemove={() => workspaceActions.setQueues(withoutQueue(queues, queue.id))}
        />
      ))}
      <button
        type="button"
        onClick={() => workspaceActions.setQueues([...queues, newQueueDraft(queues)])}
      >
        Add queue
      </button>
    </section>
  );
}
