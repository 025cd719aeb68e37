// Compares the browser port of util.format with Node's own.
/// <reference types="node" />
import { format as nodeFormat } from 'node:util';
import { describe, expect, it } from 'vitest';
import { format } from './format';

class Money {
  constructor(private cents: number) {}
  toString() {
    return `$${(this.cents / 100).toFixed(2)}`;
  }
}

const circular: Record<string, unknown> = {};
circular.me = circular;

const cases: unknown[][] = [
  ['hello'],
  ['hello', 'world', 42],
  [{ a: 1 }, 'text', [1, 2]],
  ['%s is %d years and %i days', 'Ann', 42.5, '7.9'],
  ['%s', { nested: { deep: { deeper: 1 } } }],
  ['%s', new Money(1234)],
  ['%s', 12n, 'extra'],
  ['%f %d', '3.5', Symbol('s')],
  ['%j', { a: [1, 'b'] }],
  ['%j', circular],
  ['%o and %O', { a: { b: { c: { d: { e: 1 } } } } }, { a: { b: { c: { d: 1 } } } }],
  ['100%% sure %c styled', 'color: red'],
  ['%s and %s', 'only one'],
  ['trailing %', 1],
  ['%x unknown', 1],
  [undefined, null, 3],
  ['event: %s', '{"a":1}'],
];

describe(format, () => {
  it.each(cases)('formats %j as Node does', (...args) => {
    expect(format(...args)).toBe(nodeFormat(...args));
  });

  it('prints an error passed to %s with its stack', () => {
    const error = new Error('q');
    expect(format('%s', error)).toBe(nodeFormat('%s', error));
  });
});
