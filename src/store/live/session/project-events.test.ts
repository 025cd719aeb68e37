import { describe, expect, it } from 'vitest';
import type { FunctionConfig, InvocationReport, PlatformEvent } from '../../../engine';
import { errorInvoke } from '../../../engine/testing/fake-executor';
import { setupDeployed } from '../../../engine/testing/platform-fixture';
import { projectEvents } from './project-events';
import { emptySession, ENDED_INSTANCES_KEPT } from './session-model';

const config = { name: 'add' } as FunctionConfig;
const report: InvocationReport = {
  requestId: 'r1',
  durationMs: 1.5,
  billedDurationMs: 12,
  memorySizeMB: 128,
  maxMemoryUsedMB: null,
  initDurationMs: 10.2,
};
const cost = { gbSeconds: 0.0015, requestUsd: 2e-7, computeUsd: 2.5e-8, totalUsd: 2.25e-7 };

const coldInvoke: PlatformEvent[] = [
  { type: 'deployed', time: 0, functionName: 'add', version: 1, config },
  {
    type: 'instance',
    time: 1,
    functionName: 'add',
    instanceId: 'i1',
    version: 1,
    state: 'starting',
  },
  {
    type: 'init',
    time: 2,
    functionName: 'add',
    instanceId: 'i1',
    outcome: { ok: true, initDurationMs: 10.2 },
  },
  {
    type: 'invoke-start',
    time: 2,
    functionName: 'add',
    requestId: 'r1',
    instanceId: 'i1',
    cold: true,
    invocationType: 'RequestResponse',
    eventJson: '{}',
  },
  { type: 'instance', time: 2, functionName: 'add', instanceId: 'i1', version: 1, state: 'busy' },
  {
    type: 'log',
    time: 3,
    functionName: 'add',
    instanceId: 'i1',
    entry: { kind: 'platform', time: 3, text: 'REPORT RequestId: r1\tDuration: 1.50 ms' },
  },
  {
    type: 'invoke-end',
    time: 3,
    functionName: 'add',
    requestId: 'r1',
    instanceId: 'i1',
    status: 'ok',
    payload: '3',
    report,
    cost,
  },
  {
    type: 'instance',
    time: 3,
    functionName: 'add',
    instanceId: 'i1',
    version: 1,
    state: 'idle',
    idleDeadline: 360_003,
  },
];

describe('projectEvents', () => {
  it('follows an instance through a cold invoke and keeps its result, cost and init time', () => {
    const session = projectEvents(emptySession(), coldInvoke);
    expect(session.instances.get('i1')).toEqual({
      id: 'i1',
      functionName: 'add',
      version: 1,
      state: 'idle',
      since: 3,
      invocations: 1,
      initDurationMs: 10.2,
      idleDeadline: 360_003,
    });
    expect(session.results.get('add')).toEqual({
      kind: 'invoked',
      cold: true,
      requestId: 'r1',
      status: 'ok',
      payload: '3',
      report,
      cost,
    });
    expect(session.totalUsd).toBe(2.25e-7);
    expect(session.requests).toBe(1);
  });

  it('announces cold starts, not the busy and idle flips of every request', () => {
    const session = projectEvents(emptySession(), coldInvoke.slice(0, 3));
    expect(session.announcement).toBe('add: cold start, init 10 ms');
    expect(projectEvents(session, coldInvoke.slice(3)).announcement).toBe(
      'add: cold start, init 10 ms',
    );
  });

  it('counts AWS timing’s modeled platform part in the init time it shows and announces', () => {
    const modeled = coldInvoke.map((event) =>
      event.type === 'init' ? { ...event, platformInitMs: 158.28 } : event,
    );
    const session = projectEvents(emptySession(), modeled.slice(0, 3));
    expect(session.instances.get('i1')?.initDurationMs).toBeCloseTo(168.48, 10);
    expect(session.announcement).toBe(
      'add: cold start, init 168 ms (158 ms of it AWS platform time, modeled)',
    );
  });

  it('puts the invocation cost on its REPORT line', () => {
    const [line] = projectEvents(emptySession(), coldInvoke).logs.get('add')!;
    expect(line).toMatchObject({ requestId: 'r1', level: 'PLATFORM', costUsd: 2.25e-7 });
  });

  it('records a throttle as the function result', () => {
    const error = {
      statusCode: 429,
      errorType: 'TooManyRequestsException',
      Type: 'User',
      message: 'Rate Exceeded.',
      Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded',
    } as const;
    const session = projectEvents(emptySession(), [
      { type: 'throttle', time: 0, functionName: 'add', requestId: 'r9', error },
    ]);
    expect(session.results.get('add')).toEqual({ kind: 'throttled', requestId: 'r9', error });
    expect(session.announcement).toBe('add: request throttled (429)');
    expect(session.throttles).toEqual(new Map([['add', 1]]));
    const again = {
      type: 'throttle',
      time: 1,
      functionName: 'add',
      requestId: 'r10',
      error,
    } as const;
    expect(projectEvents(session, [again, { ...again, requestId: 'r11' }]).throttles).toEqual(
      new Map([['add', 3]]),
    );
  });

  it('counts how often platform time waited for this computer, and the longest wait', () => {
    const wait = (instanceId: string, waitedMs: number) =>
      ({ type: 'host-wait', time: 0, functionName: 'add', instanceId, waitedMs }) as const;
    const session = projectEvents(emptySession(), [wait('add-1', 1800), wait('add-2', 2400)]);
    const later = projectEvents(session, [wait('add-3', 900)]);
    expect(later.hostWaits).toEqual(new Map([['add', { waits: 3, longestMs: 2400 }]]));
    expect(projectEvents(emptySession(), []).hostWaits).toEqual(new Map());
  });

  it('counts a stopped recursive loop on the lane and says why in the log and aloud', () => {
    const stopped = (source: string) =>
      ({
        type: 'recursion-stopped',
        time: 0,
        functionName: 'resize',
        source,
        origin: { functionName: 'resize', requestId: 'r16' },
      }) as const;
    const session = projectEvents(emptySession(), [stopped('aws:s3'), stopped('aws:sqs')]);
    expect(session.recursions).toEqual(new Map([['resize', 2]]));
    expect(session.announcement).toBe('resize: recursive loop stopped (invocation not run)');
    const [s3Note, sqsNote] = session.logs.get('resize')!;
    expect(s3Note).toMatchObject({ level: 'PLATFORM', requestId: undefined });
    expect(s3Note!.text).toBe(
      '[playground] Lambda stopped an invocation of resize caused by request r16 of resize: a recursive loop, since this chain of requests had already invoked the function 16 times. The function did not run; the event went to the on-failure destination or dead-letter queue, or was dropped without one.',
    );
    expect(sqsNote!.text).toMatch(
      /; the message went to the queue's dead-letter queue, or was dropped without one\.$/,
    );
    // A session that saw none has no entry: the lane shows no badge.
    expect(projectEvents(emptySession(), []).recursions).toEqual(new Map());
  });

  it('keeps async attempts out of the Result, and still shows a synchronous invoke', async () => {
    const { platform, executor, events, settle } = setupDeployed({ reservedConcurrency: 1 });
    executor.script.invoke = () => errorInvoke();
    platform.invokeAsync('add', '{}');
    await settle();
    await settle(60_000);
    await settle(120_000);
    const afterAsync = projectEvents(emptySession(), events);
    expect(afterAsync.results).toEqual(new Map());
    expect(afterAsync.requests).toBe(3);
    expect(afterAsync.background.size).toBe(0);
    await platform.invoke('add', '{}');
    expect(projectEvents(emptySession(), events).results.get('add')).toMatchObject({
      status: 'error',
    });
  });

  it('keeps only the most recent ended instances', () => {
    const ended: PlatformEvent[] = Array.from({ length: ENDED_INSTANCES_KEPT + 3 }, (_, n) => ({
      type: 'instance',
      time: n,
      functionName: 'add',
      instanceId: `i${n}`,
      version: 1,
      state: 'reaped',
      reason: 'idle-timeout',
    }));
    const session = projectEvents(emptySession(), ended);
    expect(session.instances.size).toBe(ENDED_INSTANCES_KEPT);
    expect(session.instances.get('i0')).toBeUndefined();
    expect(session.instances.get(`i${ENDED_INSTANCES_KEPT + 2}`)?.reason).toBe('idle-timeout');
  });
});
