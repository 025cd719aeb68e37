// The modules a bundle's bare imports resolve to, and Node's messages for the ones it cannot have.
import { describe, expect, it } from 'vitest';
import { createRequire, moduleNotFound } from './builtins';
import type { BuiltinsHost } from './builtins';

const host: BuiltinsHost = {
  timers: { setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate },
  process: { marker: 'process' },
  format: 'cjs',
  importer: '/var/task/index.js',
};

describe(createRequire, () => {
  const require = createRequire(host);

  it('provides util, crypto, events, timers and process, with or without node:', () => {
    const util = require('node:util') as { format: (...a: unknown[]) => string };
    expect(util.format('%s=%d', 'a', 1)).toBe('a=1');
    expect(require('util')).toBe(util);
    const crypto = require('crypto') as {
      randomUUID(): string;
      randomBytes(n: number): { toString(e: string): string };
    };
    expect(crypto.randomUUID()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(crypto.randomBytes(8).toString('hex')).toMatch(/^[0-9a-f]{16}$/);
    const events = require('events') as { EventEmitter: unknown };
    expect(events.EventEmitter).toBe(events);
    expect(require('process')).toEqual({ marker: 'process' });
  });

  it('resolves timers/promises on the instance’s timers', async () => {
    const { setTimeout: wait } = require('node:timers/promises') as {
      setTimeout: (ms: number, value: string) => Promise<string>;
    };
    expect(await wait(1, 'later')).toBe('later');
  });

  it('fails like Node for anything else', () => {
    expect(() => require('lodash')).toThrow(
      "Cannot find module 'lodash'\nRequire stack:\n- /var/task/index.js\n- /var/runtime/index.mjs",
    );
  });
});

describe(moduleNotFound, () => {
  it('uses CommonJS’s message and code', () => {
    const error = moduleNotFound('@aws-sdk/client-s3', 'cjs', '/var/task/index.js');
    expect([error.code, error.message]).toEqual([
      'MODULE_NOT_FOUND',
      "Cannot find module '@aws-sdk/client-s3'\nRequire stack:\n- /var/task/index.js\n- /var/runtime/index.mjs",
    ]);
  });

  it('uses the ES module loader’s message, naming the package, with the code in the stack', () => {
    const error = moduleNotFound('@aws-sdk/client-s3/dist/x.js', 'esm', '/var/task/index.mjs');
    expect([error.code, error.message, error.stack?.split('\n')[0]]).toEqual([
      'ERR_MODULE_NOT_FOUND',
      "Cannot find package '@aws-sdk/client-s3' imported from /var/task/index.mjs",
      "Error [ERR_MODULE_NOT_FOUND]: Cannot find package '@aws-sdk/client-s3' imported from /var/task/index.mjs",
    ]);
  });
});
