// One message to send, read from SendMessage's JSON (or one SendMessageBatch entry) and checked as
// SQS checks it, with the MD5 digests SQS answers and the SDK verifies (docs/aws-services.md#sqs-api).
import { MAX_SQS_MESSAGE_BYTES, type MessageAttributes, type SendMessageInput } from '../../engine';
import { base64ToBytes } from '../../share/base64';
import { md5OfMessageAttributes, md5OfText, type SqsAttributeInput } from '../../triggers';
import type { SqsQueueView } from './sqs-port';
import { sqsFault, type SqsFault } from './sqs-wire';

const MAX_ATTRIBUTES = 10;
const MAX_DELAY_SECONDS = 900;
const TYPE_PREFIXES = new Set(['String', 'Number', 'Binary']);
// Integers and decimals with an optional exponent, as SQS casts a Number attribute.
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

const encoder = new TextEncoder();

/** A JSON object as the SDK sent it; members are read with their types checked. */
export type Json = Readonly<Record<string, unknown>>;

/** A member the SDK sent, never one inherited from Object.prototype. */
export function member(input: Json, name: string): unknown {
  return Object.hasOwn(input, name) ? input[name] : undefined;
}

export function text(input: Json, name: string): string | undefined {
  const value = member(input, name);
  return typeof value === 'string' ? value : undefined;
}

export function integer(input: Json, name: string): number | undefined {
  const value = member(input, name);
  return typeof value === 'number' ? value : undefined;
}

export interface ReadSqsMessage {
  input: SendMessageInput;
  /** Body and attributes, as SQS counts a message's size and bills it. */
  bytes: number;
  md5OfBody: string;
  /** Absent without attributes, as SQS leaves it out. */
  md5OfAttributes?: string;
}

function readAttributes(
  value: unknown,
): { attributes: Map<string, SqsAttributeInput>; bytes: number } | SqsFault {
  const attributes = new Map<string, SqsAttributeInput>();
  const entries = typeof value === 'object' && value !== null ? Object.entries(value) : [];
  if (entries.length > MAX_ATTRIBUTES) {
    return sqsFault.invalidParameterValue(
      `Number of message attributes [${entries.length}] exceeds the allowed maximum [${MAX_ATTRIBUTES}].`,
    );
  }
  let bytes = 0;
  for (const [name, raw] of entries) {
    const attribute = (typeof raw === 'object' && raw !== null ? raw : {}) as Json;
    const dataType = text(attribute, 'DataType') ?? '';
    const base = dataType.split('.')[0] ?? '';
    if (!TYPE_PREFIXES.has(base)) {
      return sqsFault.invalidParameterValue(
        `The type of message (user) attribute '${name}' is invalid. You must use only the following supported type prefixes: Binary, Number, String.`,
      );
    }
    const stringValue = text(attribute, base === 'Binary' ? 'BinaryValue' : 'StringValue');
    if (stringValue === undefined || stringValue === '') {
      return sqsFault.invalidParameterValue(
        `The message attribute '${name}' must contain non-empty message attribute value for message attribute type '${dataType}'.`,
      );
    }
    if (base === 'Number' && !NUMBER.test(stringValue)) {
      return sqsFault.invalidParameterValue(
        `Could not cast message attribute '${name}' value to number.`,
      );
    }
    const valueBytes =
      base === 'Binary' ? base64ToBytes(stringValue).length : encoder.encode(stringValue).length;
    bytes += encoder.encode(name).length + encoder.encode(dataType).length + valueBytes;
    attributes.set(
      name,
      base === 'Binary' ? { dataType, binaryValue: stringValue } : { dataType, stringValue },
    );
  }
  return { attributes, bytes };
}

/** FIFO's rules: a group id and (without content-based deduplication) a deduplication id, no delay. */
function queueTypeProblem(queue: SqsQueueView, input: Json): SqsFault | null {
  const delay = integer(input, 'DelaySeconds');
  if (!queue.fifo) {
    if (text(input, 'MessageDeduplicationId') === undefined) return null;
    return sqsFault.invalidParameterValue(
      'The request include parameter that is not valid for this queue type',
    );
  }
  if (!text(input, 'MessageGroupId')) return sqsFault.missingParameter('MessageGroupId');
  if (!text(input, 'MessageDeduplicationId')) {
    return sqsFault.invalidParameterValue(
      'The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly',
    );
  }
  if (delay !== undefined && delay !== 0) {
    return sqsFault.invalidParameterValue(
      `Value ${delay} for parameter DelaySeconds is invalid. Reason: The request include parameter that is not valid for this queue type.`,
    );
  }
  return null;
}

export function readSqsMessage(queue: SqsQueueView, input: Json): ReadSqsMessage | SqsFault {
  const body = text(input, 'MessageBody');
  if (body === undefined || body === '') return sqsFault.missingParameter('MessageBody');
  const delay = integer(input, 'DelaySeconds');
  if (delay !== undefined && (!Number.isInteger(delay) || delay < 0 || delay > MAX_DELAY_SECONDS)) {
    return sqsFault.invalidParameterValue(
      `Value ${delay} for parameter DelaySeconds is invalid. Reason: must be between 0 and ${MAX_DELAY_SECONDS}, if provided.`,
    );
  }
  const read = readAttributes(member(input, 'MessageAttributes'));
  if ('queryCode' in read) return read;
  const bytes = encoder.encode(body).length + read.bytes;
  if (bytes > MAX_SQS_MESSAGE_BYTES) {
    return sqsFault.invalidParameterValue(
      `One or more parameters are invalid. Reason: Message must be shorter than ${MAX_SQS_MESSAGE_BYTES} bytes.`,
    );
  }
  const typeProblem = queueTypeProblem(queue, input);
  if (typeProblem !== null) return typeProblem;
  const attributes: MessageAttributes = Object.fromEntries(
    [...read.attributes].map(([name, attribute]) => [
      name,
      {
        dataType: attribute.dataType,
        value: 'binaryValue' in attribute ? attribute.binaryValue : attribute.stringValue,
      },
    ]),
  );
  const groupId = text(input, 'MessageGroupId');
  const deduplicationId = text(input, 'MessageDeduplicationId');
  const sendInput: SendMessageInput = {
    body,
    attributes,
    ...(delay !== undefined && delay > 0 && { delaySeconds: delay }),
    // On a standard queue a group id only spreads work fairly; the simulation ignores it there.
    ...(queue.fifo && groupId !== undefined && { groupId }),
    ...(queue.fifo && deduplicationId !== undefined && { deduplicationId }),
  };
  return {
    input: sendInput,
    bytes,
    md5OfBody: md5OfText(body),
    ...(read.attributes.size > 0 && {
      md5OfAttributes: md5OfMessageAttributes(Object.fromEntries(read.attributes)),
    }),
  };
}
