// The `util` module handlers reach for: format, inspect, promisify, types, inherits.
import { isDeepEqual } from './deep-equal';
import { format } from './format';
import { inspect } from './inspect';
import {
  isAsyncFunction,
  isDate,
  isGeneratorFunction,
  isMap,
  isNativeError,
  isPromise,
  isRegExp,
  isSet,
  isTypedArray,
  isWeakMap,
  isWeakSet,
} from './value-types';

type NodeCallback = (error: unknown, ...values: unknown[]) => void;
type CallbackStyle = (...args: unknown[]) => unknown;

const PROMISIFY_CUSTOM = Symbol.for('nodejs.util.promisify.custom');

function promisify(original: CallbackStyle): (...args: unknown[]) => Promise<unknown> {
  if (typeof original !== 'function') {
    throw new TypeError(
      `The "original" argument must be of type function. Received ${inspect(original)}`,
    );
  }
  const custom: unknown = (original as { [PROMISIFY_CUSTOM]?: unknown })[PROMISIFY_CUSTOM];
  if (typeof custom === 'function') return custom as (...args: unknown[]) => Promise<unknown>;
  return function (this: unknown, ...args: unknown[]) {
    return new Promise((resolve, reject) => {
      const callback: NodeCallback = (error, ...values) => {
        if (error) reject(error);
        else resolve(values[0]);
      };
      Reflect.apply(original, this, [...args, callback]);
    });
  };
}
promisify.custom = PROMISIFY_CUSTOM;

function inherits(child: { prototype: object }, parent: { prototype: object }): void {
  Object.setPrototypeOf(child.prototype, parent.prototype);
  Object.setPrototypeOf(child, parent);
  Object.defineProperty(child, 'super_', { value: parent, writable: true, configurable: true });
}

const onObjects = (check: (value: object) => boolean) => (value: unknown) =>
  typeof value === 'object' && value !== null && check(value);

export const types = {
  isAsyncFunction,
  isDate: onObjects(isDate),
  isGeneratorFunction,
  isMap: onObjects(isMap),
  isNativeError,
  isPromise,
  isRegExp: onObjects(isRegExp),
  isSet: onObjects(isSet),
  isTypedArray: onObjects(isTypedArray),
  isWeakMap: onObjects(isWeakMap),
  isWeakSet: onObjects(isWeakSet),
  isUint8Array: (value: unknown) => value instanceof Uint8Array,
  isArrayBuffer: (value: unknown) => value instanceof ArrayBuffer,
  isAnyArrayBuffer: (value: unknown) =>
    value instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer !== 'undefined' && value instanceof SharedArrayBuffer),
  isArrayBufferView: (value: unknown) => ArrayBuffer.isView(value),
  isDataView: (value: unknown) => value instanceof DataView,
};

/**
 * The module object. `deprecate` returns the function unchanged: Node's warning goes to stderr,
 * which this runtime does not model.
 */
export const utilModule = {
  format,
  inspect,
  promisify,
  inherits,
  types,
  deprecate: <T extends CallbackStyle>(fn: T): T => fn,
  isDeepStrictEqual: (a: unknown, b: unknown) => isDeepEqual(a, b, true),
  debuglog: () => () => undefined,
  TextEncoder,
  TextDecoder,
};
