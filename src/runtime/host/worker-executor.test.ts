// The executor's promises: every request settles, timeouts and crashes end the instance.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InstanceSpec, LogRecord } from '../../engine/types';
import type { NetworkMode } from '../protocol';
import type { RuntimeLanguage } from '../../engine/functions/runtimes';
import { createInProcessWorker, FakeWorker } from './testing/fake-worker';
import { cjsBundle, testConfig } from '../testing/bundles';
import { createWorkerExecutor } from './worker-executor';
import type { WorkerExecutorOptions } from './worker-executor';

function spec(instanceId: string, logs: LogRecord[] = []): InstanceSpec {
  return {
    instanceId,
    config: testConfig(),
    bundle: cjsBundle('exports.handler = async () => 1;'),
    logStreamName: '2026/11/27/[$LATEST]0123',
    onLog: (record) => logs.push(record),
  };
}

const request = (requestId: string, timeoutMs = 3000) => ({
  requestId,
  eventJson: '{"a":1}',
  deadlineMs: Date.now() + timeoutMs,
  timeoutMs,
});

function setup(options: Partial<WorkerExecutorOptions> = {}) {
  const workers: FakeWorker[] = [];
  /** The network mode each worker was created for, in creation order, and its language. */
  const modes: NetworkMode[] = [];
  const languages: RuntimeLanguage[] = [];
  const executor = createWorkerExecutor({
    createWorker: (network, language) => {
      const worker = new FakeWorker();
      workers.push(worker);
      modes.push(network);
      languages.push(language);
      return worker;
    },
    spareWorkers: 0,
    ...options,
  });
  return { executor, workers, modes, languages };
}

/** Starts an instance on a scripted worker and answers its load. */
async function started(instanceId = 'i-1') {
  const context = setup();
  const starting = context.executor.startInstance(spec(instanceId));
  const worker = context.workers[0] as FakeWorker;
  worker.send({ type: 'loaded', id: worker.lastId(), outcome: { ok: true, initDurationMs: 4 } });
  await starting;
  return { ...context, worker };
}

describe(createWorkerExecutor, () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the instance’s config, bundle and log stream, and settles with the init outcome', async () => {
    const { executor, workers } = setup();
    const starting = executor.startInstance(spec('i-1'));
    const worker = workers[0] as FakeWorker;
    expect(worker.received).toEqual([
      {
        type: 'load',
        id: 1,
        config: testConfig(),
        bundle: cjsBundle('exports.handler = async () => 1;'),
        logStreamName: '2026/11/27/[$LATEST]0123',
        sdkScripts: [],
      },
    ]);
    worker.send({ type: 'loaded', id: 1, outcome: { ok: true, initDurationMs: 4.5 } });
    expect(await starting).toEqual({ ok: true, initDurationMs: 4.5 });
  });

  it('tells onAfterReturn which request leftover work ran in, and keeps that request running', async () => {
    const context = setup();
    const ranIn: string[] = [];
    const starting = context.executor.startInstance({
      ...spec('i-1'),
      onAfterReturn: (requestId) => ranIn.push(requestId),
    });
    const worker = context.workers[0] as FakeWorker;
    worker.send({ type: 'loaded', id: worker.lastId(), outcome: { ok: true, initDurationMs: 4 } });
    await starting;
    const invoking = context.executor.invoke('i-1', request('req-2'));
    worker.send({ type: 'after-return', id: worker.lastId() });
    expect(ranIn).toEqual(['req-2']);
    const outcome = { kind: 'ok', payload: '1', durationMs: 3, maxMemoryUsedMB: null } as const;
    worker.send({ type: 'result', id: worker.lastId(), outcome });
    expect(await invoking).toEqual(outcome);
  });

  it('passes every log line to onLog as it arrives', async () => {
    const logs: LogRecord[] = [];
    const { executor, workers } = setup();
    void executor.startInstance(spec('i-1', logs));
    const record: LogRecord = { time: 1, requestId: undefined, level: 'INFO', message: 'hi' };
    workers[0]?.send({ type: 'log', record });
    expect(logs).toEqual([record]);
  });

  it('settles an invoke with the worker’s result', async () => {
    const { executor, worker } = await started();
    const invoking = executor.invoke('i-1', request('r-1'));
    expect(worker.received.at(-1)).toEqual({
      type: 'invoke',
      id: 2,
      requestId: 'r-1',
      eventJson: '{"a":1}',
      deadlineMs: Date.now() + 3000,
    });
    const outcome = { kind: 'ok', payload: '1', durationMs: 0.4, maxMemoryUsedMB: null } as const;
    worker.send({ type: 'result', id: 2, outcome });
    expect(await invoking).toEqual(outcome);
  });

  it('asks an overdue run’s worker how long it has run by its own time, without settling it', async () => {
    const { executor, worker } = await started();
    const invoking = executor.invoke('i-1', request('r-1'));
    let overran = false;
    void executor.whenRunOverruns('i-1', 120, 1000).then(() => (overran = true));
    expect(worker.received.at(-1)).toEqual({ type: 'probe', id: 2 });
    // Within its expected time by its own account: the computer is late, not the code.
    worker.send({ type: 'probe-reply', id: 2, ownMs: 100 });
    await vi.advanceTimersByTimeAsync(19);
    expect(worker.received.filter((message) => message.type === 'probe')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(worker.received.at(-1)).toEqual({ type: 'probe', id: 2 });
    expect(overran).toBe(false);
    // Its own time is past it now: the run is long by its own doing.
    worker.send({ type: 'probe-reply', id: 2, ownMs: 130 });
    await vi.advanceTimersByTimeAsync(0);
    expect(overran).toBe(true);
    const outcome = { kind: 'ok', payload: '1', durationMs: 130, maxMemoryUsedMB: null } as const;
    worker.send({ type: 'result', id: 2, outcome });
    expect(await invoking).toEqual(outcome);
  });

  it('stops asking when the worker stays silent or the run answers', async () => {
    const { executor, worker } = await started();
    void executor.invoke('i-1', request('r-1'));
    let overran = false;
    void executor.whenRunOverruns('i-1', 120, 1000).then(() => (overran = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(overran).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(overran).toBe(true);
    overran = false;
    void executor.whenRunOverruns('i-1', 120, 1000).then(() => (overran = true));
    const outcome = { kind: 'ok', payload: '1', durationMs: 90, maxMemoryUsedMB: null } as const;
    worker.send({ type: 'result', id: 2, outcome });
    await vi.advanceTimersByTimeAsync(0);
    expect(overran).toBe(true);
  });

  it('times out in real time: terminates the worker and forgets the instance', async () => {
    const { executor, worker } = await started();
    const invoking = executor.invoke('i-1', request('r-1', 100));
    vi.advanceTimersByTime(100);
    expect(await invoking).toEqual({ kind: 'timeout', durationMs: 100, maxMemoryUsedMB: null });
    expect(worker.terminated).toBe(true);
    await expect(executor.invoke('i-1', request('r-2'))).rejects.toThrow('No instance i-1');
  });

  it('settles a pending invoke as a crash when the worker dies', async () => {
    const { executor, worker } = await started();
    const invoking = executor.invoke('i-1', request('r-1'));
    worker.fail();
    expect(await invoking).toMatchObject({
      kind: 'crash',
      error: {
        errorType: 'Runtime.ExitError',
        errorMessage: 'RequestId: r-1 Error: Runtime exited without providing a reason',
        trace: [],
      },
      maxMemoryUsedMB: null,
    });
    expect(worker.terminated).toBe(true);
  });

  it('reports a worker that died while idle as a crash of the next invoke', async () => {
    const { executor, worker } = await started();
    worker.fail();
    expect(await executor.invoke('i-1', request('r-2'))).toMatchObject({
      kind: 'crash',
      error: { errorMessage: 'RequestId: r-2 Error: Runtime exited without providing a reason' },
    });
  });

  it('settles what is pending when the instance is stopped', async () => {
    const { executor, worker } = await started();
    const invoking = executor.invoke('i-1', request('r-1'));
    executor.stopInstance('i-1');
    expect(await invoking).toMatchObject({ kind: 'crash' });
    expect(worker.terminated).toBe(true);
  });

  it('ends the worker after a fatal error or a failed init', async () => {
    const { executor, worker } = await started();
    const invoking = executor.invoke('i-1', request('r-1'));
    const error = { errorType: 'Runtime.ExitError', errorMessage: 'x', trace: [] };
    worker.send({
      type: 'result',
      id: 2,
      outcome: { kind: 'error', error, durationMs: 1, maxMemoryUsedMB: null, fatal: true },
    });
    await invoking;
    expect(worker.terminated).toBe(true);

    const second = setup();
    const starting = second.executor.startInstance(spec('i-2'));
    second.workers[0]?.send({
      type: 'loaded',
      id: 1,
      outcome: { ok: false, initDurationMs: 2, error },
    });
    expect(await starting).toMatchObject({ ok: false });
    expect(second.workers[0]?.terminated).toBe(true);
  });

  it('gives INIT ten seconds from the moment the worker has booted, as Lambda does', async () => {
    const { executor, workers } = setup();
    const starting = executor.startInstance(spec('i-1'));
    let settled = false;
    void starting.then(() => (settled = true));
    // A burst took every spare: this worker's own start-up is not the learner's INIT.
    vi.advanceTimersByTime(25_000);
    await Promise.resolve();
    expect(settled).toBe(false);
    workers[0]!.send({ type: 'ready' });
    vi.advanceTimersByTime(9_999);
    await Promise.resolve();
    expect(settled).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await starting).toEqual({
      ok: false,
      initDurationMs: 10_000,
      error: {
        errorType: 'Sandbox.Timedout',
        errorMessage: 'Task timed out after 10.00 seconds',
        trace: [],
      },
    });
    expect(workers[0]?.terminated).toBe(true);
  });

  it('times a suppressed init against the limit its spec gives (the function timeout)', async () => {
    const { executor, workers } = setup();
    const starting = executor.startInstance({ ...spec('i-1'), initTimeoutMs: 3000 });
    workers[0]!.send({ type: 'ready' });
    vi.advanceTimersByTime(3000);
    expect(await starting).toEqual({
      ok: false,
      initDurationMs: 3000,
      error: {
        errorType: 'Sandbox.Timedout',
        errorMessage: 'Task timed out after 3.00 seconds',
        trace: [],
      },
    });
    expect(workers[0]?.terminated).toBe(true);
  });

  it('still ends an INIT that hangs before a fresh worker could say it booted', async () => {
    const { executor, workers } = setup();
    const starting = executor.startInstance(spec('i-1'));
    vi.advanceTimersByTime(30_000);
    expect(await starting).toMatchObject({ ok: false, error: { errorType: 'Sandbox.Timedout' } });
    expect(workers[0]?.terminated).toBe(true);
  });

  it('refuses a second request while one is running, and ignores stale answers', async () => {
    const { executor, worker } = await started();
    const invoking = executor.invoke('i-1', request('r-1'));
    await expect(executor.invoke('i-1', request('r-2'))).rejects.toThrow('Instance i-1 is busy');
    const stale = { kind: 'ok', payload: '"stale"', durationMs: 1, maxMemoryUsedMB: null } as const;
    worker.send({ type: 'result', id: 99, outcome: stale });
    worker.send({ type: 'result', id: 2, outcome: { ...stale, payload: '"fresh"' } });
    expect(await invoking).toMatchObject({ payload: '"fresh"' });
  });

  it('says when INIT can begin: at once on a booted spare, at `ready` on a fresh worker', () => {
    const spared = setup({ spareWorkers: 1 });
    spared.workers[0]!.send({ type: 'ready' });
    let spareBooted = 0;
    void spared.executor.startInstance({ ...spec('i-1'), onBooted: () => spareBooted++ });
    expect(spareBooted).toBe(1);

    const { executor, workers } = setup();
    let booted = 0;
    void executor.startInstance({ ...spec('i-2'), onBooted: () => booted++ });
    expect(booted).toBe(0);
    workers[0]!.send({ type: 'ready' });
    workers[0]!.send({ type: 'ready' });
    expect(booted).toBe(1);
  });

  it('takes a spare worker for a cold start and replaces it after the refill delay', async () => {
    const { executor, workers } = setup({ spareWorkers: 2, refillDelayMs: 50 });
    expect(workers).toHaveLength(2);
    void executor.startInstance(spec('i-1'));
    expect(workers).toHaveLength(2);
    expect(workers[0]?.received).toHaveLength(1);
    vi.advanceTimersByTime(50);
    expect(workers).toHaveLength(3);
  });

  it('keeps spares per network mode: offline ones at once, online ones from the first online start', async () => {
    const { executor, workers, modes } = setup({ spareWorkers: 1, refillDelayMs: 50 });
    expect(modes).toEqual(['offline']);
    void executor.startInstance(spec('i-1'));
    expect(workers[0]?.received).toHaveLength(1);
    const online = { ...spec('i-2'), config: testConfig({ internetAccess: true }) };
    void executor.startInstance(online);
    // The online pool opens with this start, whose instance takes its first (still booting) worker.
    expect(modes).toEqual(['offline', 'online']);
    expect(workers[1]?.received).toMatchObject([
      { type: 'load', config: { internetAccess: true } },
    ]);
    vi.advanceTimersByTime(50);
    expect(modes).toEqual(['offline', 'online', 'offline', 'online']);
    void executor.startInstance({ ...online, instanceId: 'i-3' });
    expect(workers[3]?.received).toMatchObject([
      { type: 'load', config: { internetAccess: true } },
    ]);
    expect(workers[2]?.received).toEqual([]);
  });

  it('starts a Python function’s instances on Python workers, with one Python spare from then on', () => {
    const { executor, workers, languages } = setup({ spareWorkers: 1, refillDelayMs: 50 });
    expect(languages).toEqual(['nodejs']);
    const python = {
      ...spec('i-1'),
      config: testConfig({ runtime: 'python3.14', handler: 'lambda_function.lambda_handler' }),
    };
    void executor.startInstance(python);
    expect(languages).toEqual(['nodejs', 'python']);
    expect(workers[1]?.received).toMatchObject([
      { type: 'load', config: { runtime: 'python3.14' } },
    ]);
    vi.advanceTimersByTime(50);
    expect(languages).toEqual(['nodejs', 'python', 'python']);
    expect(executor.spares('offline', 'python')).toEqual({ spares: 1, ready: 0 });
    workers[2]?.send({ type: 'ready' });
    expect(executor.spares('offline', 'python')).toEqual({ spares: 1, ready: 1 });
    expect(executor.spares('online', 'python')).toEqual({ spares: 0, ready: 0 });
    // A Node.js start still takes the Node.js spare.
    void executor.startInstance(spec('i-2'));
    expect(workers[0]?.received).toMatchObject([
      { type: 'load', config: { runtime: 'nodejs22.x' } },
    ]);
  });

  it('starts a kind of worker’s spares when asked, before any instance needs one', () => {
    const { executor, languages, modes } = setup();
    executor.prepare('online', 'python');
    executor.prepare('online', 'python');
    expect(languages).toEqual(['python']);
    expect(modes).toEqual(['online']);
  });

  it('gives a Python worker that is still starting Python a minute before INIT’s clock', async () => {
    const { executor, workers } = setup();
    const python = { ...spec('i-1'), config: testConfig({ runtime: 'python3.14' }) };
    let settled = false;
    void executor.startInstance(python).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(10_000 + 59_000);
    expect(settled).toBe(false);
    workers[0]?.send({ type: 'ready' });
    await vi.advanceTimersByTimeAsync(9_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });

  it('fails INIT with the worker’s own reason when it could not start', async () => {
    const { executor, workers } = setup();
    const starting = executor.startInstance(spec('i-1'));
    workers[0]?.fail();
    expect(await starting).toMatchObject({
      ok: false,
      error: {
        errorType: 'Runtime.ExitError',
        errorMessage: 'Error: Runtime failed to start: worker died',
      },
    });
    expect(workers[0]?.terminated).toBe(true);
  });

  it('starts no spare for 2 s after ending a spinning worker, whose thread still burns a core', async () => {
    const { executor, workers } = setup({ spareWorkers: 1, refillDelayMs: 50 });
    const starting = executor.startInstance(spec('i-1'));
    const worker = workers[0] as FakeWorker;
    worker.send({ type: 'loaded', id: worker.lastId(), outcome: { ok: true, initDurationMs: 4 } });
    await starting;
    const invoking = executor.invoke('i-1', request('r-1', 10));
    vi.advanceTimersByTime(10);
    await invoking;
    vi.advanceTimersByTime(1999);
    expect(workers).toHaveLength(1);
    vi.advanceTimersByTime(51);
    expect(workers).toHaveLength(2);
  });
});

describe('createWorkerExecutor with the real runtime', () => {
  it('hears from the runtime how long a run has taken by its own time, its timers’ lateness left out', async () => {
    // Every timer of this "computer" fires 300 ms late.
    const executor = createWorkerExecutor({
      createWorker: () => createInProcessWorker({}, 300),
      spareWorkers: 0,
    });
    await executor.startInstance({
      ...spec('i-1'),
      bundle: cjsBundle('exports.handler = () => new Promise((r) => setTimeout(r, 100));'),
    });
    const invoking = executor.invoke('i-1', request('r-1'));
    const started = performance.now();
    // Its own 100 ms never pass 150 ms, so the 300 ms the computer adds keep it within.
    const overranAt = executor.whenRunOverruns('i-1', 150, 2000).then(() => performance.now());
    const outcome = await invoking;
    expect(outcome).toMatchObject({ kind: 'ok' });
    expect(outcome.durationMs).toBeLessThan(150);
    expect(performance.now() - started).toBeGreaterThanOrEqual(390);
    // It settled once the answer was in, not before.
    expect((await overranAt) - started).toBeGreaterThanOrEqual(390);
    executor.dispose();
  });

  it('runs a cold start and warm invokes end to end', async () => {
    const logs: LogRecord[] = [];
    const executor = createWorkerExecutor({
      createWorker: () => createInProcessWorker(),
      spareWorkers: 1,
    });
    const init = await executor.startInstance({
      ...spec('i-1', logs),
      bundle: cjsBundle(
        "exports.handler = async (event) => { console.log('got', event); return event.a + 1; };",
      ),
    });
    expect(init.ok).toBe(true);
    expect(await executor.invoke('i-1', request('r-1'))).toMatchObject({
      kind: 'ok',
      payload: '2',
    });
    expect(await executor.invoke('i-1', request('r-2'))).toMatchObject({
      kind: 'ok',
      payload: '2',
    });
    expect(logs.map((record) => `${record.requestId} ${record.message}`)).toEqual([
      'r-1 got { a: 1 }',
      'r-2 got { a: 1 }',
    ]);
    executor.dispose();
  });
});
