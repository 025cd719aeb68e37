// The S3 tab's store actions wired to the page's platform: notifications kept in step with the
// workspace, and puts and deletes that report their changes.
import { readyToRun } from '../../platform/deploy';
import { world } from '../../platform/platform-world';
import { startedByLearner } from '../../platform/run-hold';
import { createObjectActions } from './s3-objects';
import type { S3Port } from './s3-port';
import { createBucketSync } from './s3-sync';
import { workspaceStore } from '../../workspace/workspace-store';

const port: S3Port = {
  platform: () => world().platform,
  readyToRun,
  now: () => world().clock.now(),
};

const sync = createBucketSync(port);

const objects = createObjectActions(port, sync);

/**
 * Writes the invocation record a function's S3 on-failure destination sent (the engine names the
 * key; the objects live here). Lambda's own write: it does not start a held scenario's time.
 */
export function putDestinationRecord(bucket: string, key: string, record: string) {
  const bytes = new TextEncoder().encode(record);
  return objects.putObject(bucket, { key, bytes, contentType: 'application/json' });
}

// An upload or a delete is the learner's own act: it starts a held scenario's time (run-hold.ts).
export const putObject: typeof objects.putObject = (bucket, input) => {
  startedByLearner();
  return objects.putObject(bucket, input);
};

export const deleteObject: typeof objects.deleteObject = (bucket, key) => {
  startedByLearner();
  return objects.deleteObject(bucket, key);
};

/** Takes nothing down: puts every bucket's notifications again, redeploying their functions. */
export function reapplyBuckets(): Promise<void> {
  return sync.reapply();
}

/** Applies the notifications now and after every change to the buckets; returns the stop function. */
export function watchBuckets(): () => void {
  // A failure here (a function removed mid-apply) is reported by the next put, which applies first.
  const apply = () => void sync.apply().catch(() => undefined);
  apply();
  return workspaceStore.subscribe((state, previous) => {
    if (state.buckets !== previous.buckets) apply();
  });
}

/**
 * A handler's SDK call writing to a bucket (src/store/services/s3-service.ts): the invocation
 * `origin` wrote it, so it is not the learner's own act and does not start a held scenario's time.
 */
export const putObjectFromApi = objects.putObject;

export const deleteObjectFromApi = objects.deleteObject;
