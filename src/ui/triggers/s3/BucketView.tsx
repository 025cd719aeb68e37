// One bucket: drop files anywhere on it to upload them; its objects, notifications and the
// events its changes sent.
import { useState } from 'react';
import type { BucketDraft } from '../../../store';
import { deleteBucket, putObject } from '../../../store';
import { Field } from '../../forms/Field';
import { NewTextObjectForm } from './NewTextObjectForm';
import { NotificationList } from './NotificationList';
import { ObjectTable } from './ObjectTable';
import { RecentChanges } from './RecentChanges';

/** Puts the files one after another, so their events keep the order they were chosen in. */
async function uploadFiles(bucket: string, files: readonly File[]): Promise<string | null> {
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const outcome = await putObject(bucket, { key: file.name, bytes, contentType: file.type });
    if (!outcome.ok) return `${file.name}: ${outcome.problem}`;
  }
  return null;
}

export function BucketView({ bucket }: { bucket: BucketDraft }) {
  const [dragging, setDragging] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const upload = (files: readonly File[]) => void uploadFiles(bucket.name, files).then(setProblem);
  return (
    <section
      className={dragging ? 'bucket dragging' : 'bucket'}
      aria-label={`Bucket ${bucket.name}`}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        // Leaving for one of the bucket's own children is not leaving the bucket.
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        upload([...e.dataTransfer.files]);
      }}
    >
      <div className="panel-title">
        <h3 className="mono">{bucket.name}</h3>
        <button
          type="button"
          aria-label={`Delete bucket ${bucket.name}`}
          onClick={() => setProblem(deleteBucket(bucket.id))}
        >
          Delete bucket
        </button>
      </div>
      <Field className="field drop-zone" label="Upload files (or drop them on the bucket)">
        <input
          type="file"
          multiple
          onChange={(e) => {
            upload([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </Field>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <NewTextObjectForm bucket={bucket.name} />
      <ObjectTable bucket={bucket.name} />
      <NotificationList bucket={bucket} />
      <RecentChanges bucket={bucket.name} />
    </section>
  );
}
