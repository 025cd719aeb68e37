// Creating and deleting simulated buckets and editing their notifications: workspace edits, with
// S3's refusals (a bad name, a bucket that still holds objects) returned as messages.
import { newBucketNameProblem } from '../../../workspace/s3-bucket-rules';
import { s3ObjectStore } from './s3-objects';
import type { BucketDraft, NotificationDraft } from '../../../workspace/model';
import { workspaceActions, workspaceStore } from '../../workspace/workspace-store';

function freshId(prefix: string, taken: ReadonlyArray<{ id: string }>): string {
  let n = taken.length + 1;
  while (taken.some((item) => item.id === `${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

/** CreateBucket: null when created, else why not. Names cannot change afterwards, as in S3. */
export function createBucket(name: string): string | null {
  const { buckets } = workspaceStore.getState();
  const problem = newBucketNameProblem(
    name,
    buckets.map((bucket) => bucket.name),
  );
  if (problem) return problem;
  const bucket: BucketDraft = { id: freshId('bucket', buckets), name, notifications: [] };
  workspaceActions.setBuckets([...buckets, bucket]);
  return null;
}

/** DeleteBucket: S3 deletes only empty buckets. Null when deleted, else why not. */
export function deleteBucket(id: string): string | null {
  const { buckets } = workspaceStore.getState();
  const bucket = buckets.find((b) => b.id === id);
  if (!bucket) return null;
  if ((s3ObjectStore.getState().objects.get(bucket.name) ?? []).length > 0) {
    return 'BucketNotEmpty: the bucket you tried to delete is not empty. Delete its objects first.';
  }
  workspaceActions.setBuckets(buckets.filter((b) => b.id !== id));
  return null;
}

function updateBucket(id: string, change: (bucket: BucketDraft) => BucketDraft): void {
  const { buckets } = workspaceStore.getState();
  workspaceActions.setBuckets(
    buckets.map((bucket) => (bucket.id === id ? change(bucket) : bucket)),
  );
}

/** A new notification for every object created, to the given function. */
export function addNotification(bucketId: string, functionId: string): void {
  updateBucket(bucketId, (bucket) => {
    // Ids are unique across buckets, so a configuration id never names two rules.
    const all = workspaceStore.getState().buckets.flatMap((b) => b.notifications);
    const notification: NotificationDraft = {
      id: freshId('notification', all),
      events: ['s3:ObjectCreated:*'],
      prefix: '',
      suffix: '',
      functionId,
    };
    return { ...bucket, notifications: [...bucket.notifications, notification] };
  });
}

export function updateNotification(
  bucketId: string,
  notificationId: string,
  change: Partial<Omit<NotificationDraft, 'id'>>,
): void {
  updateBucket(bucketId, (bucket) => ({
    ...bucket,
    notifications: bucket.notifications.map((n) =>
      n.id === notificationId ? { ...n, ...change } : n,
    ),
  }));
}

export function removeNotification(bucketId: string, notificationId: string): void {
  updateBucket(bucketId, (bucket) => ({
    ...bucket,
    notifications: bucket.notifications.filter((n) => n.id !== notificationId),
  }));
}
