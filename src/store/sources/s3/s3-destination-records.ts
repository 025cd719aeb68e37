// A function whose on-failure destination is an S3 bucket has each failed event's invocation
// record written there as an object (docs/aws-lambda.md#destinations-and-dead-letter-queues).
import type { PlatformEvent } from '../../../engine';
import { world } from '../../platform/platform-world';
import { workspaceStore } from '../../workspace/workspace-store';
import { putDestinationRecord } from './s3-actions';

function receive(event: PlatformEvent): void {
  if (event.type !== 'async-failed') return;
  const buckets = new Set(workspaceStore.getState().buckets.map((b) => b.name));
  for (const delivery of event.deliveries) {
    if (delivery.targetType !== 's3' || delivery.messageId === null || !delivery.body) continue;
    // A bucket that is not in the workspace keeps nothing, as a missing bucket would on AWS.
    if (buckets.has(delivery.targetName)) {
      void putDestinationRecord(delivery.targetName, delivery.messageId, delivery.body);
    }
  }
}

/** Writes S3 destination records from now on; returns the function that stops. */
export function watchS3DestinationRecords(): () => void {
  return world().platform.subscribe(receive);
}
