// The names util.inspect puts in front of values: constructor names, `[Object: null prototype]`,
// `[Function: f]`, `[class A extends B]`, and property keys.
import { quoteString } from './inspect-primitive';
import { isAsyncFunction, isGeneratorFunction } from './value-types';

function isInstance(value: object, constructor: unknown): boolean {
  try {
    return typeof constructor === 'function' && value instanceof constructor;
  } catch {
    return false;
  }
}

/** The first named `constructor` up the prototype chain; null for a null-prototype object. */
export function getConstructorName(value: object): string | null {
  let current: object | null = value;
  for (; current !== null; current = Object.getPrototypeOf(current) as object | null) {
    const constructor: unknown = Object.getOwnPropertyDescriptor(current, 'constructor')?.value;
    if (
      typeof constructor === 'function' &&
      constructor.name !== '' &&
      isInstance(value, constructor)
    ) {
      return String(constructor.name);
    }
  }
  if (Object.getPrototypeOf(value) === null) return null;
  // Node names these after V8's internal class name; a plain object is the only common case.
  return 'Object';
}

/** Symbol.toStringTag, unless it is an own enumerable property (then it is listed as a key). */
export function getToStringTag(value: object): string {
  const tag: unknown = (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag];
  if (typeof tag !== 'string') return '';
  return tag !== '' && Object.prototype.propertyIsEnumerable.call(value, Symbol.toStringTag)
    ? ''
    : tag;
}

/** `Foo `, `Map(2) `, `[Object: null prototype] `, `Object [tag] ` — always with a trailing space. */
export function getPrefix(constructor: string | null, tag: string, fallback: string, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

const IDENTIFIER = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

export function formatKey(key: string | symbol, enumerable: boolean): string {
  if (typeof key === 'symbol') return `[${key.toString()}]`;
  if (key === '__proto__') return "['__proto__']";
  if (!enumerable) return `[${key}]`;
  return IDENTIFIER.test(key) ? key : quoteString(key);
}

function getClassBase(value: { name?: unknown }, constructor: string | null, tag: string) {
  const ownName = Object.prototype.hasOwnProperty.call(value, 'name') ? value.name : '';
  let base = `class ${typeof ownName === 'string' && ownName !== '' ? ownName : '(anonymous)'}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor === null) return `[${base} extends [null prototype]]`;
  const parent = Object.getPrototypeOf(value) as { name?: unknown } | null;
  if (typeof parent?.name === 'string' && parent.name !== '') base += ` extends ${parent.name}`;
  return `[${base}]`;
}

/** `[Function: f]`, `[AsyncFunction (anonymous)]`, `[class A extends B]`… */
export function getFunctionBase(value: object, constructor: string | null, tag: string): string {
  const source = Function.prototype.toString.call(value);
  if (/^class[\s{]/.test(source) && source.endsWith('}')) {
    return getClassBase(value, constructor, tag);
  }
  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  const name: unknown = (value as { name?: unknown }).name;
  base += name === '' || typeof name !== 'string' ? ' (anonymous)' : `: ${name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}
