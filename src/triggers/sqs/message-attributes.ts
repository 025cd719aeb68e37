// SQS message attributes: how Lambda shows them in a record, and SQS's MD5 digest of them.
// Digest (AWS SQS developer guide, "Calculating the MD5 message digest for message attributes"):
// sort by name; per attribute, the name and the data type each as a 4-byte big-endian length plus
// UTF-8 bytes, one transport byte (1 = String, used by String and Number; 2 = Binary), then the
// value as length plus UTF-8 bytes (String) or raw bytes (Binary); MD5 over all of it.
import type { SQSMessageAttribute } from 'aws-lambda';
import { base64ToBytes } from '../../share/base64';
import { md5Hex } from '../common/md5';

/** A message attribute as sent: `Binary…` types carry base64 in `binaryValue`, the rest `stringValue`. */
export type SqsAttributeInput =
  { dataType: string; stringValue: string } | { dataType: string; binaryValue: string };

const encoder = new TextEncoder();

function isBinary(
  attribute: SqsAttributeInput,
): attribute is { dataType: string; binaryValue: string } {
  return 'binaryValue' in attribute;
}

function lengthPrefixed(bytes: Uint8Array): Uint8Array[] {
  const length = new Uint8Array(4);
  new DataView(length.buffer).setUint32(0, bytes.length);
  return [length, bytes];
}

/** The `md5OfMessageAttributes` SQS reports for these attributes. */
export function md5OfMessageAttributes(attributes: Record<string, SqsAttributeInput>): string {
  const parts = Object.entries(attributes)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([name, attribute]) => {
      const value = isBinary(attribute)
        ? base64ToBytes(attribute.binaryValue)
        : encoder.encode(attribute.stringValue);
      return [
        ...lengthPrefixed(encoder.encode(name)),
        ...lengthPrefixed(encoder.encode(attribute.dataType)),
        new Uint8Array([isBinary(attribute) ? 2 : 1]),
        ...lengthPrefixed(value),
      ];
    });
  const buffer = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  parts.reduce((offset, part) => (buffer.set(part, offset), offset + part.length), 0);
  return md5Hex(buffer);
}

/** The attributes as a Lambda SQS record lists them (empty list fields included, as AWS sends). */
export function recordAttributes(
  attributes: Record<string, SqsAttributeInput>,
): Record<string, SQSMessageAttribute> {
  return Object.fromEntries(
    Object.entries(attributes).map(([name, attribute]) => [
      name,
      {
        ...(isBinary(attribute)
          ? { binaryValue: attribute.binaryValue }
          : { stringValue: attribute.stringValue }),
        stringListValues: [],
        binaryListValues: [],
        dataType: attribute.dataType,
      },
    ]),
  );
}
