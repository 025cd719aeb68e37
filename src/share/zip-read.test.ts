import { deflateSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_SLICE_OUTPUT } from './inflate-capped';
import { buildZip, deflated } from './testing/zip-builder';
import type { ZipLimits } from './zip-read';
import { readZip } from './zip-read';

const MB = 1024 * 1024;
const LIMITS: ZipLimits = { totalBytes: 8 * MB, fileBytes: 2 * MB, entries: 1000 };
const keepAll = () => true;
const text = (files: Map<string, Uint8Array>) =>
  new Map([...files].map(([path, bytes]) => [path, new TextDecoder().decode(bytes)]));

/** 100 MB of zeros, deflated once (about 100 KB) and reused by every bomb below. */
const BOMB_SIZE = 100 * MB;
const bomb = deflateSync(new Uint8Array(BOMB_SIZE));

describe(readZip, () => {
  it('reads what fflate zips, deflated or stored, leaving folders out', () => {
    const zip = zipSync({
      'template.yaml': [strToU8('Resources: {}'), { level: 0 }],
      'functions/a/index.js': strToU8('export const handler = () => 1;'),
      'functions/a/': new Uint8Array(0),
    });
    const read = readZip(zip, LIMITS, keepAll);
    expect(read.ok && text(read.files)).toEqual(
      new Map([
        ['template.yaml', 'Resources: {}'],
        ['functions/a/index.js', 'export const handler = () => 1;'],
      ]),
    );
  });

  it('keeps paths named like Object.prototype’s members exactly as they are', () => {
    // Written by hand: fflate's own zipSync cannot take a root path named `__proto__`.
    const names = ['__proto__', 'constructor', 'toString', 'functions/__proto__/index.js'];
    const zip = buildZip(names.map((name) => deflated(name, strToU8(`file ${name}`))));
    const read = readZip(zip, LIMITS, keepAll);
    expect(read.ok && text(read.files)).toEqual(new Map(names.map((n) => [n, `file ${n}`])));
  });

  it('refuses a bomb whose directory tells the truth before unpacking a byte', () => {
    const zip = buildZip([{ name: 'functions/a/big.js', data: bomb, size: BOMB_SIZE }]);
    expect(readZip(zip, LIMITS, keepAll)).toEqual({
      ok: false,
      message: 'functions/a/big.js unpacks to more than 2 MB, the most one file may hold.',
      unpacked: 0,
    });
  });

  it('stops a bomb whose directory lies, at the first byte past the file cap', () => {
    const zip = buildZip([{ name: 'functions/a/big.js', data: bomb, size: 100 }]);
    const read = readZip(zip, LIMITS, keepAll);
    expect(read).toMatchObject({
      ok: false,
      message: 'functions/a/big.js unpacks to more than 2 MB, the most one file may hold.',
    });
    const { unpacked } = read as { unpacked: number };
    expect(unpacked).toBeGreaterThan(2 * MB);
    expect(unpacked).toBeLessThanOrEqual(2 * MB + MAX_SLICE_OUTPUT);
  });

  it('stops the file that lies past what is left of the total, at the first byte past it', () => {
    const almost = new Uint8Array(1.9 * MB);
    const honest = ['a', 'b', 'c', 'd'].map((name) => deflated(`${name}.js`, almost));
    // Claims 0.3 MB, which the 7.6 MB before it leave room for; holds 1.9 MB.
    const liar = { ...deflated('e.js', almost), size: 0.3 * MB };
    const zip = buildZip([...honest, liar]);
    const read = readZip(zip, LIMITS, keepAll);
    expect(read).toMatchObject({
      ok: false,
      message: 'The zip unpacks to more than 8 MB in all, the most an import may hold.',
    });
    const { unpacked } = read as { unpacked: number };
    expect(unpacked).toBeGreaterThan(8 * MB);
    expect(unpacked).toBeLessThanOrEqual(8 * MB + MAX_SLICE_OUTPUT);
  });

  it('never unpacks what it is told to skip, however large', () => {
    const zip = buildZip([
      { name: 'node_modules/x/bomb.js', data: bomb, size: BOMB_SIZE },
      deflated('index.js', strToU8('ok')),
    ]);
    const read = readZip(zip, LIMITS, (path) => !path.startsWith('node_modules/'));
    expect(read.ok && text(read.files)).toEqual(new Map([['index.js', 'ok']]));
  });

  it('refuses stored data past the cap, and data that does not match its directory', () => {
    const stored = { name: 'big.js', data: new Uint8Array(3 * MB), method: 0, size: 10 };
    expect(readZip(buildZip([stored]), LIMITS, keepAll)).toMatchObject({
      message: 'big.js unpacks to more than 2 MB, the most one file may hold.',
    });
    const short = { ...deflated('a.js', strToU8('twenty bytes exactly')), size: 10 };
    expect(readZip(buildZip([short]), LIMITS, keepAll)).toMatchObject({
      message: 'The zip is damaged: a.js does not unpack to the size its directory gives.',
    });
  });

  it('reads ZIP64 sizes and offsets', () => {
    const entry = { ...deflated('functions/a/index.js', strToU8('sixty-four')), zip64: true };
    const read = readZip(buildZip([entry]), LIMITS, keepAll);
    expect(read.ok && text(read.files)).toEqual(new Map([['functions/a/index.js', 'sixty-four']]));
  });

  it('names what it cannot read: encryption, other methods, a path twice, too many entries', () => {
    const plain = deflated('a.js', strToU8('x'));
    const cases: Array<[Uint8Array, string]> = [
      [buildZip([{ ...plain, flags: 1 }]), 'a.js is encrypted: zip it again without a password.'],
      [
        buildZip([{ ...plain, method: 14 }]),
        'a.js is compressed with method 14, which the playground cannot read: zip it again with the usual deflate.',
      ],
      [buildZip([plain, plain]), 'The zip holds a.js twice.'],
      [strToU8('not a zip'), 'This file is not a zip archive, or it is damaged.'],
    ];
    for (const [zip, message] of cases) {
      expect(readZip(zip, LIMITS, keepAll)).toMatchObject({ ok: false, message });
    }
    const many = buildZip([plain, deflated('b.js', strToU8('y'))]);
    expect(readZip(many, { ...LIMITS, entries: 1 }, keepAll)).toMatchObject({
      message: 'The zip lists 2 files; an import takes at most 1.',
    });
  });
});
