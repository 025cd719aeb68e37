// Where the Load tab sends its traffic: a function directly, or a trigger (the HTTP front door,
// an S3 bucket, an SNS topic, an SQS queue), with what each request carries.
import type { LoadDraft, LoadTargetDraft, LoadTargetKind } from '../../store';
import { LOAD_TARGET_KINDS, loadTargetOf } from '../../store';
import { Field } from '../forms/Field';
import { useWorkspace } from '../hooks/use-stores';
import { FunctionOptions } from './FunctionOptions';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** A <select> of the workspace's buckets, topics or queues, by id, shown by name. */
function DraftSelect(props: {
  label: string;
  value: string;
  drafts: ReadonlyArray<{ id: string; name: string }>;
  onChange: (id: string) => void;
}) {
  const { label, value, drafts, onChange } = props;
  return (
    <Field label={label}>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">
          {drafts.length === 0 ? `No ${label.toLowerCase()} yet` : 'Choose…'}
        </option>
        {drafts.map((draft) => (
          <option key={draft.id} value={draft.id}>
            {draft.name}
          </option>
        ))}
      </select>
    </Field>
  );
}

function BodyField({ label, target, set }: { label: string; target: LoadTargetDraft; set: Set }) {
  return (
    <Field label={label}>
      <input className="mono" value={target.body} onChange={(e) => set({ body: e.target.value })} />
    </Field>
  );
}

type Set = (change: Partial<LoadTargetDraft>) => void;

function KindFields({ target, set }: { target: LoadTargetDraft; set: Set }) {
  const buckets = useWorkspace((s) => s.buckets);
  const topics = useWorkspace((s) => s.topics);
  const queues = useWorkspace((s) => s.queues);
  switch (target.kind) {
    case 'invoke':
      return null;
    case 'http':
      return (
        <>
          <Field label="Method">
            <select value={target.method} onChange={(e) => set({ method: e.target.value })}>
              {METHODS.map((method) => (
                <option key={method}>{method}</option>
              ))}
            </select>
          </Field>
          <Field label="Path">
            <input
              className="mono"
              value={target.path}
              onChange={(e) => set({ path: e.target.value })}
            />
          </Field>
          {target.method !== 'GET' && <BodyField label="Body" target={target} set={set} />}
        </>
      );
    case 's3':
      return (
        <>
          <DraftSelect
            label="Bucket"
            value={target.bucketId}
            drafts={buckets}
            onChange={(bucketId) => set({ bucketId })}
          />
          <Field label="Object key">
            <input
              className="mono"
              value={target.keyPattern}
              onChange={(e) => set({ keyPattern: e.target.value })}
            />
          </Field>
          <BodyField label="Object content" target={target} set={set} />
        </>
      );
    case 'sns':
      return (
        <>
          <DraftSelect
            label="Topic"
            value={target.topicId}
            drafts={topics}
            onChange={(topicId) => set({ topicId })}
          />
          <BodyField label="Message" target={target} set={set} />
        </>
      );
    case 'sqs':
      return (
        <>
          <DraftSelect
            label="Queue"
            value={target.queueId}
            drafts={queues}
            onChange={(queueId) => set({ queueId })}
          />
          <BodyField label="Message body" target={target} set={set} />
        </>
      );
  }
}

export function LoadTargetFields({
  load,
  onChange,
}: {
  load: LoadDraft;
  onChange: (load: LoadDraft) => void;
}) {
  const target = loadTargetOf(load);
  const set: Set = (change) => onChange({ ...load, target: { ...target, ...change } });
  return (
    <>
      <Field label="Send to">
        <select
          value={target.kind}
          onChange={(e) => set({ kind: e.target.value as LoadTargetKind })}
        >
          {Object.entries(LOAD_TARGET_KINDS).map(([kind, label]) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      {target.kind === 'invoke' && (
        <Field label="Function">
          <select
            value={load.functionId}
            onChange={(e) => onChange({ ...load, functionId: e.target.value })}
          >
            <FunctionOptions />
          </select>
        </Field>
      )}
      <KindFields target={target} set={set} />
    </>
  );
}
