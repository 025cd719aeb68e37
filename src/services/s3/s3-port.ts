// What the S3 API needs from the app: its buckets and their objects. The app's implementation
// (src/store/services/s3-service.ts) stores puts and deletes where the S3 tab lists them and fires
// the bucket's notifications; tests give it a Map.
import type { ServiceCaller } from '../../engine';

/** One stored object, as S3 keeps it. */
export interface S3Object {
  key: string;
  bytes: Uint8Array;
  /** 32 hex digits, the MD5 of the bytes (a single-part upload's ETag), without quotes. */
  eTag: string;
  contentType: string;
  /** Epoch ms of the last write. */
  lastModified: number;
  /**
   * What S3 stores with the object and answers on GET and HEAD, lower-case names: user metadata
   * (`x-amz-meta-*`), the content headers (`cache-control`, `content-disposition`,
   * `content-encoding`, `content-language`, `expires`) and the checksums (`x-amz-checksum-crc32`…).
   */
  headers: ReadonlyMap<string, string>;
}

export interface S3ObjectWrite {
  key: string;
  bytes: Uint8Array;
  contentType: string;
  headers: ReadonlyMap<string, string>;
  /** The notification this write fires. */
  eventName: 'ObjectCreated:Put' | 'ObjectCreated:Copy';
}

export interface S3Bucket {
  name: string;
  /** Epoch ms. */
  createdAt: number;
}

export interface S3Port {
  buckets(): readonly S3Bucket[];
  hasBucket(name: string): boolean;
  /** The bucket's objects, in any order. */
  objects(bucket: string): readonly S3Object[];
  object(bucket: string, key: string): S3Object | undefined;
  /** Stores (or replaces) the object and fires the bucket's notifications; answers what it stored. */
  putObject(bucket: string, write: S3ObjectWrite, origin: ServiceCaller): Promise<S3Object>;
  /** Removes the object and fires `ObjectRemoved:Delete`; only called for an object that exists. */
  deleteObject(bucket: string, key: string, origin: ServiceCaller): Promise<void>;
}
