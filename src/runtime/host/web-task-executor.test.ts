// The TaskExecutor over real web programs, each in a worker running the real runtime in this
// process: PORT from the container port, requests to it, stdout lines, exits and signals.
import { describe, expect, it } from 'vitest';
import { registerTaskDefinition } from '../../engine/ecs/task-definition';
import type { TargetOutcome, TaskProgramSpec } from '../../engine/ecs/task-executor';
import { cjsBundle } from '../testing/bundles';
import { createInProcessWorker } from './testing/fake-worker';
import { createWebTaskExecutor } from './web-task-executor';

const DEFINITION = registerTaskDefinition({
  family: 'shop',
  cpu: 256,
  memory: 512,
  cpuArchitecture: 'ARM64',
  containerName: 'web',
  containerPort: 8080,
  environment: new Map([['GREETING', 'hello']]),
  healthCheckPath: '/',
});

const SERVER = `
  const http = require('node:http');
  const port = Number(process.env.PORT ?? 3000);
  http.createServer((req, res) => {
    res.setHeader('X-Task', 'yes');
    res.end(process.env.GREETING + ' ' + req.method + ' ' + req.url + ' on ' + process.arch);
  }).listen(port, () => console.log('listening on ' + port));
`;

function run(code: string) {
  const events: string[] = [];
  const exits: Array<{ exitCode: number | null; message: string }> = [];
  const executor = createWebTaskExecutor({
    createWorker: () => createInProcessWorker(),
    bundle: () => cjsBundle(code),
  });
  const spec: TaskProgramSpec = {
    taskId: 'task-1',
    definition: DEFINITION,
    environment: DEFINITION.environment,
    logGroupName: '/ecs/shop',
    logStreamName: 'ecs/web/task-1',
    onListening: () => events.push('listening'),
    onExit: (exit) => exits.push(exit),
    onLog: (message) => events.push(`log: ${message}`),
  };
  executor.startTask(spec);
  return { executor, events, exits };
}

const GET = { method: 'GET', path: '/items?id=1', headers: new Map([['host', 'alb']]), body: '' };

describe(createWebTaskExecutor, () => {
  it('runs the program with PORT set to the container port and answers requests to it', async () => {
    const task = run(SERVER);
    await expect.poll(() => task.events).toEqual(['listening', 'log: listening on 8080']);
    const outcome = await task.executor.request('task-1', GET);
    expect(outcome).toEqual({
      kind: 'response',
      status: 200,
      headers: expect.any(Map) as unknown,
      body: 'hello GET /items?id=1 on arm64',
    });
    expect((outcome as Extract<TargetOutcome, { kind: 'response' }>).headers.get('x-task')).toBe(
      'yes',
    );
    task.executor.stopAll();
  });

  it('reports a program that throws at top level as an exit with its error', async () => {
    const task = run(`throw new Error('no config');`);
    await expect.poll(() => task.exits.length).toBe(1);
    expect(task.exits[0]).toEqual({ exitCode: 1, message: 'Error: no config' });
    expect(await task.executor.request('task-1', GET)).toEqual({ kind: 'refused' });
  });

  it('refuses a request while nothing listens on the container port', async () => {
    const task = run(`require('node:http').createServer(() => {}).listen(9999);`);
    await expect.poll(() => task.events.length).toBe(0);
    expect(await task.executor.request('task-1', GET)).toEqual({ kind: 'refused' });
    expect(task.events).toEqual([]);
    task.executor.stopAll();
  });

  it('lets a program exit on SIGTERM, and ends one for good on SIGKILL without an exit of its own', async () => {
    const graceful = run(`${SERVER}; process.on('SIGTERM', () => process.exit(0));`);
    await expect.poll(() => graceful.events.includes('listening')).toBe(true);
    graceful.executor.signal('task-1', 'SIGTERM');
    await expect
      .poll(() => graceful.exits)
      .toEqual([{ exitCode: 0, message: 'Exited with code 0' }]);

    const stubborn = run(`${SERVER}; process.on('SIGTERM', () => {});`);
    await expect.poll(() => stubborn.events.includes('listening')).toBe(true);
    stubborn.executor.signal('task-1', 'SIGTERM');
    expect(await stubborn.executor.request('task-1', GET)).toMatchObject({ kind: 'response' });
    stubborn.executor.signal('task-1', 'SIGKILL');
    expect(await stubborn.executor.request('task-1', GET)).toEqual({ kind: 'refused' });
    expect(stubborn.exits).toEqual([]);
  });

  it('sums the busy time the worker reports', async () => {
    const task = run(`
      require('node:http').createServer((req, res) => {
        const until = Date.now() + 30;
        while (Date.now() < until);
        res.end('done');
      }).listen(Number(process.env.PORT));
    `);
    await expect.poll(() => task.events).toEqual(['listening']);
    expect(task.executor.busyMs('task-1')).toBe(0);
    await task.executor.request('task-1', GET);
    await expect.poll(() => task.executor.busyMs('task-1')).toBeGreaterThanOrEqual(30);
    task.executor.stopAll();
  });
});
