// console.table draws exactly what Node's own console draws for the same data.
import { Console } from 'node:console';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { tableText } from './console-table';

/** What Node's console.table writes to a stream, without the final newline. */
function nodeTable(data: unknown, properties?: readonly string[]): string {
  let out = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out += chunk.toString();
      done();
    },
  });
  new Console({ stdout: stream, colorMode: false }).table(data, properties);
  return out.replace(/\n$/, '');
}

const CASES: Array<[string, unknown, (readonly string[])?]> = [
  ['an array of objects, one key missing', [{ a: 1, b: 'x' }, { a: 2 }]],
  ['an array of primitives', ['apple', 42, null, true]],
  ['an object of objects', { ann: { age: 31, city: 'Oslo' }, bob: { age: 4 } }],
  [
    'nested values collapsed',
    [{ list: [1, 2, 3, 4, 5], obj: { p: 1, q: 2, r: 3 }, two: { p: 1 } }],
  ],
  ['mixed rows', [{ a: 1 }, 'plain', [7, 8]]],
  [
    'a Map',
    new Map<unknown, unknown>([
      ['k', 1],
      [{ id: 2 }, 'v'],
    ]),
  ],
  ['a Set', new Set(['x', 'y'])],
  [
    'chosen columns',
    [
      { a: 1, b: 2, c: 3 },
      { a: 4, c: 6 },
    ],
    ['c', 'a'],
  ],
  ['an empty array', []],
];

describe(tableText, () => {
  it.each(CASES)('draws %s as Node does', (_name, data, properties) => {
    expect(tableText(data, properties)).toBe(nodeTable(data, properties));
  });

  it('leaves primitives to console.log', () => {
    expect(tableText('text')).toBeNull();
    expect(tableText(null)).toBeNull();
  });

  it('draws the box', () => {
    expect(tableText([{ a: 1 }])).toBe(
      [
        '┌─────────┬───┐',
        '│ (index) │ a │',
        '├─────────┼───┤',
        '│ 0       │ 1 │',
        '└─────────┴───┘',
      ].join('\n'),
    );
  });
});
