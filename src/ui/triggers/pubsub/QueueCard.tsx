// One SQS queue: its settings, its live figures (available, in flight, and for a dead-letter queue
// its messages), the mapping that polls it, and sending to it.
import { usePubSub, usePubSubLive } from '../../hooks/use-stores';
import type { QueueDraft } from '../../../store';
import { DeadLetterMessages } from './DeadLetterMessages';
import { MappingForm } from './MappingForm';
import { ProblemsOf } from './ProblemsOf';
import { QueueSettings } from './QueueSettings';
import { SendMessageForm } from './SendMessageForm';

interface Props {
  queue: QueueDraft;
  position: number;
  queues: QueueDraft[];
  onChange: (queue: QueueDraft) => void;
  onRemove: () => void;
}

export function QueueCard({ queue, position, queues, onChange, onRemove }: Props) {
  const problems = usePubSub((s) => s.problems);
  const live = usePubSubLive((s) => s.queues.get(queue.name));
  return (
    <fieldset className="field pubsub-card">
      <legend className="field-label">Queue {position}</legend>
      <div className="route-row">
        <span className="queue-figures" role="status" aria-label={`Queue ${position} messages`}>
          {live
            ? `${live.visible} available · ${live.inFlight} in flight` +
              (live.activeBatches > 0 ? ` · ${live.activeBatches} batch(es) in process` : '')
            : 'not on the platform'}
        </span>
        <button type="button" aria-label={`Remove queue ${queue.name}`} onClick={onRemove}>
          ×
        </button>
      </div>
      <QueueSettings queue={queue} position={position} queues={queues} onChange={onChange} />
      <ProblemsOf problems={problems} entries={[[`queue:${queue.id}`, null]]} />
      <MappingForm
        mapping={queue.mapping}
        onChange={(mapping) => onChange({ ...queue, mapping })}
      />
      <ProblemsOf problems={problems} entries={[[`mapping:${queue.id}`, 'Mapping']]} />
      {live?.messages && (
        <DeadLetterMessages
          queueId={queue.id}
          queueName={queue.name}
          live={live}
          messages={live.messages}
        />
      )}
      <SendMessageForm queueId={queue.id} queueName={queue.name} fifo={queue.fifo} />
    </fieldset>
  );
}
