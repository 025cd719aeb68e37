// The S3 API's port over the app's buckets: the workspace's buckets, the objects the S3 tab lists,
// and writes through the S3 store's actions, which fire the bucket's notifications as an upload
// from the tab does, carrying the calling invocation as their origin. The actions and the clock
// are passed in so tests can run it on a headless platform (s3-service.ts wires the page's).
import type { S3Object, S3Port } from '../../services';
import type { createObjectActions, S3ObjectView } from '../sources/s3/s3-objects';
import { s3ObjectStore } from '../sources/s3/s3-objects';
import { workspaceStore } from '../workspace/workspace-store';

type ObjectActions = ReturnType<typeof createObjectActions>;

export interface S3StoreWiring {
  putObject: ObjectActions['putObject'];
  deleteObject: ObjectActions['deleteObject'];
  /** Simulated time, for the buckets' creation dates. */
  now(): number;
}

const NO_HEADERS: ReadonlyMap<string, string> = new Map();

function toS3Object(view: S3ObjectView): S3Object {
  return {
    key: view.key,
    bytes: view.bytes,
    eTag: view.eTag,
    contentType: view.contentType,
    lastModified: view.lastModified,
    headers: view.headers ?? NO_HEADERS,
  };
}

function findObject(bucket: string, key: string): S3ObjectView | undefined {
  return s3ObjectStore
    .getState()
    .objects.get(bucket)
    ?.find((object) => object.key === key);
}

const bucketNames = () => workspaceStore.getState().buckets.map((bucket) => bucket.name);

export function createStoreS3Port(wiring: S3StoreWiring): S3Port {
  // The workspace does not record when a bucket was made: ListBuckets dates each from the first
  // time the API saw it in this session.
  const firstSeen = new Map<string, number>();
  function createdAt(name: string): number {
    let time = firstSeen.get(name);
    if (time === undefined) firstSeen.set(name, (time = wiring.now()));
    return time;
  }
  return {
    buckets: () => bucketNames().map((name) => ({ name, createdAt: createdAt(name) })),
    hasBucket: (name) => bucketNames().includes(name),
    objects: (bucket) => (s3ObjectStore.getState().objects.get(bucket) ?? []).map(toS3Object),
    object(bucket, key) {
      const view = findObject(bucket, key);
      return view === undefined ? undefined : toS3Object(view);
    },
    async putObject(bucket, write, origin) {
      const { key, bytes, contentType, headers, eventName } = write;
      const input = { key, bytes, contentType, headers, eventName };
      const pending = wiring.putObject(bucket, input, origin);
      // The store keeps the object before it reports the change: read it now, before a later put
      // can replace it while the notifications are being sent.
      const stored = findObject(bucket, key);
      const outcome = await pending;
      if (!outcome.ok) throw new Error(outcome.problem);
      if (stored === undefined) throw new Error(`${key} was not stored.`);
      return toS3Object(stored);
    },
    async deleteObject(bucket, key, origin) {
      await wiring.deleteObject(bucket, key, origin);
    },
  };
}
