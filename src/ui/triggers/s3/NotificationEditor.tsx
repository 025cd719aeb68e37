// One notification: event types, prefix and suffix filters, target function, and what S3 would
// say about each.
import { useId } from 'react';
import type { NotificationDraft, NotificationProblems } from '../../../store';
import {
  filterHint,
  NOTIFICATION_EVENT_TYPES,
  removeNotification,
  updateNotification,
} from '../../../store';
import { FunctionOptions } from '../FunctionOptions';

interface Props {
  bucketId: string;
  index: number;
  notification: NotificationDraft;
  problems: NotificationProblems;
}

function Message({ id, text }: { id: string; text: string | null | undefined }) {
  if (!text) return null;
  return (
    <span className="field-problem" id={id} role="alert">
      {text}
    </span>
  );
}

function FilterField(props: {
  label: 'Prefix' | 'Suffix';
  value: string;
  problem?: string;
  onChange: (v: string) => void;
}) {
  const id = useId();
  const message = props.problem ?? filterHint(props.value);
  return (
    <label className="field">
      <span className="field-label">{props.label}</span>
      <input
        className="mono"
        value={props.value}
        aria-invalid={props.problem !== undefined}
        aria-describedby={message ? id : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <Message id={id} text={message} />
    </label>
  );
}

export function NotificationEditor({ bucketId, index, notification, problems }: Props) {
  const ids = { events: useId(), fn: useId(), overlap: useId() };
  const update = (change: Partial<Omit<NotificationDraft, 'id'>>) =>
    updateNotification(bucketId, notification.id, change);
  const toggle = (type: string, on: boolean) =>
    update({
      events: on ? [...notification.events, type] : notification.events.filter((t) => t !== type),
    });
  return (
    <fieldset
      className="field notification"
      aria-describedby={problems.overlap ? ids.overlap : undefined}
    >
      <legend className="field-label">
        Notification {index + 1} <span className="mono">({notification.id})</span>
      </legend>
      <fieldset className="event-types" aria-describedby={problems.events ? ids.events : undefined}>
        <legend className="field-label">Event types</legend>
        {NOTIFICATION_EVENT_TYPES.map((type) => (
          <label key={type} className="check mono">
            <input
              type="checkbox"
              checked={notification.events.includes(type)}
              onChange={(e) => toggle(type, e.target.checked)}
            />
            {type}
          </label>
        ))}
        <Message id={ids.events} text={problems.events} />
      </fieldset>
      <div className="route-row">
        <FilterField
          label="Prefix"
          value={notification.prefix}
          problem={problems.prefix}
          onChange={(prefix) => update({ prefix })}
        />
        <FilterField
          label="Suffix"
          value={notification.suffix}
          problem={problems.suffix}
          onChange={(suffix) => update({ suffix })}
        />
        <label className="field">
          <span className="field-label">Function</span>
          <select
            value={notification.functionId}
            aria-describedby={problems.functionId ? ids.fn : undefined}
            onChange={(e) => update({ functionId: e.target.value })}
          >
            <FunctionOptions />
          </select>
          <Message id={ids.fn} text={problems.functionId} />
        </label>
        <button
          type="button"
          aria-label={`Remove notification ${index + 1}`}
          onClick={() => removeNotification(bucketId, notification.id)}
        >
          ×
        </button>
      </div>
      <Message id={ids.overlap} text={problems.overlap} />
    </fieldset>
  );
}
