// EventBridge: the account's `default` bus and custom buses, each with rules whose event pattern
// selects the events sent to a function (asynchronously), an SQS queue or an SNS topic; a function's
// destination can put its invocation records on a bus (docs/aws-lambda.md#eventbridge-event-buses-and-rules).
import { useState } from 'react';
import { DEFAULT_BUS } from '../../../engine';
import type { EventBusDraft, EventRuleDraft } from '../../../store';
import { sendEvent, workspaceActions } from '../../../store';
import type { EventRuleTargetType } from '../../../workspace/model';
import { Field } from '../../forms/Field';
import { useEventBridge, useWorkspace } from '../../hooks/use-stores';

const TARGET_LABELS: Record<EventRuleTargetType, string> = {
  lambda: 'Lambda function',
  sqs: 'SQS queue',
  sns: 'SNS topic',
};

let created = 0;
const newId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++created}`;

/** The default bus's draft, made when it first gets a rule. */
function withDefault(buses: EventBusDraft[]): EventBusDraft[] {
  return buses.some((b) => b.name === DEFAULT_BUS)
    ? buses
    : [{ id: 'bus-default', name: DEFAULT_BUS, rules: [] }, ...buses];
}

function useTargets(type: EventRuleTargetType): Array<{ id: string; name: string }> {
  const functions = useWorkspace((s) => s.functions);
  const queues = useWorkspace((s) => s.queues);
  const topics = useWorkspace((s) => s.topics);
  if (type === 'lambda') return functions.map((f) => ({ id: f.id, name: f.config.name }));
  if (type === 'sqs') return queues.map((q) => ({ id: q.id, name: q.name }));
  return topics.map((t) => ({ id: t.id, name: t.name }));
}

function RuleCard(props: {
  rule: EventRuleDraft;
  onChange: (rule: EventRuleDraft) => void;
  onRemove: () => void;
}) {
  const { rule, onChange, onRemove } = props;
  const target = rule.targets[0] ?? { type: 'lambda' as const, targetId: '' };
  const choices = useTargets(target.type);
  const problem = useEventBridge((s) => s.problems.get(`rule:${rule.id}`));
  const setTarget = (type: EventRuleTargetType, targetId: string) =>
    onChange({ ...rule, targets: targetId ? [{ type, targetId }] : [] });
  return (
    <fieldset className="field pubsub-card" aria-label={`Rule ${rule.name}`}>
      <legend className="field-label">Rule {rule.name}</legend>
      <div className="route-row">
        <Field label="Rule name">
          <input
            className="mono"
            value={rule.name}
            onChange={(e) => onChange({ ...rule, name: e.target.value })}
          />
        </Field>
        <Field layout="check" label="Enabled">
          <input
            type="checkbox"
            checked={rule.enabled}
            onChange={(e) => onChange({ ...rule, enabled: e.target.checked })}
          />
        </Field>
        <button type="button" aria-label={`Remove rule ${rule.name}`} onClick={onRemove}>
          ×
        </button>
      </div>
      <Field label="Event pattern" problem={problem}>
        <textarea
          className="mono"
          rows={3}
          value={rule.pattern}
          onChange={(e) => onChange({ ...rule, pattern: e.target.value })}
        />
      </Field>
      <div className="route-row">
        <Field label="Target type">
          <select
            value={target.type}
            onChange={(e) => setTarget(e.target.value as EventRuleTargetType, '')}
          >
            {(Object.keys(TARGET_LABELS) as EventRuleTargetType[]).map((type) => (
              <option key={type} value={type}>
                {TARGET_LABELS[type]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Target">
          <select value={target.targetId} onChange={(e) => setTarget(target.type, e.target.value)}>
            <option value="">None</option>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
    </fieldset>
  );
}

function SendEventForm({ bus }: { bus: EventBusDraft }) {
  const [source, setSource] = useState('my.app');
  const [detailType, setDetailType] = useState('Order Placed');
  const [detail, setDetail] = useState('{"total": 150}');
  const outcome = useEventBridge((s) => s.outcomes.get(bus.id));
  return (
    <form
      className="route-row"
      aria-label={`Send event to ${bus.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        void sendEvent(bus.id, { source, detailType, detail });
      }}
    >
      <Field label="Source">
        <input value={source} onChange={(e) => setSource(e.target.value)} />
      </Field>
      <Field label="Detail type">
        <input value={detailType} onChange={(e) => setDetailType(e.target.value)} />
      </Field>
      <Field label="Detail">
        <input className="mono" value={detail} onChange={(e) => setDetail(e.target.value)} />
      </Field>
      <button type="submit">Send event</button>
      {outcome && <p role="status">{outcome}</p>}
    </form>
  );
}

function BusCard({ bus, buses }: { bus: EventBusDraft; buses: EventBusDraft[] }) {
  const problem = useEventBridge((s) => s.problems.get(`bus:${bus.id}`));
  const save = (changed: EventBusDraft) =>
    workspaceActions.setEventBuses(
      withDefault(buses).map((b) => (b.id === bus.id || b.name === bus.name ? changed : b)),
    );
  const isDefault = bus.name === DEFAULT_BUS;
  return (
    <fieldset className="field pubsub-card" aria-label={`Event bus ${bus.name}`}>
      <legend className="field-label">Event bus {bus.name}</legend>
      {!isDefault && (
        <div className="route-row">
          <Field label="Event bus name" problem={problem}>
            <input
              className="mono"
              value={bus.name}
              onChange={(e) => save({ ...bus, name: e.target.value })}
            />
          </Field>
          <button
            type="button"
            aria-label={`Remove event bus ${bus.name}`}
            onClick={() => workspaceActions.setEventBuses(buses.filter((b) => b.id !== bus.id))}
          >
            ×
          </button>
        </div>
      )}
      {bus.rules.map((rule) => (
        <RuleCard
          key={rule.id}
          rule={rule}
          onChange={(changed) =>
            save({ ...bus, rules: bus.rules.map((r) => (r.id === rule.id ? changed : r)) })
          }
          onRemove={() => save({ ...bus, rules: bus.rules.filter((r) => r.id !== rule.id) })}
        />
      ))}
      <button
        type="button"
        aria-label={`Add rule to ${bus.name}`}
        onClick={() =>
          save({
            ...bus,
            rules: [
              ...bus.rules,
              {
                id: newId('rule'),
                name: `rule-${bus.rules.length + 1}`,
                pattern: '{"source": ["lambda"]}',
                enabled: true,
                targets: [],
              },
            ],
          })
        }
      >
        Add rule
      </button>
      <SendEventForm bus={bus} />
    </fieldset>
  );
}

export function EventBridgeSection() {
  const buses = useWorkspace((s) => s.eventBuses) ?? [];
  const shown = withDefault(buses);
  return (
    <section className="pubsub-section" aria-label="EventBridge">
      <h3 className="field-label">EventBridge</h3>
      <p className="hint">
        A rule sends each event on its bus that matches its pattern to its target. A function&apos;s
        destination of type EventBridge puts its invocation records here, with source lambda.
      </p>
      {shown.map((bus) => (
        <BusCard key={bus.id} bus={bus} buses={buses} />
      ))}
      <button
        type="button"
        onClick={() =>
          workspaceActions.setEventBuses([
            ...withDefault(buses),
            { id: newId('bus'), name: `bus-${buses.length + 1}`, rules: [] },
          ])
        }
      >
        Add event bus
      </button>
    </section>
  );
}
