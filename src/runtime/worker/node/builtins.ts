// `__playgroundRequire`: what a bundle's bare imports resolve to. The Node built-ins this runtime
// can provide faithfully are returned; anything else fails as Node fails to find a module, which
// Lambda's runtime turns into Runtime.ImportModuleError at INIT.
import { cryptoModule } from './crypto';
import { eventsModule } from './events';
import { createTimersModules } from './timers';
import type { TimerFunctions } from './timers';
import { utilModule } from './util';

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

export function createRequire(host: BuiltinsHost): (specifier: string) => unknown {
  const { timers, promises } = createTimersModules(host.timers);
  const modules: Record<string, unknown> = {
    crypto: cryptoModule,
    events: eventsModule,
    process: host.process,
    timers,
    'timers/promises': promises,
    util: utilModule,
  };
  return (specifier: string) => {
    const name = specifier.startsWith('node:') ? specifier.slice('node:'.length) : specifier;
    const found = Object.prototype.hasOwnProperty.call(modules, name) ? modules[name] : undefined;
    if (found !== undefined) return found;
    throw moduleNotFound(specifier, host.format, host.importer);
  };
}
