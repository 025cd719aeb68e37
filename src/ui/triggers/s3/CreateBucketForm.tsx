// Creates a bucket, with S3's naming rules checked as the name is typed.
import { useId, useState } from 'react';
import { newBucketNameProblem, createBucket } from '../../../store';
import { Field, FieldProblem } from '../../forms/Field';
import { useWorkspace } from '../../hooks/use-stores';

export function CreateBucketForm() {
  const [name, setName] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const problemId = useId();
  const taken = useWorkspace((s) => s.buckets).map((bucket) => bucket.name);
  const problem = name === '' ? refusal : newBucketNameProblem(name, taken);
  return (
    <form
      className="route-row"
      aria-label="Create bucket"
      onSubmit={(e) => {
        e.preventDefault();
        const refused = createBucket(name);
        setRefusal(refused);
        if (!refused) setName('');
      }}
    >
      <Field label="Bucket name">
        <input
          className="mono"
          placeholder="my-uploads"
          value={name}
          aria-invalid={problem !== null}
          aria-describedby={problem ? problemId : undefined}
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <button type="submit">Create bucket</button>
      <FieldProblem as="p" id={problemId} text={problem} />
    </form>
  );
}
