// The S3 tab: simulated buckets whose object changes invoke functions through event
// notifications, asynchronously as S3 does.
import { useWorkspace } from '../../hooks/use-stores';
import { BucketView } from './BucketView';
import { CreateBucketForm } from './CreateBucketForm';

export function S3Tab() {
  const buckets = useWorkspace((s) => s.buckets);
  return (
    <div className="s3-tab">
      <p className="hint">
        S3 invokes functions asynchronously: each matching notification queues the event (202
        Accepted), and by default a function error is retried twice, about 1 and 2 simulated minutes
        later. Buckets and notifications are saved; objects live in this tab&apos;s memory only.
      </p>
      <CreateBucketForm />
      {buckets.length === 0 && <p className="hint">No buckets yet.</p>}
      {buckets.map((bucket) => (
        <BucketView key={bucket.id} bucket={bucket} />
      ))}
    </div>
  );
}
