// Creates a bucket, with S3's naming rules checked as the name is typed.
import { useId, useState } from 'react';
import { newBucketNameProblem, createBucket } from '../../../store';
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
      <label className="field">
        <span className="field-label">Bucket name</span>
        <input
          className="mono"
          placeholder="my-uploads"
          value={name}
          aria-invalid={problem !== null}
          aria-describedby={problem ? problemId : undefined}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <button type="submit">Create bucket</button>
      {problem && (
        <p className="field-problem" id={problemId} role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
