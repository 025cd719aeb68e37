// Node's util.inspect rewritten for the browser, so handlers' console output reads exactly as in
// CloudWatch: same depth, quoting, circular markers and line breaking (lib/internal/util/inspect.js).
import { reduceToSingleString } from './inspect-layout';
import type { LayoutContext } from './inspect-layout';
import { formatKey, getConstructorName, getPrefix, getToStringTag } from './inspect-names';
import { formatNumber, formatPrimitive } from './inspect-primitive';
import { describeObject } from './inspect-shapes';
import type { ItemKind } from './inspect-shapes';
import type { TypedArrayLike } from './value-types';

export interface InspectOptions {
  depth?: number | null;
  breakLength?: number;
  compact?: number;
  maxArrayLength?: number | null;
  maxStringLength?: number | null;
  customInspect?: boolean;
}

interface Context extends LayoutContext {
  depth: number;
  maxArrayLength: number;
  maxStringLength: number;
  customInspect: boolean;
  seen: object[];
  circular: Map<object, number> | undefined;
}

const CUSTOM_INSPECT = Symbol.for('nodejs.util.inspect.custom');

const limit = (value: number | null | undefined, fallback: number) =>
  value === null ? Infinity : (value ?? fallback);

export function inspect(value: unknown, options: InspectOptions = {}): string {
  const ctx: Context = {
    depth: limit(options.depth, 2),
    breakLength: options.breakLength ?? 80,
    compact: options.compact ?? 3,
    maxArrayLength: limit(options.maxArrayLength, 100),
    maxStringLength: limit(options.maxStringLength, 10000),
    customInspect: options.customInspect ?? true,
    indentationLvl: 0,
    currentDepth: 0,
    seen: [],
    circular: undefined,
  };
  return formatValue(ctx, value, 0);
}
inspect.custom = CUSTOM_INSPECT;

function userOptions(ctx: Context): InspectOptions & { stylize: (text: string) => string } {
  const { depth, breakLength, compact, maxArrayLength, maxStringLength, customInspect } = ctx;
  const stylize = (text: string) => text;
  return { depth, breakLength, compact, maxArrayLength, maxStringLength, customInspect, stylize };
}

function formatCustom(ctx: Context, value: object, recurseTimes: number): string | undefined {
  const custom: unknown = (value as { [CUSTOM_INSPECT]?: unknown })[CUSTOM_INSPECT];
  const constructor: unknown = (value as { constructor?: unknown }).constructor;
  const isPrototype =
    typeof constructor === 'function' &&
    (constructor as { prototype?: unknown }).prototype === value;
  if (typeof custom !== 'function' || custom === inspect || isPrototype) return undefined;
  const result: unknown = custom.call(value, ctx.depth - recurseTimes, userOptions(ctx), inspect);
  if (result === value) return undefined;
  if (typeof result !== 'string') return formatValue(ctx, result, recurseTimes);
  return result.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
}

function formatValue(ctx: Context, value: unknown, recurseTimes: number): string {
  if (value === null) return 'null';
  if (typeof value !== 'object' && typeof value !== 'function') return formatPrimitive(value, ctx);
  if (ctx.customInspect) {
    const custom = formatCustom(ctx, value, recurseTimes);
    if (custom !== undefined) return custom;
  }
  if (ctx.seen.includes(value)) {
    ctx.circular ??= new Map();
    let index = ctx.circular.get(value);
    if (index === undefined) {
      index = ctx.circular.size + 1;
      ctx.circular.set(value, index);
    }
    return `[Circular *${index}]`;
  }
  return formatRaw(ctx, value, recurseTimes);
}

function formatRaw(ctx: Context, value: object, recurseTimes: number): string {
  const constructor = getConstructorName(value);
  const tag = getToStringTag(value);
  const shape = describeObject(value, constructor, tag, ctx.indentationLvl);
  if (shape.empty !== null) return shape.empty;
  if (recurseTimes > ctx.depth) {
    const name = getPrefix(constructor, tag, 'Object').slice(0, -1);
    return constructor === null ? name : `[${name}]`;
  }
  const depth = recurseTimes + 1;
  ctx.seen.push(value);
  ctx.currentDepth = depth;
  const output = formatItems(ctx, value, shape.items, depth);
  for (const key of shape.keys) output.push(formatProperty(ctx, value, key, depth));
  let base = shape.base;
  const reference = ctx.circular?.get(value);
  if (reference !== undefined)
    base = base === '' ? `<ref *${reference}>` : `<ref *${reference}> ${base}`;
  ctx.seen.pop();
  const listLike = shape.items === 'array' || shape.items === 'typed-array';
  const numeric = listLike && isNumericList(value as ArrayLike<unknown>, output.length);
  return reduceToSingleString(ctx, output, base, shape.braces, listLike, depth, numeric);
}

function isNumericList(list: ArrayLike<unknown>, count: number): boolean {
  for (let i = 0; i < count; i++) {
    const type = typeof list[i];
    if (type !== 'number' && type !== 'bigint') return false;
  }
  return true;
}

function formatNested(ctx: Context, value: unknown, recurseTimes: number): string {
  ctx.indentationLvl += 2;
  const text = formatValue(ctx, value, recurseTimes);
  ctx.indentationLvl -= 2;
  return text;
}

function formatProperty(ctx: Context, value: object, key: string | symbol, recurseTimes: number) {
  const descriptor = Object.getOwnPropertyDescriptor(value, key) ?? {
    value: (value as Record<string | symbol, unknown>)[key],
    enumerable: true,
  };
  let text = 'undefined';
  if (descriptor.value !== undefined) text = formatNested(ctx, descriptor.value, recurseTimes);
  else if (descriptor.get) text = descriptor.set ? '[Getter/Setter]' : '[Getter]';
  else if (descriptor.set) text = '[Setter]';
  return `${formatKey(key, descriptor.enumerable ?? true)}: ${text}`;
}

const moreItems = (count: number) => `... ${count} more item${count > 1 ? 's' : ''}`;

function formatItems(ctx: Context, value: object, kind: ItemKind, depth: number): string[] {
  switch (kind) {
    case 'array':
      return formatArrayItems(ctx, value as unknown[], depth);
    case 'typed-array': {
      const list = value as TypedArrayLike;
      const shown = Math.min(ctx.maxArrayLength, list.length);
      const output: string[] = [];
      for (let i = 0; i < shown; i++) {
        const item = list[i];
        output.push(typeof item === 'bigint' ? `${item}n` : formatNumber(item ?? 0));
      }
      if (list.length > shown) output.push(moreItems(list.length - shown));
      return output;
    }
    case 'set':
    case 'map':
      return formatCollection(ctx, value as Map<unknown, unknown> | Set<unknown>, kind, depth);
    case 'promise':
      // A page cannot read a promise's state synchronously; pending is the common case when logged.
      return ['<pending>'];
    case 'weak':
      return ['<items unknown>'];
    default:
      return [];
  }
}

function formatCollection(
  ctx: Context,
  collection: Map<unknown, unknown> | Set<unknown>,
  kind: 'set' | 'map',
  depth: number,
): string[] {
  const shown = Math.min(ctx.maxArrayLength, collection.size);
  const output: string[] = [];
  ctx.indentationLvl += 2;
  for (const [key, item] of collection.entries()) {
    if (output.length >= shown) break;
    output.push(
      kind === 'map'
        ? `${formatValue(ctx, key, depth)} => ${formatValue(ctx, item, depth)}`
        : formatValue(ctx, item, depth),
    );
  }
  ctx.indentationLvl -= 2;
  if (collection.size > shown) output.push(moreItems(collection.size - shown));
  return output;
}

function formatArrayItems(ctx: Context, array: unknown[], depth: number): string[] {
  const output: string[] = [];
  const shown = Math.min(ctx.maxArrayLength, array.length);
  let index = 0;
  while (index < array.length && output.length < shown) {
    if (Object.prototype.hasOwnProperty.call(array, index)) {
      output.push(formatNested(ctx, array[index], depth));
      index++;
      continue;
    }
    // Holes: find the next element through the keys, so `new Array(1e9)` costs nothing.
    const next =
      Object.keys(array)
        .map(Number)
        .find((key) => key > index) ?? array.length;
    const holes = Math.min(next, array.length) - index;
    output.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`);
    index += holes;
  }
  if (index < array.length) output.push(moreItems(array.length - index));
  return output;
}
