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
import { Field, FieldProblem } from '../../forms/Field';
import { FunctionOptions } from '../FunctionOptions';

interface Props {
  bucketId: string;
  index: number;
  notification: NotificationDraft;
  problems: NotificationProblems;
}

function FilterField(props: {
  label: 'Prefix' | 'Suffix';
  value: string;
  problem?: string;
  onChange: (v: string) => void;
}) {
  return (
    <Field label={props.label} problem={props.problem} hint={filterHint(props.value)}>
      {({ describedBy, invalid }) => (
        <input
          className="mono"
          value={props.value}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

export function NotificationEditor({ bucketId, index, notification, problems }: Props) {
  const ids = { events: useId(), overlap: useId() };
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
          <Field key={type} layout="check" className="check mono" label={type}>
            <input
              type="checkbox"
              checked={notification.events.includes(type)}
              onChange={(e) => toggle(type, e.target.checked)}
            />
          </Field>
        ))}
        <FieldProblem id={ids.events} text={problems.events} />
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
        <Field label="Function" problem={problems.functionId}>
          {({ describedBy }) => (
            <select
              value={notification.functionId}
              aria-describedby={describedBy}
              onChange={(e) => update({ functionId: e.target.value })}
            >
              <FunctionOptions />
            </select>
          )}
        </Field>
        <button
          type="button"
          aria-label={`Remove notification ${index + 1}`}
          onClick={() => removeNotification(bucketId, notification.id)}
        >
          ×
        </button>
      </div>
      <FieldProblem id={ids.overlap} text={problems.overlap} />
    </fieldset>
  );
}
