// The `process` a handler sees: Lambda's variables and a Node-like surface.
import { describe, expect, it } from 'vitest';
import { createProcess, lambdaEnvironment } from './process-shim';
import { testConfig } from '../testing/bundles';

describe(lambdaEnvironment, () => {
  it('defines Lambda’s variables and lets the function add its own but not replace reserved ones', () => {
    const env = lambdaEnvironment(
      testConfig({
        name: 'orders',
        memoryMB: 256,
        environment: { TABLE: 't', AWS_REGION: 'eu-west-1', LANG: 'C' },
      }),
      '2026/11/27/[$LATEST]f00d',
    );
    expect(env).toEqual({
      LANG: 'C',
      PATH: '/var/lang/bin:/usr/local/bin:/usr/bin/:/bin:/opt/bin',
      LD_LIBRARY_PATH:
        '/var/lang/lib:/lib64:/usr/lib64:/var/runtime:/var/runtime/lib:/var/task:/var/task/lib:/opt/lib',
      NODE_PATH:
        '/opt/nodejs/node22/node_modules:/opt/nodejs/node_modules:/var/runtime/node_modules:/var/runtime:/var/task',
      TABLE: 't',
      _HANDLER: 'index.handler',
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'ASIAPLAYGROUND000001',
      AWS_SECRET_ACCESS_KEY: 'simulatedSecretAccessKeyForThePlayground',
      AWS_SESSION_TOKEN: 'IQoJb3JpZ2luX2VjEPlayground//simulated-session-token',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
      AWS_LAMBDA_FUNCTION_NAME: 'orders',
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '256',
      AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
      AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
      AWS_LAMBDA_LOG_GROUP_NAME: '/aws/lambda/orders',
      AWS_LAMBDA_LOG_STREAM_NAME: '2026/11/27/[$LATEST]f00d',
      AWS_LAMBDA_RUNTIME_API: '127.0.0.1:9001',
      LAMBDA_TASK_ROOT: '/var/task',
      LAMBDA_RUNTIME_DIR: '/var/runtime',
      TZ: ':UTC',
    });
  });
});

describe('lambdaEnvironment for provisioned concurrency', () => {
  it('says the environment was initialized as provisioned concurrency', () => {
    const env = lambdaEnvironment(testConfig(), '2026/11/27/[$LATEST]abc', true);
    expect(env.AWS_LAMBDA_INITIALIZATION_TYPE).toBe('provisioned-concurrency');
  });
});

describe(createProcess, () => {
  function setup() {
    const exits: number[] = [];
    const writes: string[] = [];
    let clock = 1500.25;
    const process = createProcess({
      config: testConfig({ architecture: 'arm64' }),
      env: { A: '1' },
      exit: (code) => {
        exits.push(code);
        throw new Error('exited');
      },
      nextTick: () => undefined,
      now: () => clock,
      write: (stream, text) => writes.push(`${stream}:${text}`),
    });
    return { process, exits, writes, advance: (ms: number) => (clock += ms) };
  }

  it('describes a Node 22 process on linux', () => {
    const { process } = setup();
    expect([
      process.version,
      process.versions.node,
      process.platform,
      process.arch,
      process.cwd(),
    ]).toEqual(['v22.12.0', '22.12.0', 'linux', 'arm64', '/var/task']);
  });

  it('exits with the given code, else exitCode, else 0', () => {
    const { process, exits } = setup();
    expect(() => process.exit(4)).toThrow('exited');
    (process as { exitCode?: number }).exitCode = 2;
    expect(() => process.exit()).toThrow('exited');
    expect(exits).toEqual([4, 2]);
  });

  it('measures time with hrtime and uptime', () => {
    const { process, advance } = setup();
    const start = process.hrtime();
    advance(1250.5);
    expect(process.hrtime(start)).toEqual([1, 250_500_000]);
    expect(process.uptime()).toBe(1.2505);
    expect(process.hrtime.bigint()).toBe(2_750_750_000n);
  });

  it('forwards stream writes and accepts listeners without effect', () => {
    const { process, writes } = setup();
    process.stdout.write('out\n');
    process.stderr.write('err');
    process.on('unhandledRejection', () => undefined);
    expect(writes).toEqual(['stdout:out\n', 'stderr:err']);
    expect(process.listenerCount('unhandledRejection')).toBe(1);
  });
});
