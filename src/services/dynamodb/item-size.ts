// An item's size as DynamoDB counts it (the 400 KB limit, capacity units, a stream record's
// SizeBytes): each attribute name's UTF-8 bytes plus its value's size. docs/aws-services.md#dynamodb-api.
import type { AttributeValue, Item } from '../../engine';
import { base64ToBytes } from '../../share/base64';
import { significantDigits } from './numbers';

/** DynamoDB refuses an item larger than this: 400 KB, compared as `size > 409600`. */
export const MAX_ITEM_BYTES = 400 * 1024;

const encoder = new TextEncoder();

export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/** A Number: one byte per two significant digits, rounded up, plus one (and one for the sign). */
function numberSize(text: string): number {
  const digits = significantDigits(text);
  return 1 + Math.ceil(digits / 2) + (text.startsWith('-') && digits > 0 ? 1 : 0);
}

export function valueSize(value: AttributeValue): number {
  if ('S' in value) return utf8Length(value.S);
  if ('N' in value) return numberSize(value.N);
  if ('B' in value) return base64ToBytes(value.B).length;
  if ('BOOL' in value || 'NULL' in value) return 1;
  if ('SS' in value) return value.SS.reduce((sum, member) => sum + utf8Length(member), 0);
  if ('NS' in value) return value.NS.reduce((sum, member) => sum + numberSize(member), 0);
  if ('BS' in value) return value.BS.reduce((sum, member) => sum + base64ToBytes(member).length, 0);
  // A list or map costs 3 bytes, plus 1 per element, plus its elements (a map's with their names).
  if ('L' in value) return 3 + value.L.reduce((sum, member) => sum + 1 + valueSize(member), 0);
  return 3 + Object.keys(value.M).length + itemSize(value.M);
}

export function itemSize(item: Item): number {
  let size = 0;
  for (const [name, value] of Object.entries(item)) size += utf8Length(name) + valueSize(value);
  return size;
}
