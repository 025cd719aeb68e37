// Node's util.format: printf-like placeholders (%s %d %i %f %j %o %O %c %%), then every remaining
// argument inspected and joined with spaces — what console.log writes (lib/internal/util/inspect.js).
import { inspect } from './inspect';
import { formatNumber } from './inspect-primitive';

// Constructors whose `toString` Node treats as built-in (it inspects such objects for `%s`).
const BUILT_IN_CONSTRUCTORS = new Set([
  'Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol', 'Date', 'Promise',
  'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError',
  'TypeError', 'URIError', 'ArrayBuffer', 'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array',
  'Uint32Array', 'Int32Array', 'Float32Array', 'Float64Array', 'Uint8ClampedArray', 'BigUint64Array',
  'BigInt64Array', 'DataView', 'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet', 'Proxy', 'Reflect',
]); // prettier-ignore

function hasBuiltInToString(value: object): boolean {
  if (typeof (value as { toString?: unknown }).toString !== 'function') return true;
  if (Object.prototype.hasOwnProperty.call(value, 'toString')) return false;
  let owner: object | null = value;
  do {
    owner = Object.getPrototypeOf(owner) as object | null;
  } while (owner !== null && !Object.prototype.hasOwnProperty.call(owner, 'toString'));
  const constructor: unknown =
    owner && Object.getOwnPropertyDescriptor(owner, 'constructor')?.value;
  return typeof constructor === 'function' && BUILT_IN_CONSTRUCTORS.has(constructor.name);
}

function formatAsString(value: unknown): string {
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value !== 'object' || value === null || !hasBuiltInToString(value))
    return String(value);
  return inspect(value, { depth: 0 });
}

function formatAsNumber(value: unknown, parse: (text: string) => number): string {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return 'NaN';
  return formatNumber(parse === Number ? Number(value) : parse(String(value)));
}

function stringify(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch (error) {
    // Node prints this marker for circular structures and rethrows anything else.
    if (error instanceof TypeError && /circular/i.test(error.message)) return '[Circular]';
    throw error;
  }
}

function substitute(letter: string, value: unknown): string | undefined {
  switch (letter) {
    case 's':
      return formatAsString(value);
    case 'j':
      return stringify(value);
    case 'd':
      return formatAsNumber(value, Number);
    case 'i':
      return formatAsNumber(value, Number.parseInt);
    case 'f':
      return formatAsNumber(value, Number.parseFloat);
    case 'O':
      return inspect(value);
    case 'o':
      // Node also sets showHidden here; the extra hidden keys are not rendered by this port.
      return inspect(value, { depth: 4 });
    case 'c':
      return '';
    default:
      return undefined;
  }
}

export function format(...args: unknown[]): string {
  const [first] = args;
  let used = 0;
  let text = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let last = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first[i] !== '%') continue;
      const letter = first[++i] ?? '';
      if (letter === '%') {
        text += first.slice(last, i);
        last = i + 1;
        continue;
      }
      if (used + 1 === args.length) continue;
      const replacement = substitute(letter, args[used + 1]);
      if (replacement === undefined) continue;
      used++;
      text += first.slice(last, i - 1) + replacement;
      last = i + 1;
    }
    if (last !== 0) {
      used++;
      join = ' ';
      text += first.slice(last);
    }
  }
  for (; used < args.length; used++) {
    const value = args[used];
    text += join + (typeof value === 'string' ? value : inspect(value));
    join = ' ';
  }
  return text;
}
