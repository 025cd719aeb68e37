// One SNS topic: its name, the functions subscribed to it, and publishing to it.
import type { TopicDraft } from '../../../store';
import { Field } from '../../forms/Field';
import { usePubSub, useWorkspace } from '../../hooks/use-stores';
import { PublishForm } from './PublishForm';
import { ProblemsOf } from './ProblemsOf';

interface Props {
  topic: TopicDraft;
  position: number;
  onChange: (topic: TopicDraft) => void;
  onRemove: () => void;
}

export function TopicCard({ topic, position, onChange, onRemove }: Props) {
  const functions = useWorkspace((s) => s.functions);
  const problems = usePubSub((s) => s.problems);
  const toggle = (functionId: string, on: boolean) =>
    onChange({
      ...topic,
      subscriberIds: on
        ? [...topic.subscriberIds, functionId]
        : topic.subscriberIds.filter((id) => id !== functionId),
    });
  return (
    <fieldset className="field pubsub-card">
      <legend className="field-label">Topic {position}</legend>
      <div className="route-row">
        <input
          className="mono"
          aria-label={`Topic ${position} name`}
          value={topic.name}
          onChange={(e) => onChange({ ...topic, name: e.target.value })}
        />
        <button type="button" aria-label={`Remove topic ${topic.name}`} onClick={onRemove}>
          ×
        </button>
      </div>
      <div className="route-row" role="group" aria-label={`Subscribers of ${topic.name}`}>
        <span className="field-label">Subscribers</span>
        {functions.map((fn) => (
          <Field layout="check" label={fn.config.name} key={fn.id}>
            <input
              type="checkbox"
              checked={topic.subscriberIds.includes(fn.id)}
              onChange={(e) => toggle(fn.id, e.target.checked)}
            />
          </Field>
        ))}
      </div>
      <ProblemsOf
        problems={problems}
        entries={[
          [`topic:${topic.id}`, null],
          ...functions.map((fn): [string, string] => [
            `subscription:${topic.id}:${fn.id}`,
            fn.config.name,
          ]),
        ]}
      />
      <PublishForm topicId={topic.id} topicName={topic.name} />
    </fieldset>
  );
}
