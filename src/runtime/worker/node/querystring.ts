// Node's `querystring`: parse, stringify, escape and unescape with Node's rules (checked against
// node:querystring in querystring.test.ts): `+` is a space, a malformed escape is kept as it is,
// repeated keys become arrays, and the parsed object has no prototype.
import { Buffer } from './buffer';

function malformed(): URIError {
  const error = Object.assign(new URIError('URI malformed'), { code: 'ERR_INVALID_URI' });
  error.stack = error.stack?.replace(/^URIError:/, 'URIError [ERR_INVALID_URI]:');
  return error;
}

function escape(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  try {
    return encodeURIComponent(text);
  } catch {
    throw malformed();
  }
}

const HEX = /^[0-9a-fA-F]{2}$/;

/**
 * Every valid `%XX` as its byte, `+` as a space when asked; any other character as the low byte of
 * its UTF-16 code unit, as Node's unescapeBuffer does (so `€` becomes 0xAC).
 */
function unescapeBuffer(text: string, decodeSpaces = false): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '%' && HEX.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (char === '+' && decodeSpaces) {
      bytes.push(0x20);
    } else {
      bytes.push(text.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

function unescape(text: string, decodeSpaces?: boolean): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return unescapeBuffer(text, decodeSpaces).toString();
  }
}

function primitive(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return '';
}

interface StringifyOptions {
  encodeURIComponent?: (text: string) => string;
}

function stringify(
  object: unknown,
  sep?: string | null,
  eq?: string | null,
  options?: StringifyOptions,
): string {
  const separator = sep || '&';
  const equals = eq || '=';
  const encode = options?.encodeURIComponent ?? escape;
  if (object === null || typeof object !== 'object') return '';
  const convert = (value: unknown) => {
    const text = primitive(value);
    return text === '' ? '' : encode(text);
  };
  const fields: string[] = [];
  for (const key of Object.keys(object)) {
    const value = (object as Record<string, unknown>)[key];
    const prefix = convert(key) + equals;
    if (Array.isArray(value)) {
      for (const item of value) fields.push(prefix + convert(item));
    } else {
      fields.push(prefix + convert(value));
    }
  }
  return fields.join(separator);
}

interface ParseOptions {
  maxKeys?: number;
  decodeURIComponent?: (text: string) => string;
}

type Parsed = Record<string, string | string[]>;

function parse(
  query: unknown,
  sep?: string | null,
  eq?: string | null,
  options?: ParseOptions,
): Parsed {
  const result = Object.create(null) as Parsed;
  if (typeof query !== 'string' || query.length === 0) return result;
  const separator = sep ? String(sep) : '&';
  const equals = eq ? String(eq) : '=';
  const maxKeys = typeof options?.maxKeys === 'number' ? options.maxKeys : 1000;
  const decoder = options?.decodeURIComponent ?? unescape;
  const escapes = (text: string) => text.match(/%[0-9a-fA-F]{2}/g)?.length ?? 0;
  const decode = (text: string, encoded: boolean) => {
    const spaced = text.replace(/\+/g, ' ');
    if (!encoded) return spaced;
    try {
      return decoder(spaced);
    } catch {
      return unescape(spaced, true);
    }
  };
  let pairs = query.split(separator);
  if (maxKeys > 0) pairs = pairs.slice(0, maxKeys);
  for (const pair of pairs) {
    if (pair === '') continue;
    const cut = pair.indexOf(equals);
    const rawKey = cut === -1 ? pair : pair.slice(0, cut);
    const rawValue = cut === -1 ? '' : pair.slice(cut + equals.length);
    // Node decodes only text that holds a real escape (`%` and two hex digits); its scanner also
    // marks the value for decoding once the key holds a second escape, and in a value it steps
    // over `+` without ending an escape (`%2+a` counts as one).
    const keyEscapes = escapes(rawKey);
    const key = decode(rawKey, keyEscapes > 0);
    const valueEscapes = escapes(rawValue.replace(/\+/g, ''));
    const value = decode(rawValue, keyEscapes > 1 || valueEscapes > 0);
    const existing = result[key];
    if (existing === undefined) result[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else result[key] = [existing, value];
  }
  return result;
}

export const querystringModule = {
  parse,
  decode: parse,
  stringify,
  encode: stringify,
  escape,
  unescape,
  unescapeBuffer,
};
