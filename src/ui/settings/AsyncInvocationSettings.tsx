// The function's "Asynchronous invocation" settings, as the Lambda console groups them: retries,
// maximum event age, the dead-letter queue (an SQS queue or SNS topic) and the on-success and
// on-failure destinations (docs/aws-lambda.md#destinations-and-dead-letter-queues). Targets are
// picked from the workspace's own queues, topics, functions, event buses and buckets.
import type { DestinationType, FunctionConfig } from '../../engine';
import { asyncSettingsOf, DEFAULT_BUS, DESTINATION_TYPE_LABELS } from '../../engine';
import { Field } from '../forms/Field';
import { useWorkspace } from '../hooks/use-stores';
import { NumberField } from './NumberField';

interface Props {
  config: FunctionConfig;
  problemOf: (field: keyof FunctionConfig) => string | undefined;
  set: (change: Partial<FunctionConfig>) => void;
}

type Target = { type: DestinationType; name: string } | null;

/** The names each kind of target can take in this workspace. */
function useTargetNames(self: string): Record<DestinationType, string[]> {
  const queues = useWorkspace((s) => s.queues);
  const topics = useWorkspace((s) => s.topics);
  const functions = useWorkspace((s) => s.functions);
  const buses = useWorkspace((s) => s.eventBuses);
  const buckets = useWorkspace((s) => s.buckets);
  return {
    // Lambda sends only to standard queues.
    sqs: queues.filter((q) => !q.fifo).map((q) => q.name),
    sns: topics.map((t) => t.name),
    lambda: functions.map((f) => f.config.name).filter((name) => name !== self),
    eventbridge: [
      DEFAULT_BUS,
      ...(buses ?? []).map((b) => b.name).filter((name) => name !== DEFAULT_BUS),
    ],
    s3: buckets.map((b) => b.name),
  };
}

interface TargetProps {
  label: string;
  types: readonly DestinationType[];
  value: Target;
  names: Record<DestinationType, string[]>;
  problem: string | undefined;
  onChange: (target: Target) => void;
}

/** Two selects: the kind of target (or none), then which one. */
function TargetPicker({ label, types, value, names, problem, onChange }: TargetProps) {
  const choices = value ? names[value.type] : [];
  return (
    <>
      <Field label={`${label} type`}>
        <select
          value={value?.type ?? ''}
          onChange={(e) => {
            const type = e.target.value as DestinationType | '';
            onChange(type === '' ? null : { type, name: names[type][0] ?? '' });
          }}
        >
          <option value="">None</option>
          {types.map((type) => (
            <option key={type} value={type}>
              {DESTINATION_TYPE_LABELS[type]}
            </option>
          ))}
        </select>
      </Field>
      {value && (
        <Field label={label} problem={problem}>
          <select
            value={value.name}
            onChange={(e) => onChange({ type: value.type, name: e.target.value })}
          >
            {!choices.includes(value.name) && (
              <option value={value.name}>{value.name || '—'}</option>
            )}
            {choices.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </Field>
      )}
    </>
  );
}

const ALL_TYPES: readonly DestinationType[] = ['sqs', 'sns', 'lambda', 'eventbridge', 's3'];
const SUCCESS_TYPES = ALL_TYPES.filter((type) => type !== 's3');
const DEAD_LETTER_TYPES: readonly DestinationType[] = ['sqs', 'sns'];

export function AsyncInvocationSettings({ config, problemOf, set }: Props) {
  const names = useTargetNames(config.name);
  const effective = asyncSettingsOf(config);
  return (
    <fieldset className="async-settings">
      <legend>Asynchronous invocation</legend>
      <Field label="Retry attempts" problem={problemOf('maximumRetryAttempts')}>
        <select
          value={effective.maximumRetryAttempts}
          onChange={(e) => set({ maximumRetryAttempts: Number(e.target.value) })}
        >
          {[0, 1, 2].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </Field>
      <NumberField
        label="Maximum age of event (s)"
        value={effective.maximumEventAgeSec}
        problem={problemOf('maximumEventAgeSec')}
        onChange={(maximumEventAgeSec) => set({ maximumEventAgeSec })}
      />
      {/* Setting a target clears the older SQS-only field it replaces. */}
      <TargetPicker
        label="Dead-letter queue"
        types={DEAD_LETTER_TYPES}
        value={effective.deadLetter}
        names={names}
        problem={problemOf('deadLetter')}
        onChange={(t) =>
          set({
            deadLetter: t && { type: t.type === 'sns' ? 'sns' : 'sqs', name: t.name },
            deadLetterQueue: null,
          })
        }
      />
      <TargetPicker
        label="On-success destination"
        types={SUCCESS_TYPES}
        value={effective.onSuccess}
        names={names}
        problem={problemOf('onSuccess')}
        onChange={(onSuccess) => set({ onSuccess })}
      />
      <TargetPicker
        label="On-failure destination"
        types={ALL_TYPES}
        value={effective.onFailure}
        names={names}
        problem={problemOf('onFailure')}
        onChange={(onFailure) => set({ onFailure, onFailureDestination: null })}
      />
    </fieldset>
  );
}
