import { describe, expect, it } from 'vitest';
import { bodyByteLength, decodeParam, groupValues, queryPairs, requestCookies } from './request';

describe('decodeParam', () => {
  it('decodes percent-escapes and keeps malformed text as sent', () => {
    expect(decodeParam('my%20photo%2B1')).toBe('my photo+1');
    expect(decodeParam('100%')).toBe('100%');
  });
});

describe('queryPairs', () => {
  it('splits, decodes and keeps repeats in order', () => {
    expect(queryPairs('a=1&a=2&b=x%20y&flag&&c=a=b&d=1+2')).toEqual([
      ['a', '1'],
      ['a', '2'],
      ['b', 'x y'],
      ['flag', ''],
      ['c', 'a=b'],
      ['d', '1+2'],
    ]);
    expect(queryPairs('')).toEqual([]);
  });
});

describe('groupValues', () => {
  it('groups by key, keeping the first spelling and first-seen order', () => {
    const pairs: Array<[string, string]> = [
      ['Accept', 'a'],
      ['X-Id', '1'],
      ['accept', 'b'],
    ];
    expect(groupValues(pairs, (name) => name.toLowerCase())).toEqual([
      ['Accept', ['a', 'b']],
      ['X-Id', ['1']],
    ]);
    expect(groupValues(pairs)).toEqual([
      ['Accept', ['a']],
      ['X-Id', ['1']],
      ['accept', ['b']],
    ]);
  });
});

describe('requestCookies', () => {
  it('joins the cookie list with Cookie headers split at semicolons', () => {
    const request = {
      method: 'GET',
      path: '/',
      query: '',
      headers: [
        ['Cookie', 'a=1; b=2'],
        ['accept', '*/*'],
      ] as Array<[string, string]>,
      cookies: ['theme=dark'],
    };
    expect(requestCookies(request)).toEqual(['theme=dark', 'a=1', 'b=2']);
  });
});

describe('bodyByteLength', () => {
  it('counts UTF-8 bytes of text and decoded bytes of base64', () => {
    expect(bodyByteLength(undefined)).toBe(0);
    expect(bodyByteLength({ text: 'héllo', isBase64Encoded: false })).toBe(6);
    expect(bodyByteLength({ text: 'AP+A', isBase64Encoded: true })).toBe(3);
  });
});
