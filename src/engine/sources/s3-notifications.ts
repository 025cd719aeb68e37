// S3 bucket notifications: the engine keeps each bucket's notification configuration, not its
// bytes (the app's simulated buckets do); a reported change async-invokes every matching function.
import { enqueueAsync } from '../async/async-invoke';
import type { EngineContext } from '../context';
import { invalidParameter, ResourceNotFoundError } from '../errors';
import type { ServiceCaller } from '../services/service-calls';
import type { S3NotificationConfig, S3ObjectChange } from '../shapes';
import type { SourceDelivery } from './source-events';
import { emitResource, emitSource, requireShapes } from './source-support';
import { bucketNameProblem } from './s3-bucket-names';

// PutBucketNotificationConfiguration: event types are `s3:<Category>:<Name or *>`.
const EVENT_TYPE = /^s3:[A-Za-z]+:(\*|[A-Za-z]+)$/;

function configProblem(ctx: EngineContext, configs: S3NotificationConfig[]): string | null {
  const ids = new Set<string>();
  for (const config of configs) {
    if (config.id.length === 0 || ids.has(config.id)) {
      return 'Each notification configuration needs its own, non-empty id.';
    }
    ids.add(config.id);
    if (config.events.length === 0) return `${config.id}: choose at least one event type.`;
    const bad = config.events.find((type) => !EVENT_TYPE.test(type));
    if (bad !== undefined) return `${config.id}: "${bad}" is not an S3 event type.`;
    if (!ctx.functions.has(config.functionName))
      throw new ResourceNotFoundError(config.functionName);
  }
  return null;
}

/** Replaces the bucket's notification configuration; an empty list removes it. */
export function putBucketNotification(
  ctx: EngineContext,
  bucket: string,
  configs: S3NotificationConfig[],
): void {
  const problem = bucketNameProblem(bucket) ?? configProblem(ctx, configs);
  if (problem !== null) throw invalidParameter(problem);
  const existing = ctx.buckets.get(bucket);
  if (configs.length === 0) {
    if (ctx.buckets.delete(bucket)) emitResource(ctx, 'bucket-notification', bucket, 'deleted');
    return;
  }
  const own = configs.map((config) => ({ ...config, events: [...config.events] }));
  if (existing !== undefined) existing.configs = own;
  else ctx.buckets.set(bucket, { configs: own, changes: 0 });
  emitResource(ctx, 'bucket-notification', bucket, existing === undefined ? 'created' : 'updated');
}

/**
 * One async invoke per matching configuration (the matcher is the port's). Overlapping
 * configurations, which S3 itself refuses, are not checked. Returns the request ids.
 */
export function notifyS3Change(
  ctx: EngineContext,
  bucketName: string,
  change: S3ObjectChange,
  origin?: ServiceCaller,
): string[] {
  const shapes = requireShapes(ctx);
  const bucket = ctx.buckets.get(bucketName) ?? { configs: [], changes: 0 };
  bucket.changes++;
  const time = ctx.clock.now();
  // Reported even when nothing matches, so the UI can say the change invoked nothing.
  const matching = bucket.configs.filter((config) => shapes.matchesNotification(config, change));
  const deliveries: Array<SourceDelivery & { configurationId: string }> = matching.map(
    (config) => ({
      configurationId: config.id,
      functionName: config.functionName,
      requestId: ctx.ids.requestId(),
    }),
  );
  const { eventName, key } = change;
  emitSource(ctx, {
    type: 's3-notified',
    bucket: bucketName,
    eventName,
    key,
    deliveries,
    ...(origin !== undefined && { origin: { ...origin } }),
  });
  for (const { configurationId, functionName, requestId } of deliveries) {
    const notification = { bucket: bucketName, configurationId, sequence: bucket.changes, time };
    const event = shapes.s3Event(notification, change);
    enqueueAsync(ctx, functionName, event, 'aws:s3', requestId, origin);
  }
  return deliveries.map((delivery) => delivery.requestId);
}

export function bucketNotifications(
  ctx: EngineContext,
): ReadonlyMap<string, S3NotificationConfig[]> {
  return new Map(
    [...ctx.buckets].map(([name, bucket]) => [
      name,
      bucket.configs.map((config) => ({ ...config, events: [...config.events] })),
    ]),
  );
}
