// A queue's own settings: name, standard or FIFO, visibility timeout, and the redrive policy that
// moves a message to a dead-letter queue after maxReceiveCount receives. Changing any of them makes
// the queue again, without its messages.
import type { QueueDraft } from '../../../store';
import { Field } from '../../forms/Field';
import { NumberField } from '../../settings/NumberField';

interface Props {
  queue: QueueDraft;
  position: number;
  queues: QueueDraft[];
  onChange: (queue: QueueDraft) => void;
}

/** A FIFO queue's name ends in `.fifo`: toggling the type adds or drops the suffix. */
function renamedFor(name: string, fifo: boolean): string {
  if (fifo) return name.endsWith('.fifo') ? name : `${name}.fifo`;
  return name.endsWith('.fifo') ? name.slice(0, -'.fifo'.length) : name;
}

export function QueueSettings({ queue, position, queues, onChange }: Props) {
  const set = (change: Partial<QueueDraft>) => onChange({ ...queue, ...change });
  const others = queues.filter((q) => q.id !== queue.id);
  return (
    <>
      <div className="route-row">
        <input
          className="mono"
          aria-label={`Queue ${position} name`}
          value={queue.name}
          onChange={(e) => set({ name: e.target.value })}
        />
        <Field layout="check" label="FIFO">
          <input
            type="checkbox"
            checked={queue.fifo}
            onChange={(e) =>
              set({ fifo: e.target.checked, name: renamedFor(queue.name, e.target.checked) })
            }
          />
        </Field>
      </div>
      <div className="route-row">
        <NumberField
          label="Visibility timeout (s)"
          value={queue.visibilityTimeoutSec}
          onChange={(visibilityTimeoutSec) => set({ visibilityTimeoutSec })}
        />
        <Field label="Dead-letter queue">
          <select
            value={queue.redrive?.deadLetterQueueId ?? ''}
            onChange={(e) =>
              set({
                redrive: e.target.value
                  ? {
                      deadLetterQueueId: e.target.value,
                      maxReceiveCount: queue.redrive?.maxReceiveCount ?? 3,
                    }
                  : null,
              })
            }
          >
            <option value="">None</option>
            {others.map((q) => (
              <option key={q.id} value={q.id}>
                {q.name}
              </option>
            ))}
          </select>
        </Field>
        {queue.redrive && (
          <NumberField
            label="Max receive count"
            value={queue.redrive.maxReceiveCount}
            onChange={(maxReceiveCount) => set({ redrive: { ...queue.redrive!, maxReceiveCount } })}
          />
        )}
      </div>
    </>
  );
}
