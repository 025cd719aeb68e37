// Platform time stands still while a task's worker boots and while it answers, up to the limits.
import { describe, expect, it } from 'vitest';
import { createFakeTaskExecutor, createScaledClock, registerTaskDefinition } from '../../engine';
import type { TaskProgramSpec, WebEnvironmentSpec } from '../../engine';
import { createFakeRealTime } from '../../engine/testing/fake-real-time';
import { createFakeWebExecutor } from '../../engine/testing/fake-web-program';
import {
  holdingPlatformTime,
  holdingWebFunctionTime,
  START_HOLD_LIMIT_MS,
} from './task-time-holds';

const definition = registerTaskDefinition({
  family: 'shop',
  cpu: 256,
  memory: 512,
  cpuArchitecture: 'X86_64',
  containerName: 'web',
  containerPort: 8080,
  environment: new Map(),
  healthCheckPath: '/',
});

function setUp(listenAfterMs: number | null) {
  const real = createFakeRealTime(0);
  const clock = createScaledClock({ speed: 100, realTime: real.realTime });
  // The fake program's own delays run on a clock of their own: the host's time, not the platform's.
  const host = createScaledClock({ speed: 1, realTime: real.realTime });
  const fake = createFakeTaskExecutor(host, { listenAfterMs });
  const events: string[] = [];
  const spec: TaskProgramSpec = {
    taskId: 't1',
    definition,
    environment: new Map(),
    logGroupName: '/ecs/shop',
    logStreamName: 'ecs/web/t1',
    onListening: () => events.push(`listening at ${clock.now()}`),
    onExit: () => events.push('exit'),
    onLog: () => undefined,
  };
  return { real, clock, executor: holdingPlatformTime(fake, clock), spec, events, fake };
}

describe(holdingPlatformTime, () => {
  it('holds platform time from the start until the program listens', () => {
    const { real, clock, executor, spec, events } = setUp(300);
    executor.startTask(spec);
    real.advance(300);
    // 300 real ms at 100× would be 30 s of platform time: none passed while the worker booted.
    expect(events).toEqual(['listening at 0']);
    real.advance(10);
    expect(clock.now()).toBe(1_000);
  });

  it('lets time run again after the limit when the program never listens', () => {
    const { real, clock, executor, spec, events } = setUp(null);
    executor.startTask(spec);
    real.advance(START_HOLD_LIMIT_MS);
    expect(clock.now()).toBe(0);
    real.advance(10);
    expect(clock.now()).toBe(1_000);
    expect(events).toEqual([]);
  });

  it('holds platform time while a request is answered', async () => {
    const { real, clock, executor, spec, fake } = setUp(0);
    fake.program.answer = () => ({ delayMs: 200 });
    executor.startTask(spec);
    const answered = executor.request('t1', {
      method: 'GET',
      path: '/',
      headers: new Map(),
      body: '',
    });
    real.advance(200);
    expect(await answered).toMatchObject({ kind: 'response', status: 200 });
    expect(clock.now()).toBe(0);
    real.advance(10);
    expect(clock.now()).toBe(1_000);
  });
});

function setUpWeb(listenAfterMs: number | null) {
  const real = createFakeRealTime(0);
  const clock = createScaledClock({ speed: 100, realTime: real.realTime });
  const host = createScaledClock({ speed: 1, realTime: real.realTime });
  const fake = createFakeWebExecutor(host, { listenAfterMs });
  const events: string[] = [];
  const spec: WebEnvironmentSpec = {
    environmentId: 'e1',
    revisionId: '1',
    environment: new Map([['AWS_LAMBDA_HTTP_ENDPOINT', '0.0.0.0:3000']]),
    logGroupName: '/aws/lambda/web/shop',
    logStreamName: '2026/12/08/[1]e1',
    onListening: (address) => events.push(`listening on ${address.port} at ${clock.now()}`),
    onExit: () => events.push('exit'),
    onLog: () => undefined,
  };
  return { real, clock, executor: holdingWebFunctionTime(fake, clock), spec, events, fake };
}

describe(holdingWebFunctionTime, () => {
  it('holds platform time from the process start until the server listens', () => {
    const { real, clock, executor, spec, events } = setUpWeb(300);
    executor.startEnvironment(spec);
    real.advance(300);
    expect(events).toEqual(['listening on 3000 at 0']);
    real.advance(10);
    expect(clock.now()).toBe(1_000);
  });

  it('lets time run again after the limit when the server never listens', () => {
    const { real, clock, executor, spec, events } = setUpWeb(null);
    executor.startEnvironment(spec);
    real.advance(START_HOLD_LIMIT_MS);
    expect(clock.now()).toBe(0);
    real.advance(10);
    expect(clock.now()).toBe(1_000);
    expect(events).toEqual([]);
  });

  it('holds platform time while a request is answered, and lets it go when the platform cancels', async () => {
    const { real, clock, executor, spec, fake } = setUpWeb(0);
    fake.program.answer = () => ({ delayMs: 200 });
    executor.startEnvironment(spec);
    const get = { method: 'GET', path: '/', headers: new Map<string, string>(), body: '' };
    const answered = executor.request('e1', get);
    real.advance(200);
    expect(await answered.outcome).toMatchObject({ kind: 'response', status: 200 });
    expect(clock.now()).toBe(0);
    real.advance(10);
    expect(clock.now()).toBe(1_000);

    const cancelled = executor.request('e1', get);
    real.advance(10);
    expect(clock.now()).toBe(1_000);
    cancelled.cancel();
    real.advance(10);
    expect(clock.now()).toBe(2_000);
  });
});
