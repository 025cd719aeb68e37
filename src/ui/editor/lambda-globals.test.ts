import { describe, expect, it } from 'vitest';
import { LAMBDA_GLOBALS } from './lambda-globals';

const declared = (name: string) => LAMBDA_GLOBALS.includes(`declare module '${name}';`);

describe('LAMBDA_GLOBALS', () => {
  it('declares the built-in modules the runtime provides, with and without node:', () => {
    for (const name of ['zlib', 'node:zlib', 'fs/promises', 'node:buffer', 'querystring']) {
      expect(declared(name), name).toBe(true);
    }
  });

  it('promises nothing the runtime lacks: no socket modules, no AWS SDK', () => {
    for (const name of ['net', 'node:child_process', 'tls'])
      expect(declared(name), name).toBe(false);
    expect(LAMBDA_GLOBALS).not.toContain('@aws-sdk');
  });
});
