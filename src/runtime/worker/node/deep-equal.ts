// Node's deep equality (assert.deepStrictEqual, util.isDeepStrictEqual; loose for deepEqual):
// same prototype and own keys in strict mode, Object.is for primitives, Map and Set entries in any
// order, typed arrays by their bytes, Dates by time, and cycles compared once.

type Pairs = Map<object, object>;

const tagOf = (value: object) => Object.prototype.toString.call(value);

function primitivesEqual(a: unknown, b: unknown, strict: boolean): boolean {
  return strict ? Object.is(a, b) : a == b || (Number.isNaN(a) && Number.isNaN(b));
}

function ownKeys(value: object, strict: boolean): PropertyKey[] {
  const keys: PropertyKey[] = Object.keys(value);
  if (!strict) return keys;
  const symbols = Object.getOwnPropertySymbols(value).filter(
    (symbol) => Object.getOwnPropertyDescriptor(value, symbol)?.enumerable,
  );
  return [...keys, ...symbols];
}

function setsEqual(a: Set<unknown>, b: Set<unknown>, strict: boolean, seen: Pairs): boolean {
  if (a.size !== b.size) return false;
  const unmatched = [...b];
  for (const item of a) {
    if (b.has(item)) continue;
    const index = unmatched.findIndex((other) => compare(item, other, strict, seen));
    if (index === -1) return false;
    unmatched.splice(index, 1);
  }
  return true;
}

function mapsEqual(
  a: Map<unknown, unknown>,
  b: Map<unknown, unknown>,
  strict: boolean,
  seen: Pairs,
): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) {
    if (b.has(key)) {
      if (!compare(value, b.get(key), strict, seen)) return false;
      continue;
    }
    const match = [...b].find(
      ([otherKey, otherValue]) =>
        compare(key, otherKey, strict, seen) && compare(value, otherValue, strict, seen),
    );
    if (!match) return false;
  }
  return true;
}

function bytesEqual(a: ArrayBufferView, b: ArrayBufferView): boolean {
  if (a.byteLength !== b.byteLength) return false;
  const left = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const right = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  return left.every((byte, index) => byte === right[index]);
}

function compare(a: unknown, b: unknown, strict: boolean, seen: Pairs): boolean {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return typeof a !== 'function' && typeof b !== 'function' && primitivesEqual(a, b, strict);
  }
  if (seen.get(a) === b) return true;
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (tagOf(a) !== tagOf(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  seen.set(a, b);
  if (a instanceof Date && b instanceof Date && a.getTime() !== b.getTime()) return false;
  if (a instanceof RegExp && b instanceof RegExp) {
    if (a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
  }
  if (a instanceof Error && b instanceof Error) {
    if (a.message !== b.message || a.name !== b.name) return false;
  }
  if (ArrayBuffer.isView(a) && ArrayBuffer.isView(b) && !bytesEqual(a, b)) return false;
  if (a instanceof Set && b instanceof Set && !setsEqual(a, b, strict, seen)) return false;
  if (a instanceof Map && b instanceof Map && !mapsEqual(a, b, strict, seen)) return false;
  for (const boxed of [Number, String, Boolean] as const) {
    if (a instanceof boxed && b instanceof boxed && !Object.is(a.valueOf(), b.valueOf()))
      return false;
  }
  const keysA = ownKeys(a, strict);
  const keysB = ownKeys(b, strict);
  if (keysA.length !== keysB.length) return false;
  const keysOfB = new Set(keysB);
  return keysA.every(
    (key) => keysOfB.has(key) && compare(Reflect.get(a, key), Reflect.get(b, key), strict, seen),
  );
}

export function isDeepEqual(a: unknown, b: unknown, strict: boolean): boolean {
  return compare(a, b, strict, new Map());
}
