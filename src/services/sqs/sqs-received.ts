// A received message as ReceiveMessage answers it: the system attributes and message attributes
// asked for, with the digests SQS computes over what it returns (docs/aws-services.md#sqs-api).
import type { SqsRecordInput } from '../../engine';
import { md5OfMessageAttributes, md5OfText, type SqsAttributeInput } from '../../triggers';

const encoder = new TextEncoder();

/** MessageSystemAttributeNames (and the older AttributeNames) SQS knows. */
const SYSTEM_ATTRIBUTES = [
  'SenderId',
  'SentTimestamp',
  'ApproximateReceiveCount',
  'ApproximateFirstReceiveTimestamp',
  'SequenceNumber',
  'MessageDeduplicationId',
  'MessageGroupId',
] as const;

type SystemAttribute = (typeof SYSTEM_ATTRIBUTES)[number];

function systemAttribute(
  record: SqsRecordInput,
  name: SystemAttribute,
  senderId: string,
): string | undefined {
  switch (name) {
    case 'SenderId':
      return senderId;
    case 'SentTimestamp':
      return String(record.sentAt);
    case 'ApproximateReceiveCount':
      return String(record.receiveCount);
    case 'ApproximateFirstReceiveTimestamp':
      return String(record.firstReceivedAt);
    case 'SequenceNumber':
      return record.sequenceNumber;
    case 'MessageDeduplicationId':
      return (
        record.deduplicationId ?? (record.groupId !== undefined ? record.messageId : undefined)
      );
    case 'MessageGroupId':
      return record.groupId;
  }
}

/** `All` (or `.*`) asks for every message attribute, `prefix.*` for those it starts, else exact names. */
function wantsAttribute(patterns: readonly string[], name: string): boolean {
  return patterns.some((pattern) => {
    if (pattern === 'All' || pattern === '.*') return true;
    if (pattern.endsWith('.*')) return name.startsWith(pattern.slice(0, -1));
    return pattern === name;
  });
}

export interface ReceivedShape {
  message: Record<string, unknown>;
  /** Body and attributes returned, as SQS bills a receive's payload. */
  bytes: number;
}

export function receivedMessage(
  record: SqsRecordInput,
  systemNames: readonly string[],
  attributePatterns: readonly string[],
  senderId: string,
): ReceivedShape {
  const all = systemNames.includes('All');
  const system = new Map<string, string>();
  for (const name of SYSTEM_ATTRIBUTES) {
    if (!all && !systemNames.includes(name)) continue;
    const value = systemAttribute(record, name, senderId);
    if (value !== undefined) system.set(name, value);
  }
  const attributes = new Map<string, SqsAttributeInput>();
  const wire = new Map<string, Record<string, string>>();
  let bytes = encoder.encode(record.body).length;
  for (const [name, { dataType, value }] of Object.entries(record.attributes)) {
    if (!wantsAttribute(attributePatterns, name)) continue;
    const binary = dataType.startsWith('Binary');
    attributes.set(
      name,
      binary ? { dataType, binaryValue: value } : { dataType, stringValue: value },
    );
    wire.set(name, { DataType: dataType, [binary ? 'BinaryValue' : 'StringValue']: value });
    bytes += encoder.encode(name + dataType + value).length;
  }
  const message: Record<string, unknown> = {
    MessageId: record.messageId,
    ReceiptHandle: record.receiptHandle,
    MD5OfBody: md5OfText(record.body),
    Body: record.body,
  };
  if (system.size > 0) message.Attributes = Object.fromEntries(system);
  if (attributes.size > 0) {
    message.MD5OfMessageAttributes = md5OfMessageAttributes(Object.fromEntries(attributes));
    message.MessageAttributes = Object.fromEntries(wire);
  }
  return { message, bytes };
}
