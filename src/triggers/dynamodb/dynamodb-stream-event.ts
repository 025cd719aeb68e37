// The event a DynamoDB stream's event source mapping invokes a function with: one record per item
// change, in shard order, shaped as SAM CLI's sample (`sam local generate-event dynamodb update`)
// and Lambda's "Using AWS Lambda with Amazon DynamoDB" show it (docs/aws-services.md#dynamodb-streams).
import type { DynamoDBRecord, DynamoDBStreamEvent, StreamRecord } from 'aws-lambda';
import type { ItemChange, StreamViewType } from '../../engine';

export interface DynamoDBStreamRecordInput {
  /** 32 lower-case hex digits, unique per record. */
  eventID: string;
  change: Pick<ItemChange, 'eventName' | 'keys' | 'oldImage' | 'newImage' | 'sizeBytes'>;
  /** Increasing numeric text: the record's place in its shard. */
  sequenceNumber: string;
  /** When the change was written, in ms since the epoch. */
  createdAtMs: number;
  streamViewType: StreamViewType;
  region: string;
  /** `arn:aws:dynamodb:<region>:<account>:table/<name>/stream/<label>`. */
  streamArn: string;
}

/** The images a view type carries: KEYS_ONLY none, NEW_IMAGE/OLD_IMAGE one, both for both. */
function imagesOf(input: DynamoDBStreamRecordInput): Pick<StreamRecord, 'NewImage' | 'OldImage'> {
  const { streamViewType: view, change } = input;
  const images: Pick<StreamRecord, 'NewImage' | 'OldImage'> = {};
  const wantsNew = view === 'NEW_IMAGE' || view === 'NEW_AND_OLD_IMAGES';
  const wantsOld = view === 'OLD_IMAGE' || view === 'NEW_AND_OLD_IMAGES';
  // An INSERT has no old image and a REMOVE no new one: the record leaves the field out.
  if (wantsNew && change.newImage !== null)
    images.NewImage = change.newImage as StreamRecord['NewImage'];
  if (wantsOld && change.oldImage !== null)
    images.OldImage = change.oldImage as StreamRecord['OldImage'];
  return images;
}

export function dynamodbStreamRecord(input: DynamoDBStreamRecordInput): DynamoDBRecord {
  return {
    eventID: input.eventID,
    eventName: input.change.eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: input.region,
    dynamodb: {
      // Seconds since the epoch, rounded down to the second.
      ApproximateCreationDateTime: Math.floor(input.createdAtMs / 1000),
      Keys: input.change.keys as StreamRecord['Keys'],
      ...imagesOf(input),
      SequenceNumber: input.sequenceNumber,
      SizeBytes: input.change.sizeBytes,
      StreamViewType: input.streamViewType,
    },
    eventSourceARN: input.streamArn,
  };
}

export function dynamodbStreamEvent(records: readonly DynamoDBRecord[]): DynamoDBStreamEvent {
  return { Records: [...records] };
}

/** A stream's ARN: the table's, then `/stream/` and the stream's label. */
export function dynamodbStreamArn(
  region: string,
  account: string,
  tableName: string,
  streamLabel: string,
): string {
  return `arn:aws:dynamodb:${region}:${account}:table/${tableName}/stream/${streamLabel}`;
}
