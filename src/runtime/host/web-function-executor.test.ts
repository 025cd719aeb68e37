// The WebFunctionExecutor over real web programs, each environment a worker running the real
// runtime in this process: process.env as the engine gives it, on nodejs24.x arm64, the server on
// AWS_LAMBDA_HTTP_ENDPOINT, requests and their cancellation, log lines, exits and signals.
import { describe, expect, it } from 'vitest';
import type { TargetOutcome } from '../../engine/ecs/task-executor';
import type {
  WebEnvironmentSpec,
  WebProgramLog,
} from '../../engine/web-functions/web-program-port';
import { cjsBundle } from '../testing/bundles';
import { createInProcessWorker } from './testing/fake-worker';
import { createWebFunctionExecutor } from './web-function-executor';

const SERVER = `
  const http = require('node:http');
  const [host, port] = process.env.AWS_LAMBDA_HTTP_ENDPOINT.split(':');
  http.createServer((req, res) => {
    res.setHeader('X-Env', 'yes');
    res.end([process.env.GREETING, req.method, req.url, process.version.slice(0, 4), process.arch,
      String(process.env.PORT)].join(' '));
  }).listen(Number(port), host, () => console.log('listening on ' + host + ':' + port));
`;

function run(code: string) {
  const listening: Array<{ host: string; port: number }> = [];
  const logs: WebProgramLog[] = [];
  const exits: Array<{ exitCode: number | null; message: string }> = [];
  const executor = createWebFunctionExecutor({
    createWorker: () => createInProcessWorker(),
    bundle: () => cjsBundle(code),
  });
  const spec: WebEnvironmentSpec = {
    environmentId: 'env-1',
    revisionId: '1',
    environment: new Map([
      ['GREETING', 'hello'],
      ['AWS_LAMBDA_HTTP_ENDPOINT', '0.0.0.0:3000'],
    ]),
    logGroupName: '/aws/lambda/web/shop',
    logStreamName: '2026/12/08/[1]env-1',
    onListening: (address) => listening.push(address),
    onExit: (exit) => exits.push(exit),
    onLog: (line) => logs.push(line),
  };
  executor.startEnvironment(spec);
  return { executor, listening, logs, exits };
}

const GET = { method: 'GET', path: '/items?id=1', headers: new Map([['host', 'web']]), body: '' };

describe(createWebFunctionExecutor, () => {
  it('runs the program on nodejs24.x arm64 with process.env as given and answers on AWS_LAMBDA_HTTP_ENDPOINT', async () => {
    const env = run(SERVER);
    await expect.poll(() => env.listening).toEqual([{ host: '0.0.0.0', port: 3000 }]);
    await expect
      .poll(() => env.logs.map((line) => line.message))
      .toEqual(['listening on 0.0.0.0:3000']);
    expect(env.logs[0]!.level).toBe('INFO');
    const outcome = await env.executor.request('env-1', GET).outcome;
    expect(outcome).toMatchObject({
      kind: 'response',
      status: 200,
      body: 'hello GET /items?id=1 v24. arm64 undefined',
    });
    expect((outcome as Extract<TargetOutcome, { kind: 'response' }>).headers.get('x-env')).toBe(
      'yes',
    );
    env.executor.stopAll();
  });

  it('reports every TCP address a server listens on, so the engine can tell the wrong one', async () => {
    const env = run(`require('node:http').createServer(() => {}).listen(3000, '127.0.0.1');`);
    await expect.poll(() => env.listening).toEqual([{ host: '127.0.0.1', port: 3000 }]);
    env.executor.stopAll();
  });

  it('reports a program that throws at top level as an exit with its error, and refuses requests after', async () => {
    const env = run(`throw new Error('no config');`);
    await expect.poll(() => env.exits.length).toBe(1);
    expect(env.exits[0]).toEqual({ exitCode: 1, message: 'Error: no config' });
    expect(await env.executor.request('env-1', GET).outcome).toEqual({ kind: 'refused' });
    expect(await env.executor.request('env-2', GET).outcome).toEqual({ kind: 'refused' });
  });

  it('resets a request the platform cancels (its timeout), and the program sees its client go', async () => {
    const env = run(`
      const [host, port] = process.env.AWS_LAMBDA_HTTP_ENDPOINT.split(':');
      require('node:http').createServer((req, res) => {
        res.on('close', () => console.log('client gone'));
      }).listen(Number(port), host);
    `);
    await expect.poll(() => env.listening.length).toBe(1);
    const exchange = env.executor.request('env-1', GET);
    await new Promise((resolve) => setTimeout(resolve, 20));
    exchange.cancel();
    expect(await exchange.outcome).toEqual({ kind: 'reset' });
    await expect.poll(() => env.logs.map((line) => line.message)).toContain('client gone');
    env.executor.stopAll();
  });

  it('lets a program exit on SIGTERM, and ends one for good on SIGKILL without an exit of its own', async () => {
    const graceful = run(`${SERVER}; process.on('SIGTERM', () => process.exit(0));`);
    await expect.poll(() => graceful.listening.length).toBe(1);
    graceful.executor.signal('env-1', 'SIGTERM');
    await expect
      .poll(() => graceful.exits)
      .toEqual([{ exitCode: 0, message: 'Exited with code 0' }]);

    const stubborn = run(`${SERVER}; process.on('SIGTERM', () => {});`);
    await expect.poll(() => stubborn.listening.length).toBe(1);
    stubborn.executor.signal('env-1', 'SIGTERM');
    expect(await stubborn.executor.request('env-1', GET).outcome).toMatchObject({
      kind: 'response',
    });
    stubborn.executor.signal('env-1', 'SIGKILL');
    expect(await stubborn.executor.request('env-1', GET).outcome).toEqual({ kind: 'refused' });
    expect(stubborn.exits).toEqual([]);
  });

  it('sums the busy time the worker reports', async () => {
    const env = run(`
      const [host, port] = process.env.AWS_LAMBDA_HTTP_ENDPOINT.split(':');
      require('node:http').createServer((req, res) => {
        const until = Date.now() + 30;
        while (Date.now() < until);
        res.end('done');
      }).listen(Number(port), host);
    `);
    await expect.poll(() => env.listening.length).toBe(1);
    expect(env.executor.busyMs('env-1')).toBe(0);
    await env.executor.request('env-1', GET).outcome;
    await expect.poll(() => env.executor.busyMs('env-1')).toBeGreaterThanOrEqual(30);
    env.executor.stopAll();
  });
});
