// Which of Node's built-in modules a function's code may import here: the one list the instance
// runtime's `require` (src/runtime/worker/node/builtins.ts) and the editor's declarations
// (src/ui/editor/lambda-globals.ts) both follow, so the editor promises nothing the runtime lacks.
// Lambda's Node.js runtimes have every built-in module (docs/aws-lambda.md, "Node's built-in
// modules in the instance runtime"); a browser worker cannot honestly give some of them.

/** Built-in modules the runtime provides, without the `node:` prefix (which any of them takes). */
export const PROVIDED_NODE_MODULES = [
  'assert',
  'assert/strict',
  'buffer',
  'console',
  'crypto',
  'events',
  'fs',
  'fs/promises',
  'http',
  'https',
  'os',
  'path',
  'perf_hooks',
  'process',
  'querystring',
  'stream',
  'stream/promises',
  'stream/web',
  'string_decoder',
  'timers',
  'timers/promises',
  'url',
  'util',
  'util/types',
  'worker_threads',
  'zlib',
] as const;

/**
 * Built-in modules Node 22 and 24 have (`module.builtinModules`) that a browser worker cannot
 * honestly give (sockets, processes, the inspector, V8 itself): importing one fails with Node's
 * error for a feature its platform lacks, naming the reason.
 */
export const UNAVAILABLE_NODE_MODULES = new Map<string, string>([
  ['async_hooks', 'there is no async context tracking in a browser worker'],
  ['child_process', 'a browser worker cannot start processes'],
  ['cluster', 'a browser worker cannot start processes'],
  ['constants', 'the operating system constants belong to a real process'],
  ['dgram', 'a browser worker cannot open UDP sockets'],
  ['diagnostics_channel', 'the runtime has no diagnostics channels'],
  ['dns', 'a browser worker cannot resolve names itself'],
  ['dns/promises', 'a browser worker cannot resolve names itself'],
  ['domain', 'the runtime has no domains'],
  ['http2', 'a browser worker can make requests only through fetch'],
  ['inspector', 'the runtime has no inspector'],
  ['inspector/promises', 'the runtime has no inspector'],
  ['module', 'modules are bundled before they run here'],
  ['net', 'a browser worker cannot open TCP sockets'],
  ['punycode', 'the runtime does not include it'],
  ['readline', 'a Lambda function has no terminal'],
  ['readline/promises', 'a Lambda function has no terminal'],
  ['repl', 'a Lambda function has no terminal'],
  ['stream/consumers', 'the runtime does not include it'],
  ['sys', 'the runtime does not include it'],
  ['tls', 'a browser worker cannot open TLS sockets'],
  ['trace_events', 'the runtime has no trace events'],
  ['tty', 'a Lambda function has no terminal'],
  ['v8', 'the browser does not expose V8'],
  ['vm', 'the browser does not expose V8 contexts'],
  ['wasi', 'the runtime does not include it'],
]);
