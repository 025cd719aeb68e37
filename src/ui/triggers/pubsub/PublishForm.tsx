// Publishes a message to a topic: every subscribed function gets its own SNS event, asynchronously.
import { useState } from 'react';
import type { AttributeRow } from '../../../store';
import { publishToTopic } from '../../../store';
import { Field } from '../../forms/Field';
import { usePubSub } from '../../hooks/use-stores';
import { AttributesEditor } from './AttributesEditor';
import { ActionRow } from './ActionRow';

export function PublishForm({ topicId, topicName }: { topicId: string; topicName: string }) {
  const [message, setMessage] = useState('{"orderId": 42}');
  const [subject, setSubject] = useState('');
  const [attributes, setAttributes] = useState<AttributeRow[]>([]);
  const outcome = usePubSub((s) => s.outcomes.get(`publish:${topicId}`));
  return (
    <form
      className="pubsub-action"
      aria-label={`Publish to ${topicName}`}
      onSubmit={(e) => {
        e.preventDefault();
        void publishToTopic(topicId, { message, subject, attributes });
      }}
    >
      <Field label="Message">
        <textarea
          className="mono"
          rows={2}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
        />
      </Field>
      <Field label="Subject (optional)">
        <input value={subject} onChange={(e) => setSubject(e.target.value)} />
      </Field>
      <AttributesEditor rows={attributes} onRows={setAttributes} />
      <ActionRow outcome={outcome}>
        <button type="submit" className="primary">
          Publish
        </button>
      </ActionRow>
    </form>
  );
}
