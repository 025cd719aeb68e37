// SQS messages as an event source mapping hands them to the function: camelCase keys, every
// system attribute a string, `md5OfBody` (and `md5OfMessageAttributes` when there are attributes)
// computed as SQS does. Shape: aws-sam-cli Sqs.json and real events
// (docs/aws-lambda.md#sqs-events); FIFO queues add SequenceNumber, MessageGroupId and
// MessageDeduplicationId, in the order real events list them.
import type { SQSEvent, SQSRecord, SQSRecordAttributes } from 'aws-lambda';
import { parseArn } from '../common/arn';
import { md5OfText } from '../common/md5';
import {
  md5OfMessageAttributes,
  recordAttributes,
  type SqsAttributeInput,
} from './message-attributes';

export interface SqsFifoFacts {
  /** A large decimal number, as a string, e.g. `18861932767920112128`. */
  sequenceNumber: string;
  messageGroupId: string;
  messageDeduplicationId: string;
}

export interface SqsRecordInput {
  /** A UUID. */
  messageId: string;
  /** New for every receive of the message. */
  receiptHandle: string;
  body: string;
  /** `arn:aws:sqs:<region>:<account>:<queue>`; the record's region is read from it. */
  queueArn: string;
  /** How many times the message has been received, this time included. */
  receiveCount: number;
  sentTimestampMs: number;
  firstReceiveTimestampMs: number;
  /** The sender's account id or IAM user id. */
  senderId: string;
  attributes?: Record<string, SqsAttributeInput>;
  fifo?: SqsFifoFacts;
}

function systemAttributes(input: SqsRecordInput): SQSRecordAttributes {
  const fifo = input.fifo;
  return {
    ApproximateReceiveCount: String(input.receiveCount),
    SentTimestamp: String(input.sentTimestampMs),
    ...(fifo ? { SequenceNumber: fifo.sequenceNumber, MessageGroupId: fifo.messageGroupId } : {}),
    SenderId: input.senderId,
    ...(fifo ? { MessageDeduplicationId: fifo.messageDeduplicationId } : {}),
    ApproximateFirstReceiveTimestamp: String(input.firstReceiveTimestampMs),
  };
}

/** One received message, as a record of the batch. */
export function sqsRecord(input: SqsRecordInput): SQSRecord {
  const attributes = input.attributes ?? {};
  const hasAttributes = Object.keys(attributes).length > 0;
  return {
    messageId: input.messageId,
    receiptHandle: input.receiptHandle,
    body: input.body,
    attributes: systemAttributes(input),
    messageAttributes: recordAttributes(attributes),
    ...(hasAttributes ? { md5OfMessageAttributes: md5OfMessageAttributes(attributes) } : {}),
    md5OfBody: md5OfText(input.body),
    eventSource: 'aws:sqs',
    eventSourceARN: input.queueArn,
    awsRegion: parseArn(input.queueArn).region,
  };
}

/** The batch the function is invoked with. */
export function sqsEvent(records: SQSRecord[]): SQSEvent {
  return { Records: records };
}
