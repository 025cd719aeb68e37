// An in-memory S3Port for the API's tests: buckets in a Map, each write recorded with the
// notification it would fire and its origin.
import type { ServiceCaller } from '../../../engine';
import { objectFacts } from '../../../triggers';
import type { S3Object, S3Port } from '../s3-port';

export interface RecordedChange {
  bucket: string;
  eventName: string;
  key: string;
  origin: ServiceCaller;
}

export interface MemoryS3 {
  port: S3Port;
  buckets: Map<string, Map<string, S3Object>>;
  changes: RecordedChange[];
  /** Sets the time of the next writes. */
  setNow(ms: number): void;
}

export function memoryS3(bucketNames: readonly string[]): MemoryS3 {
  const buckets = new Map(bucketNames.map((name) => [name, new Map<string, S3Object>()]));
  const changes: RecordedChange[] = [];
  let now = Date.UTC(2026, 0, 2, 3, 4, 5, 678);
  const port: S3Port = {
    buckets: () => bucketNames.map((name) => ({ name, createdAt: Date.UTC(2026, 0, 1) })),
    hasBucket: (name) => buckets.has(name),
    objects: (bucket) => [...(buckets.get(bucket)?.values() ?? [])],
    object: (bucket, key) => buckets.get(bucket)?.get(key),
    putObject(bucket, write, origin) {
      const object: S3Object = {
        key: write.key,
        bytes: write.bytes,
        eTag: objectFacts(write.bytes).eTag,
        contentType: write.contentType,
        lastModified: now,
        headers: write.headers,
      };
      buckets.get(bucket)!.set(write.key, object);
      changes.push({ bucket, eventName: write.eventName, key: write.key, origin });
      return Promise.resolve(object);
    },
    deleteObject(bucket, key, origin) {
      buckets.get(bucket)!.delete(key);
      changes.push({ bucket, eventName: 'ObjectRemoved:Delete', key, origin });
      return Promise.resolve();
    },
  };
  return { port, buckets, changes, setNow: (ms) => (now = ms) };
}
