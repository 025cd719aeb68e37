/// <reference types="node" />
// The runtime's url against Node's own node:url, on the shapes of URL handlers meet.
import nodeUrl from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { urlModule } from './url';

const URLS = [
  'http://example.com',
  'https://user:pass@Example.COM:8080/a/b?x=1&y=2#top',
  'http://example.com/path with spaces?q=a b',
  'https://example.com/?',
  'https://example.com/#',
  'http://[::1]:3000/x',
  '//host/path?x',
  '/just/a/path?query=1#h',
  'relative/path?x=1',
  '?only=query',
  '#only-hash',
  'mailto:someone@example.com',
  'file:///var/task/index.js',
  'HTTP://EXAMPLE.com/UPPER',
  'http://example.com:/empty-port',
  'http://a.com/b\\c?d\\e',
  '  http://trimmed.example/  ',
  's3://bucket/key/with/parts.json',
];

const plain = (value: object) => JSON.parse(JSON.stringify(value)) as unknown;

describe('url (as node:url)', () => {
  beforeAll(() => {
    vi.spyOn(process, 'cwd').mockReturnValue('/var/task');
  });
  afterAll(() => vi.restoreAllMocks());

  it.each(URLS)('parses %j as the legacy url.parse does', (input) => {
    expect(plain(urlModule.parse(input))).toEqual(plain(nodeUrl.parse(input)));
    expect(plain(urlModule.parse(input, true))).toEqual(plain(nodeUrl.parse(input, true)));
  });

  it.each(URLS)('formats the parse of %j back as Node does', (input) => {
    expect(urlModule.format(urlModule.parse(input))).toBe(nodeUrl.format(nodeUrl.parse(input)));
  });

  it('formats url objects as Node does', () => {
    const objects = [
      {
        protocol: 'https',
        hostname: 'example.com',
        pathname: '/some/path',
        query: { page: 1, q: 'a b' },
      },
      { protocol: 'http:', host: 'example.com:8080', pathname: 'x', hash: 'frag' },
      { pathname: '/a?b#c', search: 'x=1' },
      { protocol: 'mailto:', pathname: 'a@b.c' },
    ];
    for (const object of objects) expect(urlModule.format(object)).toBe(nodeUrl.format(object));
  });

  it('resolves as Node does', () => {
    const pairs: Array<[string, string]> = [
      ['/one/two/three', 'four'],
      ['http://example.com/', '/one'],
      ['http://example.com/one', '/two'],
      ['http://example.com/a/b', '../c?x#y'],
      ['one/two', 'three'],
    ];
    for (const [from, to] of pairs)
      expect(urlModule.resolve(from, to)).toBe(nodeUrl.resolve(from, to));
  });

  it('converts file URLs and Linux paths as Node does', () => {
    for (const path of ['/tmp/a b.txt', 'data.json', '/var/task/%.txt', '/tmp/dir/', '/tmp/q?#']) {
      expect(urlModule.pathToFileURL(path).href).toBe(nodeUrl.pathToFileURL(path).href);
    }
    for (const url of ['file:///tmp/a%20b.txt', 'file:///var/task/index.js']) {
      expect(urlModule.fileURLToPath(url)).toBe(nodeUrl.fileURLToPath(url));
    }
    expect(() => urlModule.fileURLToPath('https://x/y')).toThrow('The URL must be of scheme file');
    expect(() => urlModule.fileURLToPath('file:///a%2Fb')).toThrow(/encoded \/ characters/);
  });

  it('has the WHATWG classes', () => {
    expect(new urlModule.URL('https://a.com/x?y=1').searchParams.get('y')).toBe('1');
    expect(new urlModule.URLSearchParams('a=1&a=2').getAll('a')).toEqual(['1', '2']);
  });
});
