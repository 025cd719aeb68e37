// The runtime's assert against node:assert: the messages of the common failures.
import * as node from 'node:assert';
import { describe, expect, it } from 'vitest';
import { assertModule as ours } from './assert';

const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    const { name, message, code, operator, generatedMessage } = error as node.AssertionError;
    return { name, message, code, operator, generatedMessage };
  }
  return null;
};

type Check = (assert: typeof node) => unknown;
const SAME_AS_NODE: Array<[string, Check]> = [
  ['strictEqual numbers', (a) => a.strictEqual(1, 2)],
  ['strictEqual strings', (a) => a.strictEqual('a', 'b')],
  ['strictEqual same structure', (a) => a.strictEqual({ a: 1 }, { a: 1 })],
  ['equal', (a) => a.equal(1, 2)],
  ['notStrictEqual', (a) => a.notStrictEqual(1, 1)],
  ['deepStrictEqual primitives', (a) => a.deepStrictEqual(1, 2)],
  ['notDeepStrictEqual', (a) => a.notDeepStrictEqual({ a: 1 }, { a: 1 })],
  ['throws nothing', (a) => a.throws(() => undefined)],
  ['throws nothing, class', (a) => a.throws(() => undefined, TypeError)],
  ['fail', (a) => a.fail()],
  ['fail with message', (a) => a.fail('boom')],
  ['match', (a) => a.match('abc', /x/)],
  ['doesNotThrow', (a) => a.doesNotThrow(() => { throw new Error('x'); })],
  ['passes', (a) => a.deepStrictEqual({ a: [1, { b: new Map([[1, 2]]) }] }, { a: [1, { b: new Map([[1, 2]]) }] })],
]; // prettier-ignore

describe('assert', () => {
  it.each(SAME_AS_NODE)('%s fails as Node does', (_, check) => {
    expect(failure(() => check(ours as unknown as typeof node))).toEqual(
      failure(() => check(node)),
    );
  });

  it('says `false == true` for a falsy assert(x), as Node does without the source', () => {
    expect(failure(() => ours(false))?.message).toBe('false == true');
    expect(ours.strict.equal).toBe(ours.strictEqual);
  });

  it('lists object differences as + actual / - expected lines', () => {
    expect(failure(() => ours.deepStrictEqual({ a: 1, b: 2 }, { a: 2, b: 2 }))?.message).toBe(
      'Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n+   a: 1,\n-   a: 2,\n    b: 2\n  }',
    );
  });

  it('rejects: checks the rejection, and reports a missing one', async () => {
    await ours.rejects(Promise.reject(new TypeError('bad')), TypeError);
    await expect(ours.rejects(Promise.resolve(1))).rejects.toThrow('Missing expected rejection.');
    expect(() =>
      ours.throws(() => {
        throw new Error('nope');
      }, /yes/),
    ).toThrow(
      // prettier-ignore
      "The input did not match the regular expression /yes/. Input:\n\n'Error: nope'\n",
    );
  });
});
