// `__playgroundRequire`: what a bundle's bare imports resolve to. The Node built-ins this runtime
// can provide faithfully are returned (the list: src/engine/functions/node-modules.ts); a built-in
// a browser cannot give fails as Node fails for a feature its platform lacks; anything else fails
// as Node fails to find a module, which Lambda's runtime turns into Runtime.ImportModuleError.
import { UNAVAILABLE_NODE_MODULES } from '../../../engine/functions/node-modules';
import { assertModule, strictAssert } from './assert';
import { bufferModule } from './buffer';
import { cryptoModule } from './crypto';
import { eventsModule } from './events';
import { httpModule, httpsModule } from './http';
import { nodeError, unavailable } from './node-errors';
import { streamModule, streamPromises, stringDecoderModule } from './stream';
import { createTimersModules } from './timers';
import type { TimerFunctions } from './timers';
import { utilModule } from './util';
import { zlibModule } from './zlib';

export type ModuleFormat = 'cjs' | 'esm';

export interface ModuleNotFoundError extends Error {
  code: 'MODULE_NOT_FOUND' | 'ERR_MODULE_NOT_FOUND';
}

/** `lodash/fp` → `lodash`, `@aws-sdk/client-s3/x` → `@aws-sdk/client-s3`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

/**
 * Node's own messages: CommonJS lists the require stack (the entry file, then Lambda's runtime);
 * ESM names the package and the importing file.
 */
export function moduleNotFound(
  specifier: string,
  format: ModuleFormat,
  importer: string,
): ModuleNotFoundError {
  if (format === 'esm') {
    const message = `Cannot find package '${packageName(specifier)}' imported from ${importer}`;
    const error = Object.assign(new Error(message), { code: 'ERR_MODULE_NOT_FOUND' as const });
    // Node's internal errors name their code in the stack's first line.
    error.stack = error.stack?.replace(/^Error:/, 'Error [ERR_MODULE_NOT_FOUND]:');
    return error;
  }
  const message = `Cannot find module '${specifier}'\nRequire stack:\n- ${importer}\n- /var/runtime/index.mjs`;
  return Object.assign(new Error(message), { code: 'MODULE_NOT_FOUND' as const });
}

export interface BuiltinsHost {
  timers: TimerFunctions;
  process: object;
  format: ModuleFormat;
  /** The path the entry file has on Lambda, e.g. `/var/task/index.js`. */
  importer: string;
}

/** The modules every instance shares as they are (the per-instance ones are added below). */
const SHARED_MODULES: Record<string, unknown> = {
  assert: assertModule,
  'assert/strict': strictAssert,
  buffer: bufferModule,
  crypto: cryptoModule,
  events: eventsModule,
  http: httpModule,
  https: httpsModule,
  perf_hooks: {
    performance: globalThis.performance,
    PerformanceObserver: globalThis.PerformanceObserver,
  },
  stream: streamModule,
  'stream/promises': streamPromises,
  'stream/web': {
    ReadableStream: globalThis.ReadableStream,
    WritableStream: globalThis.WritableStream,
    TransformStream: globalThis.TransformStream,
    TextEncoderStream: globalThis.TextEncoderStream,
    TextDecoderStream: globalThis.TextDecoderStream,
    CompressionStream: globalThis.CompressionStream,
    DecompressionStream: globalThis.DecompressionStream,
  },
  string_decoder: stringDecoderModule,
  util: utilModule,
  'util/types': utilModule.types,
  zlib: zlibModule,
};

const REASON_PREFIX = "this playground's Lambda runtime runs in a browser";

export function createRequire(host: BuiltinsHost): (specifier: string) => unknown {
  const { timers, promises } = createTimersModules(host.timers);
  const modules: Record<string, unknown> = {
    ...SHARED_MODULES,
    process: host.process,
    timers,
    'timers/promises': promises,
  };
  return (specifier: string) => {
    const prefixed = specifier.startsWith('node:');
    const name = prefixed ? specifier.slice('node:'.length) : specifier;
    if (name === 'console') return (globalThis as { console?: unknown }).console;
    const found = Object.prototype.hasOwnProperty.call(modules, name) ? modules[name] : undefined;
    if (found !== undefined) return found;
    const reason = UNAVAILABLE_NODE_MODULES.get(name);
    if (reason !== undefined) throw unavailable(`'${name}'`, `${REASON_PREFIX}: ${reason}`);
    if (prefixed) {
      throw nodeError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${specifier}`);
    }
    throw moduleNotFound(specifier, host.format, host.importer);
  };
}
