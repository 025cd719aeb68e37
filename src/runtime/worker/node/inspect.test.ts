// Compares the browser port of util.inspect with Node's own, value by value.
/// <reference types="node" />
import { inspect as nodeInspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { inspect } from './inspect';

class Point {
  constructor(
    public x: number,
    public y: number,
  ) {}
}
class Empty {}
class NotFound extends Error {}
class ValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ValidationError';
  }
}

function circular() {
  const a: Record<string, unknown> = { name: 'a' };
  a.self = a;
  a.list = [a, { back: a }];
  return a;
}

function withCode() {
  const error = new Error('boom') as Error & { code: string };
  error.code = 'E_BOOM';
  return error;
}

const cases: Array<[string, unknown]> = [
  ['small object', { left: 1, right: 2 }],
  ['array', [1, 2, 3]],
  ['empty containers', [{}, [], new Map(), new Set(), Object.create(null)]],
  ['nested past depth 2', { a: { b: { c: { d: 1 } } } }],
  ['nested arrays past depth', [[[[1]]]]],
  ['strings inside objects', { s: 'x', quote: "it's", both: `"it's"`, ctrl: 'a\nb\tc\u0001' }],
  ['keys needing quotes', { 'a-b': 1, $x: 2, _ok: 3, '1a': 4, '': 5 }],
  ['symbols', { [Symbol('tag')]: 1, s: Symbol('v') }],
  [
    'map and set',
    [
      new Map<unknown, unknown>([
        ['a', 1],
        [{ k: 1 }, [2]],
      ]),
      new Set([1, 'two']),
    ],
  ],
  ['dates', [new Date(Date.UTC(2025, 0, 2, 3, 4, 5, 6)), new Date(NaN)]],
  ['class instances', [new Point(1, 2), new Empty()]],
  ['null prototype', Object.assign(Object.create(null) as object, { a: 1 })],
  ['circular', circular()],
  ['long array', Array.from({ length: 150 }, (_, i) => i)],
  ['26 numbers in columns', Array.from({ length: 26 }, (_, i) => i * 7)],
  ['7 short strings', Array.from({ length: 7 }, (_, i) => `item${i}`)],
  ['mixed entries', [1, 'a', null, undefined, true, 2n, -0, NaN, Infinity]],
  [
    'line breaking past 72',
    { alpha: 'aaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbbb', gamma: 'ccccccccccccc' },
  ],
  ['just under the break', { alpha: 'aaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbb', gamma: 'cccccccccc' }],
  ['more than 6 keys', { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 }],
  ['nested multi-line', { list: Array.from({ length: 30 }, (_, i) => `value-${i}`), n: 1 }],
  ['long multi-line string', { text: `${'x'.repeat(30)}\n${'y'.repeat(70)}\nend` }],
  ['functions', [function named() {}, () => 1, async function run() {}, function* gen() {}, Point]],
  ['function with props', Object.assign(function tagged() {}, { retries: 3 })],
  ['class hierarchy', [NotFound, ValidationError]],
  ['regexp', [/ab+c/gi, Object.assign(/x/, { extra: 1 })]],
  ['sparse array', [1, , 3, , , 6]], // eslint-disable-line no-sparse-arrays
  ['array extras', Object.assign([1, 2], { label: 'x' })],
  ['typed array', new Uint8Array([1, 2, 255])],
  [
    'getters',
    {
      get value() {
        return 1;
      },
      set value(_v: number) {},
      get only() {
        return 2;
      },
    },
  ],
  [
    'big nested event',
    { Records: [{ s3: { bucket: { name: 'b' }, object: { key: 'k', size: 3 } } }] },
  ],
  ['weak map', new WeakMap()],
];

describe(inspect, () => {
  it.each(cases)('prints %s as Node does', (_name, value) => {
    expect(inspect(value)).toBe(nodeInspect(value));
  });

  it('prints errors with their stack, class name and extra keys as Node does', () => {
    for (const error of [
      new Error('plain'),
      new NotFound('gone'),
      new ValidationError('bad'),
      withCode(),
    ]) {
      expect(inspect(error)).toBe(nodeInspect(error));
      expect(inspect({ nested: error })).toBe(nodeInspect({ nested: error }));
    }
  });

  it('wraps an error without a stack in brackets', () => {
    const error = new TypeError('no stack');
    error.stack = undefined;
    expect(inspect(error)).toBe('[TypeError: no stack]');
  });

  it('honours depth, breakLength and maxArrayLength options', () => {
    const value = { a: { b: { c: { d: { e: 1 } } } }, list: [1, 2, 3, 4] };
    for (const options of [
      { depth: 0 },
      { depth: null },
      { breakLength: 20 },
      { maxArrayLength: 2 },
    ]) {
      expect(inspect(value, options)).toBe(nodeInspect(value, options));
    }
  });

  it('uses a custom inspect function', () => {
    const value = { [Symbol.for('nodejs.util.inspect.custom')]: () => 'Custom<1>' };
    expect(inspect({ wrapped: value })).toBe('{ wrapped: Custom<1> }');
  });
});
