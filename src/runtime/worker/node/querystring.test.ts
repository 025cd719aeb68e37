/// <reference types="node" />
// The runtime's querystring against Node's own node:querystring, on generated query strings and
// objects built from the characters that matter: separators, `+`, `%` escapes good and bad, and
// text outside ASCII.
import nodeQuerystring from 'node:querystring';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { querystringModule } from './querystring';

const piece = fc.constantFrom(
  'a',
  'b',
  '=',
  '&',
  '+',
  '%',
  '%2',
  '%20',
  '%41',
  '%zz',
  '%E2%82%AC',
  '%E2%82',
  'é',
  '€',
  ';',
  ' ',
  '',
);
const queryText = fc.array(piece, { maxLength: 10 }).map((pieces) => pieces.join(''));
const plain = (object: object) => ({ ...object });

describe('querystring (as node:querystring)', () => {
  it('parses generated query strings as Node does', () => {
    fc.assert(
      fc.property(queryText, (query) => {
        expect(plain(querystringModule.parse(query))).toEqual(plain(nodeQuerystring.parse(query)));
      }),
      { numRuns: 3000 },
    );
  });

  it('parses with other separators and a key limit as Node does', () => {
    fc.assert(
      fc.property(
        queryText,
        // One-character separators; Node's scanner has quirks of its own with longer ones.
        fc.constantFrom(';', '&', 'a'),
        fc.constantFrom(':', '=', 'b'),
        fc.integer({ min: 0, max: 3 }),
        (query, sep, eq, maxKeys) => {
          expect(plain(querystringModule.parse(query, sep, eq, { maxKeys }))).toEqual(
            plain(nodeQuerystring.parse(query, sep, eq, { maxKeys })),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('stringifies generated objects as Node does', () => {
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom(1, 0, -2.5, NaN, Infinity, 1e21, true, false, null, undefined, 10n),
      fc.array(fc.oneof(fc.string(), fc.integer())),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string(), value), (object) => {
        expect(querystringModule.stringify(object)).toBe(nodeQuerystring.stringify(object));
      }),
      { numRuns: 2000 },
    );
  });

  it('escapes and unescapes as Node does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), queryText, (text, query) => {
        expect(querystringModule.escape(text)).toBe(nodeQuerystring.escape(text));
        expect(querystringModule.unescape(query)).toBe(nodeQuerystring.unescape(query));
        // Node's own types leave unescapeBuffer out, though the module has it.
        const nodeUnescapeBuffer = (
          nodeQuerystring as unknown as { unescapeBuffer(s: string, spaces: boolean): Buffer }
        ).unescapeBuffer;
        expect(querystringModule.unescapeBuffer(query, true).toString('hex')).toBe(
          nodeUnescapeBuffer(query, true).toString('hex'),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('steps over `+` inside a value’s escape, as Node’s scanner does', () => {
    for (const query of ['=€%2+a', 'a=€%2++a', '€%2+a=1', '=€%+a', '=€%2xa']) {
      expect(plain(querystringModule.parse(query))).toEqual(plain(nodeQuerystring.parse(query)));
    }
  });

  it('returns an object without a prototype, repeated keys as arrays', () => {
    const parsed = querystringModule.parse('a=1&a=2&b=x+y');
    expect(Object.getPrototypeOf(parsed)).toBe(null);
    expect(plain(parsed)).toEqual({ a: ['1', '2'], b: 'x y' });
  });
});
