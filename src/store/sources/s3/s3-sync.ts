// Keeps the platform's bucket notifications in step with the workspace's buckets: each bucket's
// valid notifications, their functions deployed, are put as its whole configuration (as
// PutBucketNotificationConfiguration replaces it); a bucket that is gone gets an empty one.
import type { S3NotificationConfig } from '../../../engine';
import { newBucketNameProblem } from '../../../workspace/s3-bucket-rules';
import { notificationProblems } from '../../../workspace/s3-notification-rules';
import type { S3Port } from './s3-port';
import type { BucketDraft } from '../../../workspace/model';
import { workspaceStore } from '../../workspace/workspace-store';

export interface BucketSync {
  /** Brings the platform in line with the newest buckets; one run at a time. */
  apply(): Promise<void>;
  /** Puts every configuration again (after a reset redeployed the functions). */
  reapply(): Promise<void>;
}

async function configsOf(port: S3Port, bucket: BucketDraft): Promise<S3NotificationConfig[]> {
  const functionIds = new Set(workspaceStore.getState().functions.map((fn) => fn.id));
  const problems = notificationProblems(bucket, functionIds);
  const configs: S3NotificationConfig[] = [];
  for (const [index, notification] of bucket.notifications.entries()) {
    if (Object.keys(problems[index]!).length > 0) continue;
    // A function that cannot be deployed is left out; readyToRun's notice says why.
    const functionName = await port.readyToRun(notification.functionId);
    if (!functionName) continue;
    const { id, events, prefix, suffix } = notification;
    configs.push({
      id,
      functionName,
      events: [...events],
      ...(prefix && { prefix }),
      ...(suffix && { suffix }),
    });
  }
  return configs;
}

export function createBucketSync(port: S3Port): BucketSync {
  /** What was last put, by bucket name, as JSON. */
  const applied = new Map<string, string>();

  async function applyLatest(): Promise<void> {
    const { buckets } = workspaceStore.getState();
    const wanted = new Map<string, S3NotificationConfig[]>();
    const names: string[] = [];
    for (const bucket of buckets) {
      // A save edited by hand may hold a name S3 would refuse: that bucket gets no notifications.
      const valid = newBucketNameProblem(bucket.name, names) === null;
      names.push(bucket.name);
      if (valid) wanted.set(bucket.name, await configsOf(port, bucket));
    }
    for (const name of applied.keys()) {
      if (wanted.has(name)) continue;
      port.platform().putBucketNotification(name, []);
      applied.delete(name);
    }
    for (const [name, configs] of wanted) {
      const key = JSON.stringify(configs);
      if (applied.get(name) === key) continue;
      port.platform().putBucketNotification(name, configs);
      applied.set(name, key);
    }
  }

  let chain: Promise<void> = Promise.resolve();
  const apply = () => {
    chain = chain.then(applyLatest, applyLatest);
    return chain;
  };
  return {
    apply,
    reapply() {
      // Forgetting is enough: putting a configuration replaces the last one without resetting the
      // bucket's change count, so sequencers keep increasing across a reset.
      const forget = () => applied.clear();
      chain = chain.then(forget, forget);
      return apply();
    },
  };
}
