// Reading a DynamoDB request's members from its JSON body, with the messages DynamoDB's own input
// validation gives (`1 validation error detected: ...`).
import type { AttributeValue, Item, TableDefinition } from '../../engine';
import { INVALID_PARAMETERS, validationError } from './errors';
import { utf8Length } from './item-size';
import { getEntry, isRecord, readItem, typeOf } from './values';

export type Input = Record<string, unknown>;

const TABLE_NAME = /^[a-zA-Z0-9_.-]+$/;
/** A table may be named by its ARN: arn:aws:dynamodb:us-east-1:123456789012:table/Orders. */
const TABLE_ARN = /^arn:aws[a-z-]*:dynamodb:[a-z0-9-]+:\d{12}:table\/([a-zA-Z0-9_.-]+)$/;

function lowerFirst(member: string): string {
  return member.charAt(0).toLowerCase() + member.slice(1);
}

export function tableNameOf(input: Input, member = 'TableName'): string {
  const raw = getEntry(input, member);
  const field = lowerFirst(member);
  if (raw === undefined || raw === null) {
    throw validationError(
      `1 validation error detected: Value null at '${field}' failed to satisfy constraint: Member must not be null`,
    );
  }
  if (typeof raw !== 'string') throw validationError('Unexpected value type in payload');
  const arn = TABLE_ARN.exec(raw);
  if (arn !== null) return arn[1]!;
  if (raw.length < 1 || raw.length > 255 || !TABLE_NAME.test(raw)) {
    const constraint =
      raw.length < 1
        ? 'Member must have length greater than or equal to 1'
        : raw.length > 255
          ? 'Member must have length less than or equal to 255'
          : 'Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+';
    throw validationError(
      `1 validation error detected: Value '${raw}' at '${field}' failed to satisfy constraint: ${constraint}`,
    );
  }
  return raw;
}

export function optionalString(input: Input, member: string): string | undefined {
  const raw = getEntry(input, member);
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string') throw validationError('Unexpected value type in payload');
  return raw;
}

export function optionalBoolean(input: Input, member: string): boolean | undefined {
  const raw = getEntry(input, member);
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'boolean') throw validationError('Unexpected value type in payload');
  return raw;
}

export function optionalEnum<T extends string>(
  input: Input,
  member: string,
  allowed: readonly T[],
): T | undefined {
  const raw = optionalString(input, member);
  if (raw === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw validationError(
      `1 validation error detected: Value '${raw}' at '${lowerFirst(member)}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`,
    );
  }
  return raw as T;
}

export function optionalLimit(input: Input): number | undefined {
  const raw = getEntry(input, 'Limit');
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'number' || !Number.isInteger(raw)) {
    throw validationError('Unexpected value type in payload');
  }
  if (raw < 1) {
    throw validationError(
      "1 validation error detected: Value at 'Limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
  }
  return raw;
}

export function requiredItem(input: Input, member: string): Item {
  const raw = getEntry(input, member);
  if (raw === undefined || raw === null) {
    throw validationError(
      `1 validation error detected: Value null at '${lowerFirst(member)}' failed to satisfy constraint: Member must not be null`,
    );
  }
  return readItem(raw);
}

export function optionalItem(input: Input, member: string): Item | undefined {
  const raw = getEntry(input, member);
  return raw === undefined || raw === null ? undefined : readItem(raw);
}

export function recordMember(input: Input, member: string): Input {
  const raw = getEntry(input, member);
  if (!isRecord(raw)) {
    throw validationError(
      `1 validation error detected: Value null at '${lowerFirst(member)}' failed to satisfy constraint: Member must not be null`,
    );
  }
  return raw;
}

// ---- Keys --------------------------------------------------------------------------------------

const PARTITION_KEY_LIMIT = 2048;
const SORT_KEY_LIMIT = 1024;

function keyValueSize(value: AttributeValue): number {
  if ('S' in value) return utf8Length(value.S);
  if ('B' in value) return atob(value.B).length;
  return 0;
}

function checkKeyValue(name: string, value: AttributeValue, isPartition: boolean): void {
  if (('S' in value && value.S === '') || ('B' in value && value.B === '')) {
    const kind = 'S' in value ? 'string' : 'binary';
    throw validationError(
      `One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty ${kind} value. Key: ${name}`,
    );
  }
  const size = keyValueSize(value);
  if (isPartition && size > PARTITION_KEY_LIMIT) {
    throw validationError(
      `${INVALID_PARAMETERS} Size of hashkey has exceeded the maximum size limit of2048 bytes`,
    );
  }
  if (!isPartition && size > SORT_KEY_LIMIT) {
    throw validationError(
      `${INVALID_PARAMETERS} Aggregated size of all range keys has exceeded the size limit of 1024 bytes`,
    );
  }
}

function keyAttributes(definition: TableDefinition) {
  return [
    { attribute: definition.partitionKey, isPartition: true },
    ...(definition.sortKey === null ? [] : [{ attribute: definition.sortKey, isPartition: false }]),
  ];
}

/** A whole item's key attributes (PutItem): each present, of its type, not empty. */
export function checkItemKey(definition: TableDefinition, item: Item): void {
  for (const { attribute, isPartition } of keyAttributes(definition)) {
    const value = getEntry(item, attribute.name);
    if (value === undefined) {
      throw validationError(`${INVALID_PARAMETERS} Missing the key ${attribute.name} in the item`);
    }
    if (typeOf(value) !== attribute.type) {
      throw validationError(
        `${INVALID_PARAMETERS} Type mismatch for key ${attribute.name} expected: ${attribute.type} actual: ${typeOf(value)}`,
      );
    }
    checkKeyValue(attribute.name, value, isPartition);
  }
}

/** A Key parameter (GetItem, UpdateItem, DeleteItem...): exactly the key attributes, typed. */
export function checkKey(
  definition: TableDefinition,
  key: Item,
  mismatch = 'The provided key element does not match the schema',
): void {
  const attributes = keyAttributes(definition);
  const names = Object.keys(key);
  const matches =
    names.length === attributes.length &&
    attributes.every(({ attribute }) => {
      const value = getEntry(key, attribute.name);
      return value !== undefined && typeOf(value) === attribute.type;
    });
  if (!matches) throw validationError(mismatch);
  for (const { attribute, isPartition } of attributes) {
    checkKeyValue(attribute.name, getEntry(key, attribute.name)!, isPartition);
  }
}
