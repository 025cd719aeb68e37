import { describe, expect, it } from 'vitest';
import { createManualClock } from './time/clock';
import { sequentialIds } from './ids';
import { createPlatform } from './platform';
import { createFakeExecutor } from './testing/fake-executor';
import { requestIdOf, setupPlatform, T0, testBundle, testConfig } from './testing/platform-fixture';
import type { PlatformEvent } from './types';

describe('createPlatform events', () => {
  it('reports a cold invoke in this exact order', async () => {
    const { platform, executor, takeTypes } = setupPlatform();
    platform.deploy(testConfig(), testBundle());
    executor.script.init = () => ({
      outcome: { ok: true, initDurationMs: 94.33 },
      logs: [{ level: 'INFO', message: 'loading' }],
    });
    await platform.invoke('add', '{}');
    expect(takeTypes()).toEqual([
      'deployed',
      'instance:starting',
      'log', // INIT_START
      'log', // the module's own line
      'init',
      'instance:busy',
      'invoke-start',
      'log', // START
      'log', // END
      'log', // REPORT
      'invoke-end',
      'instance:idle',
    ]);
  });

  it('reports a warm invoke without any INIT', async () => {
    const { platform, executor, takeTypes } = setupPlatform();
    platform.deploy(testConfig(), testBundle());
    await platform.invoke('add', '{}');
    takeTypes();
    executor.script.invoke = () => ({
      outcome: { kind: 'ok', payload: '3', durationMs: 1.5, maxMemoryUsedMB: 70 },
      logs: [{ level: 'INFO', message: 'adding' }],
    });
    await platform.invoke('add', '{}');
    expect(takeTypes()).toEqual([
      'instance:busy',
      'invoke-start',
      'log', // START
      'log', // the handler's line
      'log', // END
      'log', // REPORT
      'invoke-end',
      'instance:idle',
    ]);
  });

  it('writes the CloudWatch lines of a cold invoke', async () => {
    const { platform, executor, events, logTexts } = setupPlatform();
    platform.deploy(testConfig(), testBundle());
    executor.script.init = () => ({
      outcome: { ok: true, initDurationMs: 94.33 },
      logs: [{ level: 'WARN', message: 'cold' }],
    });
    executor.script.invoke = () => ({
      outcome: { kind: 'ok', payload: '3', durationMs: 601.73, maxMemoryUsedMB: 29 },
      logs: [{ level: 'INFO', message: '{ left: 1, right: 2 }' }],
    });
    const result = await platform.invoke('add', '{"left":1,"right":2}');
    const id = requestIdOf(1);
    expect(logTexts()).toEqual([
      'INIT_START Runtime Version: nodejs:22.v53\tRuntime Version ARN: arn:aws:lambda:us-east-1::runtime:95d7f2a1c4e8b3069d1f7a2e5c8b40f3d6a9e1c2b5f8047a3d6e9c1b4f7a0d2e',
      'cold',
      `START RequestId: ${id} Version: $LATEST`,
      '{ left: 1, right: 2 }',
      `END RequestId: ${id}`,
      `REPORT RequestId: ${id}\tDuration: 601.73 ms\tBilled Duration: 697 ms\tMemory Size: 128 MB\tMax Memory Used: 29 MB\tInit Duration: 94.33 ms`,
    ]);
    const appRecords = events.flatMap((event) =>
      event.type === 'log' && event.entry.kind === 'app' ? [event.entry.record] : [],
    );
    expect(appRecords.map((record) => record.requestId)).toEqual([undefined, id]);
    expect(result).toMatchObject({ status: 'ok', statusCode: 200, payload: '3' });
    expect(platform.snapshot().instances[0]?.logStreamName).toBe(
      '2026/11/27/[$LATEST]00000000000000000000000000000001',
    );
  });

  it('carries the request into invoke-start and the bill into invoke-end', async () => {
    const { platform, events } = setupPlatform();
    platform.deploy(testConfig(), testBundle());
    await platform.invoke('add', '{"n":1}');
    const start = events.find((event) => event.type === 'invoke-start');
    const end = events.find((event) => event.type === 'invoke-end');
    expect(start).toEqual({
      type: 'invoke-start',
      time: T0,
      functionName: 'add',
      requestId: requestIdOf(1),
      instanceId: 'add-1',
      cold: true,
      invocationType: 'RequestResponse',
      eventJson: '{"n":1}',
    });
    expect(end).toMatchObject({
      type: 'invoke-end',
      status: 'ok',
      payload: 'null',
      report: { billedDurationMs: 110, initDurationMs: 100 },
      cost: { gbSeconds: 0.01375, requestUsd: 0.0000002 },
    });
  });

  it('keeps delivering to everyone when a listener throws', async () => {
    const clock = createManualClock(T0);
    const heard: unknown[] = [];
    const platform = createPlatform({
      clock,
      executor: createFakeExecutor({ clock }),
      ids: sequentialIds(),
      onListenerError: (error) => heard.push(error),
    });
    const seen: PlatformEvent['type'][] = [];
    platform.subscribe(() => {
      throw new Error('bad listener');
    });
    const unsubscribe = platform.subscribe((event) => seen.push(event.type));
    platform.deploy(testConfig(), testBundle());
    const result = await platform.invoke('add', '{}');
    expect(result.status).toBe('ok');
    expect(seen).toHaveLength(11);
    expect(heard).toHaveLength(11);
    unsubscribe();
    await platform.invoke('add', '{}');
    expect(seen).toHaveLength(11);
  });
});
