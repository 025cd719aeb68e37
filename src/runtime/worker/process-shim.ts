// The `process` object a handler sees on Lambda: the environment variables of lambda-environment.ts,
// the runtime's Node version, linux on the function's architecture, /var/task.
import type { Architecture, FunctionConfig, Runtime } from '../../engine/types';
import { EventEmitter } from './node/events';

/** Representative releases of each runtime's Node line (the exact patch level changes on AWS). */
const NODE_VERSIONS: ReadonlyMap<Runtime, string> = new Map<Runtime, string>([
  ['nodejs22.x', '22.12.0'],
  ['nodejs24.x', '24.11.0'],
]);
/** Only a Node.js runtime makes a `process`; the newest line stands in should another ask. */
const NEWEST_NODE = '24.11.0';

const ARCH: Record<Architecture, string> = { x86_64: 'x64', arm64: 'arm64' };

export interface ProcessHost {
  config: FunctionConfig;
  env: Record<string, string>;
  /** Ends the runtime process; never returns. */
  exit(code: number): never;
  nextTick(callback: (...args: unknown[]) => void, ...args: unknown[]): void;
  /** performance.now(): a monotonic clock in ms. */
  now(): number;
  /** Where `process.stdout.write` / `process.stderr.write` text goes. */
  write(stream: 'stdout' | 'stderr', text: string): void;
}

function hrtime(now: () => number) {
  const toParts = (ms: number): [number, number] => {
    const seconds = Math.floor(ms / 1000);
    return [seconds, Math.round((ms - seconds * 1000) * 1e6)];
  };
  const measure = (previous?: [number, number]): [number, number] => {
    const [seconds, nanos] = toParts(now());
    if (!previous) return [seconds, nanos];
    const diff = (seconds - previous[0]) * 1e9 + (nanos - previous[1]);
    return [Math.floor(diff / 1e9), diff % 1e9];
  };
  return Object.assign(measure, { bigint: () => BigInt(Math.round(now() * 1e6)) });
}

/** Memory figures cannot be read inside a browser worker; every field reports 0 rather than a guess. */
function memoryUsage() {
  return { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
}

export function createProcess(host: ProcessHost) {
  const version = NODE_VERSIONS.get(host.config.runtime) ?? NEWEST_NODE;
  const startedAt = host.now();
  const stream = (name: 'stdout' | 'stderr') => ({
    write: (chunk: unknown) => {
      host.write(name, String(chunk));
      return true;
    },
    isTTY: false,
  });
  let exitCode: number | undefined;
  const shim = Object.assign(new EventEmitter(), {
    env: host.env,
    version: `v${version}`,
    versions: { node: version },
    release: { name: 'node' },
    platform: 'linux',
    arch: ARCH[host.config.architecture],
    argv: ['/var/lang/bin/node', '/var/runtime/index.mjs'],
    execPath: '/var/lang/bin/node',
    title: 'node',
    exit(code?: number): never {
      return host.exit(Number(code ?? exitCode ?? 0));
    },
    cwd: () => '/var/task',
    nextTick: host.nextTick,
    hrtime: hrtime(host.now),
    uptime: () => (host.now() - startedAt) / 1000,
    memoryUsage: Object.assign(memoryUsage, { rss: () => 0 }),
    // Node prints warnings on stderr, which this runtime does not model.
    emitWarning: () => undefined,
    stdout: stream('stdout'),
    stderr: stream('stderr'),
  });
  Object.defineProperty(shim, 'exitCode', {
    get: () => exitCode,
    set: (code: number | undefined) => (exitCode = code),
    enumerable: true,
  });
  return shim;
}

export type ProcessShim = ReturnType<typeof createProcess>;
