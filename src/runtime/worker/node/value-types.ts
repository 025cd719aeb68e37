// Type checks that work for values from any realm (brand checks), like Node's util.types.

function passesBrandCheck(check: () => unknown): boolean {
  try {
    check();
    return true;
  } catch {
    return false;
  }
}

const objectTag = (value: unknown): string => Object.prototype.toString.call(value);

export const isMap = (value: object): value is Map<unknown, unknown> =>
  passesBrandCheck(() => Map.prototype.has.call(value, undefined));

export const isSet = (value: object): value is Set<unknown> =>
  passesBrandCheck(() => Set.prototype.has.call(value, undefined));

export const isWeakMap = (value: object): boolean =>
  passesBrandCheck(() => WeakMap.prototype.has.call(value, {}));

export const isWeakSet = (value: object): boolean =>
  passesBrandCheck(() => WeakSet.prototype.has.call(value, {}));

export const isDate = (value: object): value is Date =>
  passesBrandCheck(() => Date.prototype.getTime.call(value));

const regExpSource = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source')?.get;

export const isRegExp = (value: object): value is RegExp =>
  value !== RegExp.prototype && passesBrandCheck(() => regExpSource?.call(value));

export const isNativeError = (value: unknown): value is Error =>
  objectTag(value) === '[object Error]' || value instanceof Error;

export const isPromise = (value: unknown): value is Promise<unknown> =>
  objectTag(value) === '[object Promise]';

export const isAsyncFunction = (value: unknown): boolean =>
  objectTag(value) === '[object AsyncFunction]' ||
  objectTag(value) === '[object AsyncGeneratorFunction]';

export const isGeneratorFunction = (value: unknown): boolean =>
  objectTag(value) === '[object GeneratorFunction]' ||
  objectTag(value) === '[object AsyncGeneratorFunction]';

const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype) as object,
  Symbol.toStringTag,
)?.get;

/** `Uint8Array`, `Float64Array`, … for a typed array; undefined for anything else. */
export function typedArrayName(value: object): string | undefined {
  const name: unknown = typedArrayTag?.call(value);
  return typeof name === 'string' ? name : undefined;
}

export interface TypedArrayLike {
  readonly length: number;
  readonly [index: number]: number | bigint;
}

export const isTypedArray = (value: object): value is TypedArrayLike =>
  typedArrayName(value) !== undefined;
