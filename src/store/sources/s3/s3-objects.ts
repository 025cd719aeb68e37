// The simulated buckets' objects and the changes they reported. Objects live in memory only: their
// bytes can be large, and localStorage holds about 5 MB per origin as UTF-16 text, so saving them
// would crowd out the workspace (docs/browser-limits.md#storage); a reload brings the buckets back
// empty.
import { createStore } from 'zustand/vanilla';
import type { S3ObjectChange, ServiceCaller } from '../../../engine';
import { objectFacts } from '../../../triggers';
import { objectKeyProblem } from '../../../workspace/s3-bucket-rules';
import type { S3Port } from './s3-port';
import type { BucketSync } from './s3-sync';

export interface S3ObjectView {
  key: string;
  bytes: Uint8Array;
  size: number;
  /** 32 hex digits, the MD5 of the bytes (a single-part upload's ETag), without quotes. */
  eTag: string;
  contentType: string;
  /** Simulated time of the last put. */
  lastModified: number;
  /**
   * What an SDK put stored with the object and S3 answers on GET and HEAD (`x-amz-meta-*`, content
   * headers, checksums); absent for an upload from the tab.
   */
  headers?: ReadonlyMap<string, string>;
}

/** One change a bucket reported, and what S3 did with it. */
export interface S3ChangeView {
  seq: number;
  bucket: string;
  eventName: 'ObjectCreated:Put' | 'ObjectCreated:Copy' | 'ObjectRemoved:Delete';
  key: string;
  /** One async invoke (202) per matching notification; empty when none matched. */
  requestIds: string[];
  /** Why the notifications could not be sent. */
  problem?: string;
}

export interface S3ObjectsState {
  /** By bucket name (bucket names never change), sorted by key as S3 lists them. */
  objects: ReadonlyMap<string, S3ObjectView[]>;
  /** Newest first. */
  changes: S3ChangeView[];
}

export const S3_CHANGES_KEPT = 20;

export const s3ObjectStore = createStore<S3ObjectsState>()(() => ({
  objects: new Map(),
  changes: [],
}));

/** What a put or a delete answers: the change it reported, or why it was refused. */
export type S3Outcome = { ok: true; change: S3ChangeView } | { ok: false; problem: string };

export interface PutObjectInput {
  key: string;
  bytes: Uint8Array;
  /** The browser's type for a file; empty when it has none. */
  contentType: string;
  /** See S3ObjectView.headers. */
  headers?: ReadonlyMap<string, string>;
  /** CopyObject reports `ObjectCreated:Copy`; a put, `ObjectCreated:Put` (the default). */
  eventName?: 'ObjectCreated:Put' | 'ObjectCreated:Copy';
}

// UTF-16 order, which is UTF-8 byte order (S3's listing order) outside the astral planes.
const byKey = (a: S3ObjectView, b: S3ObjectView) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function setObjects(bucket: string, change: (objects: S3ObjectView[]) => S3ObjectView[]): void {
  s3ObjectStore.setState(({ objects }) => ({
    objects: new Map(objects).set(bucket, change(objects.get(bucket) ?? [])),
  }));
}

let nextSeq = 1;

export function createObjectActions(port: S3Port, sync: BucketSync) {
  /** Makes sure the notifications are in place, then lets the platform invoke what matches. */
  async function report(
    bucket: string,
    change: S3ObjectChange & Pick<S3ChangeView, 'eventName'>,
    origin: ServiceCaller | undefined,
  ): Promise<S3ChangeView> {
    const { eventName } = change;
    const view: S3ChangeView = {
      seq: nextSeq++,
      bucket,
      eventName,
      key: change.key,
      requestIds: [],
    };
    try {
      await sync.apply();
      view.requestIds = port.platform().notifyS3Change(bucket, change, origin);
    } catch (error) {
      view.problem = (error as Error).message;
    }
    s3ObjectStore.setState(({ changes }) => ({
      changes: [view, ...changes].slice(0, S3_CHANGES_KEPT),
    }));
    return view;
  }

  return {
    /**
     * PutObject (or CopyObject): stores (or replaces) the object, then reports `ObjectCreated:Put`
     * (or `:Copy`). `origin` is the invocation whose SDK call wrote it, when one did.
     */
    async putObject(
      bucket: string,
      input: PutObjectInput,
      origin?: ServiceCaller,
    ): Promise<S3Outcome> {
      const problem = objectKeyProblem(input.key);
      if (problem) return { ok: false, problem };
      const { size, eTag } = objectFacts(input.bytes);
      const object: S3ObjectView = {
        key: input.key,
        bytes: input.bytes,
        size,
        eTag,
        // A PUT without Content-Type reads back as binary/octet-stream (HeadObject after a boto3
        // upload_file with no ContentType, anna-geller's gist 5644de2c…).
        contentType: input.contentType || 'binary/octet-stream',
        lastModified: port.now(),
        ...(input.headers !== undefined && { headers: input.headers }),
      };
      setObjects(bucket, (objects) =>
        [...objects.filter((o) => o.key !== input.key), object].sort(byKey),
      );
      const eventName = input.eventName ?? 'ObjectCreated:Put';
      const change = { eventName, key: input.key, size, eTag };
      return { ok: true, change: await report(bucket, change, origin) };
    },
    /** DeleteObject: removes the object, then reports `ObjectRemoved:Delete`. */
    async deleteObject(bucket: string, key: string, origin?: ServiceCaller): Promise<S3Outcome> {
      setObjects(bucket, (objects) => objects.filter((o) => o.key !== key));
      const change = { eventName: 'ObjectRemoved:Delete' as const, key };
      return { ok: true, change: await report(bucket, change, origin) };
    },
  };
}
