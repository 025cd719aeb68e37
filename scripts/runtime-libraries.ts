// Where the Node libraries bundled into the instances' runtime find Node's built-ins. Node's own
// streams code (readable-stream) and its helpers (string_decoder, safe-buffer) `require('events')`,
// `require('buffer')`, `require('process/')`; each must be the one instance the handler's
// `require` returns too (src/runtime/worker/node/builtins.ts), or `stream instanceof EventEmitter`
// and `Buffer.isBuffer(chunk)` would be false. Vite's browser build would otherwise map a built-in
// to an empty module, and Node (under Vitest) to its own.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Alias } from 'vite';

const NODE = 'src/runtime/worker/node';
const ROOT = fileURLToPath(new URL('..', import.meta.url));

export function runtimeLibraryAliases(): Alias[] {
  const exact = (name: string, target: string): Alias => ({
    // `process/` and `string_decoder/` (a trailing slash skips Node's built-in) mean the same.
    find: new RegExp(`^${name}/?$`),
    replacement: resolve(ROOT, target),
  });
  return [
    // The runtime's EventEmitter, which `process` is one of: one class for handler and streams.
    exact('events', `${NODE}/events.ts`),
    // The instance's own process object (nextTick runs on the instance's event loop).
    exact('process', `${NODE}/process-for-libraries.ts`),
    // The worker's own AbortController: the polyfill package would only add bytes.
    exact('abort-controller', `${NODE}/abort-controller.ts`),
    // feross's Buffer, the global and `require('buffer')` alike.
    exact('buffer', 'node_modules/buffer/index.js'),
    exact('string_decoder', 'node_modules/string_decoder/lib/string_decoder.js'),
    // Node's `stream` module shape (the class Stream carrying Readable, pipeline, promises…); the
    // package's main entry would try Node's own `stream` first.
    exact('readable-stream', 'node_modules/readable-stream/lib/stream.js'),
  ];
}

/**
 * Vitest runs the runtime's sources unbundled, where load-libraries.ts's bundler-only `require`
 * cannot load TypeScript: it gets the eager twin.
 */
export const VITEST_ALIASES: Alias[] = [
  {
    find: /^\.\/(node\/)?load-libraries$/,
    replacement: resolve(ROOT, `${NODE}/libraries-eager.ts`),
  },
];

/** The CommonJS packages above: Vitest bundles them (with the aliases) instead of Node loading them. */
export const RUNTIME_LIBRARIES = ['readable-stream', 'buffer', 'string_decoder'];
