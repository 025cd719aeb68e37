// S3 event notifications as Lambda receives them (one record per event), eventVersion 2.1.
// Shape: aws-sam-cli S3Put/S3Delete samples and docs/aws-lambda.md#s3-events. Removal events carry
// only key, versionId and sequencer — no size, no eTag (SAM's S3Delete.json) — which
// @types/aws-lambda does not model (it makes both required), hence the separate S3RemovedEvent
// type.
import type { S3Event, S3EventRecord } from 'aws-lambda';
import { md5Hex } from '../common/md5';
import { isoMillis } from '../common/time-format';
import { encodeS3Key } from './key-encoding';

export type S3CreatedEventName =
  | 'ObjectCreated:Put'
  | 'ObjectCreated:Post'
  | 'ObjectCreated:Copy'
  | 'ObjectCreated:CompleteMultipartUpload';
export type S3RemovedEventName = 'ObjectRemoved:Delete' | 'ObjectRemoved:DeleteMarkerCreated';
export type S3EventName = S3CreatedEventName | S3RemovedEventName;

interface S3EventInputBase {
  bucket: string;
  /** The key as stored; the event carries it form-URL-encoded. */
  key: string;
  /** From a {@link SequencerSource}: increases with each change to the key. */
  sequencer: string;
  timeMs: number;
  /** The notification configuration's id (its name in the console). */
  configurationId: string;
  region: string;
  /** `x-amz-request-id`: 16 upper-case hex digits. */
  requestId: string;
  /** `x-amz-id-2`: S3's extended request id. */
  hostId: string;
  /** Versioned buckets only. */
  versionId?: string;
  /** Who made the change; default `AWS:AIDAEXAMPLE` (an IAM user). */
  principalId?: string;
  /** The bucket owner's id; default `A3NL1KOZZKEXAMPLE`. */
  ownerId?: string;
  /** Default `203.0.113.10` (a documentation address). */
  sourceIp?: string;
}

export interface S3CreatedInput extends S3EventInputBase {
  eventName: S3CreatedEventName;
  size: number;
  /** 32 hex digits without quotes; see {@link objectFacts}. */
  eTag: string;
}

export interface S3RemovedInput extends S3EventInputBase {
  eventName: S3RemovedEventName;
}

type S3Details = S3EventRecord['s3'];

/** A removal record: S3 sends no size or eTag for an object that is gone. */
export type S3RemovedRecord = Omit<S3EventRecord, 's3'> & {
  s3: Omit<S3Details, 'object'> & {
    object: { key: string; versionId?: string; sequencer: string };
  };
};

export interface S3RemovedEvent {
  Records: S3RemovedRecord[];
}

/** Size and MD5 eTag of an object's bytes (a single-part upload's eTag is the MD5 of its body). */
export function objectFacts(bytes: Uint8Array): { size: number; eTag: string } {
  return { size: bytes.length, eTag: md5Hex(bytes) };
}

function envelope(input: S3CreatedInput | S3RemovedInput): Omit<S3EventRecord, 's3'> {
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: input.region,
    eventTime: isoMillis(input.timeMs),
    eventName: input.eventName,
    userIdentity: { principalId: input.principalId ?? 'AWS:AIDAEXAMPLE' },
    requestParameters: { sourceIPAddress: input.sourceIp ?? '203.0.113.10' },
    responseElements: { 'x-amz-request-id': input.requestId, 'x-amz-id-2': input.hostId },
  };
}

function details(input: S3CreatedInput | S3RemovedInput): Omit<S3Details, 'object'> {
  return {
    s3SchemaVersion: '1.0',
    configurationId: input.configurationId,
    bucket: {
      name: input.bucket,
      ownerIdentity: { principalId: input.ownerId ?? 'A3NL1KOZZKEXAMPLE' },
      arn: `arn:aws:s3:::${input.bucket}`,
    },
  };
}

/** One S3 notification, as the function receives it. */
export function s3Event(input: S3CreatedInput): S3Event;
export function s3Event(input: S3RemovedInput): S3RemovedEvent;
export function s3Event(input: S3CreatedInput | S3RemovedInput): S3Event | S3RemovedEvent;
export function s3Event(input: S3CreatedInput | S3RemovedInput): S3Event | S3RemovedEvent {
  const key = encodeS3Key(input.key);
  const version = input.versionId === undefined ? {} : { versionId: input.versionId };
  const { sequencer } = input;
  if ('size' in input) {
    const object = { key, size: input.size, eTag: input.eTag, ...version, sequencer };
    return { Records: [{ ...envelope(input), s3: { ...details(input), object } }] };
  }
  const object = { key, ...version, sequencer };
  return { Records: [{ ...envelope(input), s3: { ...details(input), object } }] };
}
