// Sends a message, or N copies of it, to a queue; a FIFO queue's messages need a group id.
import { useState } from 'react';
import { usePubSub } from '../../hooks/use-stores';
import type { AttributeRow } from '../../../store';
import { sendToQueue } from '../../../store';
import { Field } from '../../forms/Field';
import { NumberField } from '../../settings/NumberField';
import { AttributesEditor } from './AttributesEditor';
import { ActionRow } from './ActionRow';

// A bound of the playground's, not of SQS: each copy is its own SendMessage.
const MAX_COPIES = 1000;

interface Props {
  queueId: string;
  queueName: string;
  fifo: boolean;
}

export function SendMessageForm({ queueId, queueName, fifo }: Props) {
  const [body, setBody] = useState('{"job": 1}');
  const [attributes, setAttributes] = useState<AttributeRow[]>([]);
  const [groupId, setGroupId] = useState('group-1');
  const [copies, setCopies] = useState(1);
  const outcome = usePubSub((s) => s.outcomes.get(`send:${queueId}`));
  const copiesProblem =
    Number.isInteger(copies) && copies >= 1 && copies <= MAX_COPIES
      ? undefined
      : `Send 1 to ${MAX_COPIES} copies.`;
  return (
    <form
      className="pubsub-action"
      aria-label={`Send to ${queueName}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (copiesProblem === undefined) {
          void sendToQueue(queueId, { body, attributes, groupId, copies });
        }
      }}
    >
      <Field label="Message body">
        <textarea
          className="mono"
          rows={2}
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
      </Field>
      <AttributesEditor rows={attributes} onRows={setAttributes} />
      <div className="route-row">
        {fifo && (
          <Field label="Message group id">
            <input value={groupId} onChange={(e) => setGroupId(e.target.value)} />
          </Field>
        )}
        <NumberField label="Copies" value={copies} problem={copiesProblem} onChange={setCopies} />
      </div>
      <ActionRow outcome={outcome}>
        <button type="submit" className="primary">
          Send
        </button>
      </ActionRow>
    </form>
  );
}
