// Node's `assert` and `assert/strict` for the checks handlers and their tests make, with Node's
// AssertionError (code ERR_ASSERTION) and its messages for the common cases. A failed `assert(x)`
// says `false == true`, as Node does when it cannot read the calling source; object differences
// are listed whole, line by line, where Node may skip unchanged lines.
import { isDeepEqual } from './deep-equal';
import { inspect } from './inspect';

interface AssertionErrorOptions {
  message?: string;
  actual?: unknown;
  expected?: unknown;
  operator?: string;
}

const show = (value: unknown) =>
  inspect(value, { compact: 0, depth: 1000, maxArrayLength: null, breakLength: Infinity });

export class AssertionError extends Error {
  actual: unknown;
  expected: unknown;
  operator: string | undefined;
  generatedMessage: boolean;
  code = 'ERR_ASSERTION';

  constructor(options: AssertionErrorOptions) {
    const generated = options.message === undefined;
    super(
      options.message ??
        `${inspect(options.actual)} ${options.operator ?? '=='} ${inspect(options.expected)}`,
    );
    this.name = 'AssertionError';
    this.actual = options.actual;
    this.expected = options.expected;
    this.operator = options.operator;
    this.generatedMessage = generated;
    this.stack = this.stack?.replace('AssertionError:', 'AssertionError [ERR_ASSERTION]:');
  }
}

type Message = string | Error | undefined;

function fail(options: AssertionErrorOptions, message: Message, generated: () => string): never {
  if (message instanceof Error) throw message;
  const error = new AssertionError({ ...options, message: message ?? generated() });
  error.generatedMessage = message === undefined;
  throw error;
}

/** The lines of `a` and `b`, marked `+` (only in actual), `-` (only in expected) or kept. */
function lineDiff(actual: string[], expected: string[]): string[] {
  const lengths = actual.map(() => new Array<number>(expected.length + 1).fill(0));
  lengths.push(new Array<number>(expected.length + 1).fill(0));
  for (let i = actual.length - 1; i >= 0; i -= 1) {
    for (let j = expected.length - 1; j >= 0; j -= 1) {
      const row = lengths[i] as number[];
      row[j] =
        actual[i] === expected[j]
          ? (lengths[i + 1]?.[j + 1] ?? 0) + 1
          : Math.max(lengths[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const lines: string[] = [];
  let i = 0;
  let j = 0;
  while (i < actual.length || j < expected.length) {
    if (i < actual.length && j < expected.length && actual[i] === expected[j]) {
      lines.push(`  ${actual[i] ?? ''}`);
      i += 1;
      j += 1;
    } else if (
      j >= expected.length ||
      (i < actual.length && (lengths[i + 1]?.[j] ?? 0) >= (lengths[i]?.[j + 1] ?? 0))
    ) {
      lines.push(`+ ${actual[i] ?? ''}`);
      i += 1;
    } else {
      lines.push(`- ${expected[j] ?? ''}`);
      j += 1;
    }
  }
  return lines;
}

/** "Expected values to be strictly equal:" and what follows, as Node words it. */
function comparison(header: string, actual: unknown, expected: unknown, operator: string): string {
  const [left, right] = [show(actual), show(expected)];
  if (left === right) {
    return `Values have same structure but are not reference-equal:\n\n${left}\n`;
  }
  const multiline = left.includes('\n') || right.includes('\n');
  if (!multiline) return `${header}\n\n${left} ${operator} ${right}\n`;
  const diff = lineDiff(left.split('\n'), right.split('\n'));
  return `${header}\n+ actual - expected\n\n${diff.join('\n')}`;
}

function ok(...args: [value?: unknown, message?: Message]): void {
  const [value, message] = args;
  if (!value) {
    fail({ actual: value, expected: true, operator: '==' }, message, () =>
      args.length === 0 ? 'No value argument passed to `assert.ok()`' : `${inspect(value)} == true`,
    );
  }
}

function equal(actual: unknown, expected: unknown, message?: Message): void {
  if (!(actual == expected || (Number.isNaN(actual) && Number.isNaN(expected)))) {
    fail(
      { actual, expected, operator: '==' },
      message,
      () => `${inspect(actual)} == ${inspect(expected)}`,
    );
  }
}

function notEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    fail(
      { actual, expected, operator: '!=' },
      message,
      () => `${inspect(actual)} != ${inspect(expected)}`,
    );
  }
}

function strictEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (!Object.is(actual, expected)) {
    fail({ actual, expected, operator: 'strictEqual' }, message, () =>
      comparison('Expected values to be strictly equal:', actual, expected, '!=='),
    );
  }
}

function notStrictEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (Object.is(actual, expected)) {
    fail({ actual, expected, operator: 'notStrictEqual' }, message, () => {
      const shown = show(actual);
      return shown.includes('\n')
        ? `Expected "actual" to be strictly unequal to:\n\n${shown}\n`
        : `Expected "actual" to be strictly unequal to: ${shown}`;
    });
  }
}

function deepStrictEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (!isDeepEqual(actual, expected, true)) {
    fail({ actual, expected, operator: 'deepStrictEqual' }, message, () =>
      comparison('Expected values to be strictly deep-equal:', actual, expected, '!=='),
    );
  }
}

function notDeepStrictEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (isDeepEqual(actual, expected, true)) {
    fail({ actual, expected, operator: 'notDeepStrictEqual' }, message, () => {
      const shown = show(actual);
      return `Expected "actual" not to be strictly deep-equal to:${shown.includes('\n') ? '\n\n' : ' '}${shown}\n`;
    });
  }
}

function deepEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (!isDeepEqual(actual, expected, false)) {
    fail({ actual, expected, operator: 'deepEqual' }, message, () =>
      comparison('Expected values to be loosely deep-equal:', actual, expected, '!='),
    );
  }
}

function notDeepEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (isDeepEqual(actual, expected, false)) {
    fail({ actual, expected, operator: 'notDeepEqual' }, message, () => {
      return `Expected "actual" not to be loosely deep-equal to:\n\n${show(actual)}\n`;
    });
  }
}

type Expected =
  RegExp | (new (...args: never[]) => unknown) | ((error: unknown) => unknown) | object;

const isClass = (value: unknown): value is new (...args: never[]) => unknown =>
  typeof value === 'function' &&
  (value.prototype instanceof Error || value === Error || /^class\s/.test(String(value)));

/** Whether the thrown `error` is what `expected` describes; rethrows it when its class is wrong. */
function check(error: unknown, expected: Expected | undefined, operator: string, message: Message) {
  if (expected === undefined) return;
  if (expected instanceof RegExp) {
    if (!expected.test(String(error))) {
      fail(
        { actual: error, expected, operator },
        message,
        () =>
          `The input did not match the regular expression ${String(expected)}. Input:\n\n${inspect(String(error))}\n`,
      );
    }
    return;
  }
  if (isClass(expected)) {
    if (!(error instanceof expected)) throw error as Error;
    return;
  }
  if (typeof expected === 'function') {
    if ((expected as (error: unknown) => unknown)(error) !== true) throw error as Error;
    return;
  }
  for (const key of Object.keys(expected)) {
    const want: unknown = Reflect.get(expected, key);
    const got: unknown =
      typeof error === 'object' && error !== null ? Reflect.get(error, key) : undefined;
    const matches =
      want instanceof RegExp && typeof got === 'string'
        ? want.test(got)
        : isDeepEqual(got, want, true);
    if (!matches) {
      fail({ actual: error, expected, operator }, message, () =>
        comparison('Expected values to be strictly deep-equal:', got, want, '!=='),
      );
    }
  }
}

const NO_ERROR = Symbol('no error');

function splitArgs(expected: unknown, message: Message): [Expected | undefined, Message] {
  return typeof expected === 'string' ? [undefined, expected] : [expected as Expected, message];
}

function missing(
  kind: 'exception' | 'rejection',
  expected: Expected | undefined,
  message: Message,
) {
  const named = typeof expected === 'function' && expected.name ? ` (${expected.name})` : '';
  const text =
    message === undefined
      ? `Missing expected ${kind}${named}.`
      : `Missing expected ${kind}: ${String(message)}`;
  const error = new AssertionError({
    actual: undefined,
    expected,
    operator: kind === 'exception' ? 'throws' : 'rejects',
    message: text,
  });
  error.generatedMessage = false;
  return error;
}

function throws(fn: () => unknown, expectedOrMessage?: unknown, maybeMessage?: Message): void {
  const [expected, message] = splitArgs(expectedOrMessage, maybeMessage);
  let thrown: unknown = NO_ERROR;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  if (thrown === NO_ERROR) throw missing('exception', expected, message);
  check(thrown, expected, 'throws', message);
}

async function rejects(
  promiseOrFn: Promise<unknown> | (() => Promise<unknown>),
  expectedOrMessage?: unknown,
  maybeMessage?: Message,
): Promise<void> {
  const [expected, message] = splitArgs(expectedOrMessage, maybeMessage);
  let thrown: unknown = NO_ERROR;
  try {
    await (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn);
  } catch (error) {
    thrown = error;
  }
  if (thrown === NO_ERROR) throw missing('rejection', expected, message);
  check(thrown, expected, 'rejects', message);
}

function unwanted(
  kind: 'exception' | 'rejection',
  error: unknown,
  message: Message,
): AssertionError {
  const actualMessage = error instanceof Error ? error.message : String(error);
  const detail = message === undefined ? '.' : `: ${String(message)}`;
  return new AssertionError({
    actual: error,
    operator: kind === 'exception' ? 'doesNotThrow' : 'doesNotReject',
    message: `Got unwanted ${kind}${detail}\nActual message: "${actualMessage}"`,
  });
}

function doesNotThrow(fn: () => unknown, _expected?: unknown, message?: Message): void {
  try {
    fn();
  } catch (error) {
    throw unwanted('exception', error, typeof _expected === 'string' ? _expected : message);
  }
}

async function doesNotReject(
  promiseOrFn: Promise<unknown> | (() => Promise<unknown>),
  _expected?: unknown,
  message?: Message,
): Promise<void> {
  try {
    await (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn);
  } catch (error) {
    throw unwanted('rejection', error, typeof _expected === 'string' ? _expected : message);
  }
}

function match(value: string, pattern: RegExp, message?: Message): void {
  if (typeof value !== 'string' || !pattern.test(value)) {
    fail({ actual: value, expected: pattern, operator: 'match' }, message, () =>
      typeof value !== 'string'
        ? `The "string" argument must be of type string. Received type ${typeof value} (${inspect(value)})`
        : `The input did not match the regular expression ${String(pattern)}. Input:\n\n${inspect(value)}\n`,
    );
  }
}

function failNow(message?: Message): never {
  if (message instanceof Error) throw message;
  const error = new AssertionError({ message: message ?? 'Failed', operator: 'fail' });
  error.generatedMessage = message === undefined;
  throw error;
}

function ifError(value: unknown): void {
  if (value === null || value === undefined) return;
  const text = value instanceof Error ? value.message : inspect(value);
  throw new AssertionError({
    actual: value,
    expected: null,
    operator: 'ifError',
    message: `ifError got unwanted exception: ${text}`,
  });
}

const common = {
  AssertionError,
  ok,
  fail: failNow,
  throws,
  rejects,
  doesNotThrow,
  doesNotReject,
  match,
  ifError,
  strictEqual,
  notStrictEqual,
  deepStrictEqual,
  notDeepStrictEqual,
};

/** `require('assert/strict')` (and `assert.strict`): the loose methods are the strict ones. */
export const strictAssert = Object.assign(
  (...args: [value?: unknown, message?: Message]) => ok(...args),
  {
    ...common,
    equal: strictEqual,
    notEqual: notStrictEqual,
    deepEqual: deepStrictEqual,
    notDeepEqual: notDeepStrictEqual,
  },
);

/** `require('assert')`: a function (`assert(value)` is `assert.ok(value)`) carrying the rest. */
export const assertModule = Object.assign(
  (...args: [value?: unknown, message?: Message]) => ok(...args),
  {
    ...common,
    equal,
    notEqual,
    deepEqual,
    notDeepEqual,
    strict: strictAssert,
  },
);
Object.assign(strictAssert, { strict: strictAssert });
