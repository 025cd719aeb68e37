// The modules a bundle's bare imports resolve to, and Node's messages for the ones it cannot have.
import { describe, expect, it } from 'vitest';
import { createRequire, moduleNotFound } from './builtins';
import type { BuiltinsHost } from './builtins';
import { PROVIDED_NODE_MODULES } from '../../../engine/functions/node-modules';
import { Buffer } from './buffer';

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

describe('Node built-ins the runtime provides or refuses', () => {
  const require = createRequire(host);
  /** Provided by the file-system modules (fs, path, os…), which live in their own files. */
  const ELSEWHERE = new Set([
    'fs',
    'fs/promises',
    'os',
    'path',
    'querystring',
    'url',
    'worker_threads',
  ]);

  it('resolves every module the editor declares, with and without node:', () => {
    for (const name of PROVIDED_NODE_MODULES.filter((each) => !ELSEWHERE.has(each))) {
      expect(require(name), name).toBeDefined();
      expect(require(`node:${name}`), name).toBe(require(name));
    }
  });

  // That streams share the handler's EventEmitter holds in the runtime script, which bundles the
  // libraries with the runtime's own modules (scripts/runtime-script.test.ts, e2e/node-builtins);
  // Vitest pre-bundles the libraries with a copy of events.ts.
  it('gives streams that emit events and carry Buffers', async () => {
    const { Readable } = require('stream') as {
      Readable: { from(x: unknown[]): AsyncIterable<unknown> };
    };
    const chunks: unknown[] = [];
    for await (const chunk of Readable.from([Buffer.from('a')])) chunks.push(chunk);
    expect(Buffer.isBuffer(chunks[0])).toBe(true);
    expect((require('buffer') as { Buffer: unknown }).Buffer).toBe(Buffer);
  });

  it('refuses what a browser cannot give with Node’s error for a missing feature', () => {
    expect(() => require('net')).toThrow(
      "The feature 'net' is unavailable on the current platform, which is being used to run Node.js (this playground's Lambda runtime runs in a browser: a browser worker cannot open TCP sockets)",
    );
    expect(() => require('node:child_process')).toThrow(
      expect.objectContaining({ code: 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM' }),
    );
    expect(() => require('node:nope')).toThrow(
      expect.objectContaining({
        code: 'ERR_UNKNOWN_BUILTIN_MODULE',
        message: 'No such built-in module: node:nope',
      }),
    );
    const http = require('http') as { createServer: () => unknown };
    expect(() => http.createServer()).toThrow(/http\.createServer is unavailable/);
  });
});
