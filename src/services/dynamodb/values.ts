// DynamoDB's attribute values in their JSON wire form: reading them from a request (validated as
// DynamoDB validates them), comparing them (its sort order), and building items without letting an
// attribute name such as `__proto__` reach an object's prototype.
import type { AttributeValue, Item, KeyAttributeType } from '../../engine';
import { base64ToBytes } from '../../share/base64';
import { INVALID_PARAMETERS, validationError } from './errors';
import { canonicalNumber, compareNumbers } from './numbers';

export type ValueType = 'S' | 'N' | 'B' | 'BOOL' | 'NULL' | 'SS' | 'NS' | 'BS' | 'L' | 'M';

const VALUE_TYPES: readonly ValueType[] = [
  'S',
  'N',
  'B',
  'BOOL',
  'NULL',
  'SS',
  'NS',
  'BS',
  'L',
  'M',
];

export function isValueType(name: string): name is ValueType {
  return (VALUE_TYPES as readonly string[]).includes(name);
}

export function typeOf(value: AttributeValue): ValueType {
  if ('S' in value) return 'S';
  if ('N' in value) return 'N';
  if ('B' in value) return 'B';
  if ('BOOL' in value) return 'BOOL';
  if ('NULL' in value) return 'NULL';
  if ('SS' in value) return 'SS';
  if ('NS' in value) return 'NS';
  if ('BS' in value) return 'BS';
  if ('L' in value) return 'L';
  return 'M';
}

/** A record safe for any attribute name: no prototype, own properties only. */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

export function setEntry<T>(record: Record<string, T>, name: string, value: T): void {
  Object.defineProperty(record, name, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

export function getEntry<T>(record: Record<string, T>, name: string): T | undefined {
  return Object.hasOwn(record, name)
    ? (Object.getOwnPropertyDescriptor(record, name)?.value as T)
    : undefined;
}

export function recordOf<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const record = emptyRecord<T>();
  for (const [name, value] of entries) setEntry(record, name, value);
  return record;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---- Reading values from a request -------------------------------------------------------------

const SET_NAMES: Readonly<Record<'SS' | 'NS' | 'BS', string>> = {
  SS: 'string set',
  NS: 'number set',
  BS: 'binary set',
};

function invalid(detail: string): Error {
  return validationError(`${INVALID_PARAMETERS} ${detail}`);
}

function stringOf(value: unknown): string {
  if (typeof value !== 'string') {
    throw validationError('Start of structure or map found where not expected.');
  }
  return value;
}

function binaryOf(value: unknown): string {
  const text = stringOf(value);
  try {
    base64ToBytes(text);
  } catch {
    throw validationError('Invalid Base64 binary value');
  }
  return text;
}

function setOf(type: 'SS' | 'NS' | 'BS', members: unknown): string[] {
  if (!Array.isArray(members)) throw validationError('Unexpected value type in payload');
  const values = members.map((member) =>
    type === 'NS'
      ? canonicalNumber(stringOf(member))
      : type === 'BS'
        ? binaryOf(member)
        : stringOf(member),
  );
  if (values.length === 0) throw invalid(`An ${SET_NAMES[type]}  may not be empty`);
  if (new Set(values).size !== values.length) {
    throw invalid(`Input collection [${values.join(', ')}] contains duplicates.`);
  }
  return values;
}

/**
 * One attribute value from a request, checked as DynamoDB checks it (exactly one type, valid
 * numbers, non-empty sets without duplicates) and with its numbers in canonical form.
 */
export function readAttributeValue(raw: unknown): AttributeValue {
  if (!isRecord(raw)) throw validationError('Unexpected value type in payload');
  const members = Object.entries(raw).filter(
    ([, content]) => content !== null && content !== undefined,
  );
  if (members.length === 0) {
    throw validationError(
      'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes',
    );
  }
  if (members.length > 1) {
    throw validationError(
      'Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes',
    );
  }
  const [type, content] = members[0]!;
  switch (type) {
    case 'S':
      return { S: stringOf(content) };
    case 'N':
      return { N: canonicalNumber(stringOf(content)) };
    case 'B':
      return { B: binaryOf(content) };
    case 'BOOL':
      if (typeof content !== 'boolean') throw validationError('Unexpected value type in payload');
      return { BOOL: content };
    case 'NULL':
      // DynamoDB accepts NULL: false and stores it as NULL: true.
      return { NULL: true };
    case 'SS':
    case 'NS':
    case 'BS': {
      const values = setOf(type, content);
      return type === 'SS' ? { SS: values } : type === 'NS' ? { NS: values } : { BS: values };
    }
    case 'L':
      if (!Array.isArray(content)) throw validationError('Unexpected value type in payload');
      return { L: content.map(readAttributeValue) };
    case 'M':
      return { M: readItem(content) };
    default:
      throw validationError(
        'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes',
      );
  }
}

/** A map of attribute values (an item, a key, a nested M). */
export function readItem(raw: unknown): Item {
  if (!isRecord(raw)) throw validationError('Unexpected value type in payload');
  return recordOf(
    Object.entries(raw).map(([name, value]) => [name, readAttributeValue(value)] as const),
  );
}

// ---- Comparing ---------------------------------------------------------------------------------

/** Strings ordered by their UTF-8 bytes, which is their code points' order. */
export function compareStrings(a: string, b: string): number {
  const x = Array.from(a, (char) => char.codePointAt(0)!);
  const y = Array.from(b, (char) => char.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
    if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  }
  return x.length - y.length === 0 ? 0 : x.length < y.length ? -1 : 1;
}

/** Binaries ordered as unsigned bytes. */
export function compareBinaries(a: string, b: string): number {
  const x = base64ToBytes(a);
  const y = base64ToBytes(b);
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
    if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  }
  return x.length === y.length ? 0 : x.length < y.length ? -1 : 1;
}

/** Orders two scalars of one type (S, N or B) as DynamoDB does; null when they cannot be ordered. */
export function compareScalars(a: AttributeValue, b: AttributeValue): number | null {
  if ('S' in a && 'S' in b) return compareStrings(a.S, b.S);
  if ('N' in a && 'N' in b) return compareNumbers(a.N, b.N);
  if ('B' in a && 'B' in b) return compareBinaries(a.B, b.B);
  return null;
}

function sameMembers(a: readonly string[], b: readonly string[], type: ValueType): boolean {
  if (a.length !== b.length) return false;
  if (type === 'NS') return a.every((x) => b.some((y) => compareNumbers(x, y) === 0));
  const set = new Set(b);
  return a.every((x) => set.has(x));
}

export function valuesEqual(a: AttributeValue, b: AttributeValue): boolean {
  const type = typeOf(a);
  if (type !== typeOf(b)) return false;
  if ('L' in a && 'L' in b) {
    return a.L.length === b.L.length && a.L.every((value, i) => valuesEqual(value, b.L[i]!));
  }
  if ('M' in a && 'M' in b) return itemsEqual(a.M, b.M);
  if ('SS' in a && 'SS' in b) return sameMembers(a.SS, b.SS, type);
  if ('NS' in a && 'NS' in b) return sameMembers(a.NS, b.NS, type);
  if ('BS' in a && 'BS' in b) return sameMembers(a.BS, b.BS, type);
  if ('BOOL' in a && 'BOOL' in b) return a.BOOL === b.BOOL;
  if ('NULL' in a && 'NULL' in b) return true;
  return compareScalars(a, b) === 0;
}

export function itemsEqual(a: Item, b: Item): boolean {
  const entries = Object.entries(a);
  if (entries.length !== Object.keys(b).length) return false;
  return entries.every(([name, value]) => {
    const other = getEntry(b, name);
    return other !== undefined && valuesEqual(value, other);
  });
}

export function scalarTypeMatches(value: AttributeValue, type: KeyAttributeType): boolean {
  return typeOf(value) === type;
}

/** The JSON-ish rendering DynamoDB uses in messages: `{N:10}`, `{S:abc}`. */
export function describeValue(value: AttributeValue): string {
  const type = typeOf(value);
  const content = Object.values(value)[0] as unknown;
  if (Array.isArray(content) && type !== 'L') return `{${type}:[${content.join(', ')}]}`;
  if (type === 'L' || type === 'M') return `{${type}:${JSON.stringify(content)}}`;
  return `{${type}:${String(content)}}`;
}
