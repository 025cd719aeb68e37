// `__playgroundRequire`: what a bundle's bare imports resolve to. The Node built-ins this runtime
// can provide faithfully are returned (the list: src/engine/functions/node-modules.ts); a built-in
// a browser cannot give fails as Node fails for a feature its platform lacks; anything else fails
// as Node fails to find a module, which Lambda's runtime turns into Runtime.ImportModuleError.
import { UNAVAILABLE_NODE_MODULES } from '../../../engine/functions/node-modules';
import { isSdkPackage } from '../../../engine/functions/sdk-packages';
import { eventsModule } from './events';
import { libraries } from './load-libraries';
import { nodeError, unavailable } from './node-errors';
import { createTimersModules } from './timers';
import type { TimerFunctions } from './timers';
import type { ServerHost } from './http-server';
import { utilModule } from './util';
import { createFsModules } from './fs/fs-module';
import { createOsModule } from './os';
import { pathModule } from './path';
import { querystringModule } from './querystring';
import { urlModule } from './url';
import { workerThreadsModule } from './worker-threads';
import { defaultFunctionConfig } from '../../../engine/functions/default-config';
import { ephemeralStorageOf } from '../../../engine/functions/ephemeral-storage';
import type { FunctionConfig } from '../../../engine/types';

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
  /** A provided SDK package's module (src/engine/functions/sdk-packages.ts); undefined if not sent. */
  sdkModule?: (name: string) => unknown;
  /** What fs and os describe; absent (in tests), a default function with an empty package. */
  environment?: EnvironmentFacts;
  /** A web program's port table: its `http.createServer` listens there. Absent: no servers. */
  servers?: ServerHost;
}

export interface EnvironmentFacts {
  /** /tmp's size, os's CPUs and memory. */
  config: FunctionConfig;
  /** The deployment package, by path relative to /var/task. */
  taskFiles: ReadonlyMap<string, Uint8Array>;
  /** performance.now(), and its value when the environment started. */
  now(): number;
  startedAt: number;
}

function environmentOf(host: BuiltinsHost): EnvironmentFacts {
  return (
    host.environment ?? {
      config: defaultFunctionConfig('function'),
      taskFiles: new Map(),
      now: () => performance.now(),
      startedAt: performance.now(),
    }
  );
}

/** One file tree per environment: /tmp lives as long as this runtime's worker. */
function fileSystemModules(
  environment: EnvironmentFacts,
  timers: { setImmediate(run: () => void): unknown },
) {
  const { fs, promises } = createFsModules({
    storageMB: ephemeralStorageOf(environment.config),
    taskFiles: environment.taskFiles,
    defer: (task) => timers.setImmediate(task),
    now: () => Date.now(),
  });
  return { fs, 'fs/promises': promises };
}

/** The modules every instance shares as they are (the per-instance ones are added below). */
const SHARED_MODULES: Record<string, unknown> = {
  events: eventsModule,
  perf_hooks: {
    performance: globalThis.performance,
    PerformanceObserver: globalThis.PerformanceObserver,
  },
  'stream/web': {
    ReadableStream: globalThis.ReadableStream,
    WritableStream: globalThis.WritableStream,
    TransformStream: globalThis.TransformStream,
    TextEncoderStream: globalThis.TextEncoderStream,
    TextDecoderStream: globalThis.TextDecoderStream,
    CompressionStream: globalThis.CompressionStream,
    DecompressionStream: globalThis.DecompressionStream,
  },
  util: utilModule,
  'util/types': utilModule.types,
};

/** The modules built on bundled libraries, evaluated on the first require of any of them. */
const LIBRARY_MODULES: Record<string, () => unknown> = {
  assert: () => libraries().assertModule,
  'assert/strict': () => libraries().strictAssert,
  buffer: () => libraries().bufferModule,
  crypto: () => libraries().cryptoModule,
  http: () => libraries().httpModule,
  https: () => libraries().httpsModule,
  stream: () => libraries().streamModule,
  'stream/promises': () => libraries().streamPromises,
  string_decoder: () => libraries().stringDecoderModule,
  zlib: () => libraries().zlibModule,
};

const REASON_PREFIX = "this playground's Lambda runtime runs in a browser";

export function createRequire(host: BuiltinsHost): (specifier: string) => unknown {
  const { timers, promises } = createTimersModules(host.timers);
  const environment = environmentOf(host);
  const modules: Record<string, unknown> = {
    ...SHARED_MODULES,
    process: host.process,
    timers,
    'timers/promises': promises,
    // The file system and the small pure modules (fs/, path.ts, os.ts, url.ts, querystring.ts).
    ...fileSystemModules(environment, host.timers),
    path: pathModule,
    'path/posix': pathModule,
    os: createOsModule(environment),
    url: urlModule,
    querystring: querystringModule,
    worker_threads: workerThreadsModule,
  };
  // A web program's http and https are its own: their servers listen in its port table.
  const servers = host.servers;
  let serverModules: { http: unknown; https: unknown } | undefined;
  return (specifier: string) => {
    const prefixed = specifier.startsWith('node:');
    const name = prefixed ? specifier.slice('node:'.length) : specifier;
    if (name === 'console') return (globalThis as { console?: unknown }).console;
    const own = (table: object) => Object.prototype.hasOwnProperty.call(table, name);
    if (own(modules)) return modules[name];
    if (servers && (name === 'http' || name === 'https')) {
      serverModules ??= libraries().createServerModules(servers);
      return serverModules[name];
    }
    if (own(LIBRARY_MODULES)) return LIBRARY_MODULES[name]?.();
    const reason = UNAVAILABLE_NODE_MODULES.get(name);
    if (reason !== undefined) throw unavailable(`'${name}'`, `${REASON_PREFIX}: ${reason}`);
    const sdk = isSdkPackage(name) ? host.sdkModule?.(name) : undefined;
    if (sdk !== undefined) return sdk;
    if (prefixed) {
      throw nodeError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${specifier}`);
    }
    throw moduleNotFound(specifier, host.format, host.importer);
  };
}
