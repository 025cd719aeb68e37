// One message to publish, read from the Query form (Publish's fields, or one PublishBatch entry's)
// and checked as SNS checks it, with SNS's own error messages (docs/aws-services.md#sns-api).
import type { MessageAttributes, PublishInput } from '../../engine';
import { base64ToBytes } from '../../share/base64';
import { snsFault, type SnsFault } from './sns-wire';

/** A topic's default MaximumMessageSize: body and attributes together, 256 KiB. */
export const MAX_SNS_MESSAGE_BYTES = 262_144;
const MAX_SUBJECT_LENGTH = 100;
const TYPE_PREFIXES = new Set(['String', 'Number', 'Binary']);
// Integers and decimals with an optional exponent, as SNS casts a Number attribute.
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

const encoder = new TextEncoder();

export interface ReadMessage {
  input: PublishInput;
  /** What SNS counts against the size limit and bills: body and attributes, in bytes. */
  bytes: number;
}

/** The attributes under `{prefix}MessageAttributes.entry.N.…`, in the order sent. */
function attributeEntries(form: ReadonlyMap<string, string>, prefix: string) {
  const entries: Array<{ name: string; type: string; text?: string; binary?: string }> = [];
  for (let n = 1; ; n++) {
    const at = `${prefix}MessageAttributes.entry.${n}.`;
    const name = form.get(`${at}Name`);
    if (name === undefined) return entries;
    const text = form.get(`${at}Value.StringValue`);
    const binary = form.get(`${at}Value.BinaryValue`);
    entries.push({
      name,
      type: form.get(`${at}Value.DataType`) ?? '',
      ...(text !== undefined && { text }),
      ...(binary !== undefined && { binary }),
    });
  }
}

function isStringArray(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return (
      Array.isArray(value) &&
      value.every((item) => item === null || ['string', 'number', 'boolean'].includes(typeof item))
    );
  } catch {
    return false;
  }
}

function readAttributes(
  form: ReadonlyMap<string, string>,
  prefix: string,
): { attributes: MessageAttributes; bytes: number } | SnsFault {
  // Keyed through a Map first: an attribute may be called `__proto__`.
  const attributes = new Map<string, { dataType: string; value: string }>();
  let bytes = 0;
  for (const { name, type, text, binary } of attributeEntries(form, prefix)) {
    const base = type.split('.')[0] ?? '';
    if (!TYPE_PREFIXES.has(base)) {
      return snsFault.parameterValueInvalid(
        `The message attribute '${name}' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.`,
      );
    }
    const value = base === 'Binary' ? binary : text;
    if (value === undefined || value === '') {
      return snsFault.parameterValueInvalid(
        `The message attribute '${name}' must contain non-empty message attribute value for message attribute type '${type}'.`,
      );
    }
    if (base === 'Number' && !NUMBER.test(value)) {
      return snsFault.parameterValueInvalid(
        `Could not cast message attribute '${name}' value to number.`,
      );
    }
    if (type === 'String.Array' && !isStringArray(value)) {
      return snsFault.parameterValueInvalid(
        `The message attribute '${name}' with type 'String.Array' must be a JSON array of strings, numbers, true, false or null.`,
      );
    }
    const valueBytes =
      base === 'Binary' ? base64ToBytes(value).length : encoder.encode(value).length;
    bytes += encoder.encode(name).length + encoder.encode(type).length + valueBytes;
    attributes.set(name, { dataType: type, value });
  }
  return { attributes: Object.fromEntries(attributes), bytes };
}

/** With MessageStructure `json`: what a Lambda subscription receives (its `lambda` key, else `default`). */
function structuredMessage(message: string): string | SnsFault {
  let parsed: unknown;
  try {
    parsed = JSON.parse(message);
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return snsFault.invalidParameter(
      'Invalid parameter: Message Structure - JSON message body failed to parse',
    );
  }
  const entries = new Map(Object.entries(parsed));
  const fallback = entries.get('default');
  if (typeof fallback !== 'string') {
    return snsFault.invalidParameter(
      'Invalid parameter: Message Structure - No default entry in JSON message body',
    );
  }
  const forLambda = entries.get('lambda');
  return typeof forLambda === 'string' ? forLambda : fallback;
}

function subjectProblem(subject: string | undefined): SnsFault | null {
  if (subject === undefined) return null;
  // Empty, too long, or with a line break or another control character.
  const control = [...subject].some((char) => char.charCodeAt(0) < 0x20 || char === '\x7f');
  const bad = subject === '' || subject.length > MAX_SUBJECT_LENGTH || control;
  return bad ? snsFault.invalidParameter('Invalid parameter: Subject') : null;
}

/** Reads and checks the message under `prefix` (empty for Publish, `…member.N.` for a batch entry). */
export function readMessage(
  form: ReadonlyMap<string, string>,
  prefix = '',
): ReadMessage | SnsFault {
  const message = form.get(`${prefix}Message`) ?? '';
  const subject = form.get(`${prefix}Subject`);
  const structure = form.get(`${prefix}MessageStructure`);
  const subjectFault = subjectProblem(subject);
  if (subjectFault !== null) return subjectFault;
  if (message === '') return snsFault.invalidParameter('Invalid parameter: Empty message');
  const read = readAttributes(form, prefix);
  if ('code' in read) return read;
  const bytes = encoder.encode(message).length + read.bytes;
  if (bytes > MAX_SNS_MESSAGE_BYTES) {
    return snsFault.invalidParameter('Invalid parameter: Message too long');
  }
  let delivered = message;
  if (structure !== undefined && structure !== '') {
    if (structure !== 'json')
      return snsFault.invalidParameter('Invalid parameter: MessageStructure');
    const chosen = structuredMessage(message);
    if (typeof chosen !== 'string') return chosen;
    delivered = chosen;
  }
  const input: PublishInput = {
    message: delivered,
    ...(subject !== undefined && { subject }),
    attributes: read.attributes,
  };
  return { input, bytes };
}
