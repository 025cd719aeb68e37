// The `process` object a handler sees on Lambda: the environment variables Lambda defines plus the
// function's own, the runtime's Node version, linux on the function's architecture, /var/task.
import type { Architecture, FunctionConfig, Runtime } from '../../engine/types';
import { loggingOf } from '../../engine/functions/logging-config';
import { EventEmitter } from './node/events';

/** Representative releases of each runtime's Node line (the exact patch level changes on AWS). */
const NODE_VERSIONS: Record<Runtime, string> = {
  'nodejs22.x': '22.12.0',
  'nodejs24.x': '24.11.0',
};

const ARCH: Record<Architecture, string> = { x86_64: 'x64', arm64: 'arm64' };

/**
 * Lambda's runtime environment variables for the Node.js runtimes
 * (docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime).
 * The execution role's temporary credentials are placeholders in their real shape: the SDK signs
 * with them, and only the simulated services, which check no signature, ever see them.
 */
export function lambdaEnvironment(
  config: FunctionConfig,
  logStreamName: string,
  provisioned = false,
): Record<string, string> {
  const major = config.runtime === 'nodejs24.x' ? 'node24' : 'node22';
  const logging = loggingOf(config);
  const reserved: Record<string, string> = {
    _HANDLER: config.handler,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'ASIAPLAYGROUND000001',
    AWS_SECRET_ACCESS_KEY: 'simulatedSecretAccessKeyForThePlayground',
    AWS_SESSION_TOKEN: 'IQoJb3JpZ2luX2VjEPlayground//simulated-session-token',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_EXECUTION_ENV: `AWS_Lambda_${config.runtime}`,
    AWS_LAMBDA_FUNCTION_NAME: config.name,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(config.memoryMB),
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_INITIALIZATION_TYPE: provisioned ? 'provisioned-concurrency' : 'on-demand',
    AWS_LAMBDA_LOG_GROUP_NAME: logging.logGroup,
    AWS_LAMBDA_LOG_STREAM_NAME: logStreamName,
    AWS_LAMBDA_RUNTIME_API: '127.0.0.1:9001',
    LAMBDA_TASK_ROOT: '/var/task',
    LAMBDA_RUNTIME_DIR: '/var/runtime',
    TZ: ':UTC',
    // Set for the JSON format, which the runtime reads to write JSON lines and filter by level
    // (docs/aws-lambda.md#json-log-format-and-log-levels).
    ...(logging.logFormat === 'JSON' && {
      AWS_LAMBDA_LOG_FORMAT: 'JSON',
      AWS_LAMBDA_LOG_LEVEL: logging.applicationLogLevel,
    }),
  };
  const defaults: Record<string, string> = {
    LANG: 'en_US.UTF-8',
    PATH: '/var/lang/bin:/usr/local/bin:/usr/bin/:/bin:/opt/bin',
    LD_LIBRARY_PATH:
      '/var/lang/lib:/lib64:/usr/lib64:/var/runtime:/var/runtime/lib:/var/task:/var/task/lib:/opt/lib',
    NODE_PATH: `/opt/nodejs/${major}/node_modules:/opt/nodejs/node_modules:/var/runtime/node_modules:/var/runtime:/var/task`,
  };
  // The function may override the unreserved defaults, never the reserved names.
  return { ...defaults, ...config.environment, ...reserved };
}

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
  const version = NODE_VERSIONS[host.config.runtime];
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
