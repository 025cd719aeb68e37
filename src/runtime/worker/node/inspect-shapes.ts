// What util.inspect prints around an object's entries: its braces, the text in front of them
// (function, date, error, regexp), which own keys it lists, and what it prints when empty.
import { formatErrorBase } from './inspect-error';
import type { Braces } from './inspect-layout';
import { getFunctionBase, getPrefix } from './inspect-names';
import {
  isDate,
  isMap,
  isNativeError,
  isPromise,
  isRegExp,
  isSet,
  isWeakMap,
  isWeakSet,
  typedArrayName,
} from './value-types';

/** Which entries come before the own keys. */
export type ItemKind = 'none' | 'array' | 'typed-array' | 'set' | 'map' | 'promise' | 'weak';

export interface Shape {
  base: string;
  braces: Braces;
  keys: Array<string | symbol>;
  items: ItemKind;
  /** Printed as the whole value when there is nothing to list (`[]`, `Map(0) {}`, `[Function: f]`). */
  empty: string | null;
}

/** Own enumerable keys, strings then symbols, as Node lists them. */
export function getKeys(value: object): Array<string | symbol> {
  const keys: Array<string | symbol> = Object.keys(value);
  for (const symbol of Object.getOwnPropertySymbols(value)) {
    if (Object.prototype.propertyIsEnumerable.call(value, symbol)) keys.push(symbol);
  }
  return keys;
}

const isIndex = (key: string | symbol) => typeof key === 'string' && /^(0|[1-9]\d*)$/.test(key);

function describeList(value: object, constructor: string | null, tag: string): Shape | null {
  const keys = getKeys(value);
  if (Array.isArray(value)) {
    const prefix =
      constructor !== 'Array' || tag !== ''
        ? getPrefix(constructor, tag, 'Array', `(${value.length})`)
        : '';
    const extra = keys.filter((key) => !isIndex(key));
    const empty = value.length === 0 && extra.length === 0 ? `${prefix}[]` : null;
    return { base: '', braces: [`${prefix}[`, ']'], keys: extra, items: 'array', empty };
  }
  const typedName = typedArrayName(value);
  if (typedName !== undefined) {
    const { length } = value as { length: number };
    const prefix = getPrefix(constructor, tag, typedName, `(${length})`);
    const extra = keys.filter((key) => !isIndex(key));
    const empty = length === 0 && extra.length === 0 ? `${prefix}[]` : null;
    return { base: '', braces: [`${prefix}[`, ']'], keys: extra, items: 'typed-array', empty };
  }
  for (const [kind, name, test] of [
    ['set', 'Set', isSet],
    ['map', 'Map', isMap],
  ] as const) {
    if (!test(value)) continue;
    const { size } = value as { size: number };
    const prefix = getPrefix(constructor, tag, name, `(${size})`);
    const empty = size === 0 && keys.length === 0 ? `${prefix}{}` : null;
    return { base: '', braces: [`${prefix}{`, '}'], keys, items: kind, empty };
  }
  return null;
}

function describeSpecial(value: object, constructor: string | null, tag: string, indent: number) {
  const keys = getKeys(value);
  const shape = (base: string, empty: string | null, items: ItemKind = 'none'): Shape => ({
    base,
    braces: ['{', '}'],
    keys,
    items,
    empty: keys.length === 0 ? empty : null,
  });
  const withPrefix = (base: string, fallback: string) => {
    const prefix = getPrefix(constructor, tag, fallback);
    return prefix === `${fallback} ` ? base : `${prefix}${base}`;
  };
  if (typeof value === 'function') {
    const base = getFunctionBase(value, constructor, tag);
    return shape(base, base);
  }
  if (isRegExp(value)) {
    const base = withPrefix(RegExp.prototype.toString.call(value), 'RegExp');
    return shape(base, base);
  }
  if (isDate(value)) {
    const time = Date.prototype.getTime.call(value);
    const text = Number.isNaN(time)
      ? Date.prototype.toString.call(value)
      : Date.prototype.toISOString.call(value);
    const base = withPrefix(text, 'Date');
    return shape(base, base);
  }
  if (isNativeError(value)) {
    const base = formatErrorBase(value, constructor, tag, keys, indent);
    return shape(base, base);
  }
  const kind = isPromise(value)
    ? 'Promise'
    : isWeakSet(value)
      ? 'WeakSet'
      : isWeakMap(value)
        ? 'WeakMap'
        : null;
  if (kind !== null) {
    const result = shape('', null, kind === 'Promise' ? 'promise' : 'weak');
    result.braces[0] = `${getPrefix(constructor, tag, kind)}{`;
    return result;
  }
  const open =
    constructor === 'Object' && tag === '' ? '{' : `${getPrefix(constructor, tag, 'Object')}{`;
  const result = shape('', `${open}}`);
  result.braces[0] = open;
  return result;
}

export function describeObject(
  value: object,
  constructor: string | null,
  tag: string,
  indentationLvl: number,
): Shape {
  return (
    describeList(value, constructor, tag) ??
    describeSpecial(value, constructor, tag, indentationLvl)
  );
}
