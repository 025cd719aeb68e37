import { describe, expect, it } from 'vitest';
import { createManualClock } from '../time/clock';
import type { InstanceSpec, LogRecord } from '../types';
import { createFakeExecutor, okInvoke } from './fake-executor';
import { testBundle, testConfig } from './platform-fixture';

function spec(instanceId: string, logs: LogRecord[]): InstanceSpec {
  return {
    instanceId,
    config: testConfig(),
    bundle: testBundle(),
    logStreamName: 'stream',
    onLog: (record) => logs.push(record),
  };
}

const request = { requestId: 'r1', eventJson: '{}', deadlineMs: 3000, timeoutMs: 3000 };

describe('createFakeExecutor', () => {
  it('answers with the scripted outcome after the scripted delay, writing its logs', async () => {
    const clock = createManualClock(500);
    const logs: LogRecord[] = [];
    const executor = createFakeExecutor({
      clock,
      invoke: () => ({ ...okInvoke('7', 20, 20), logs: [{ level: 'INFO', message: 'hi' }] }),
    });
    expect(await executor.startInstance(spec('a-1', logs))).toEqual({
      ok: true,
      initDurationMs: 100,
    });
    let settled = false;
    const answer = executor.invoke('a-1', request).then((outcome) => ((settled = true), outcome));
    await Promise.resolve();
    expect(settled).toBe(false);
    clock.advance(20);
    expect(await answer).toEqual({ kind: 'ok', payload: '7', durationMs: 20, maxMemoryUsedMB: 64 });
    expect(logs).toEqual([{ time: 500, requestId: 'r1', level: 'INFO', message: 'hi' }]);
  });

  it('settles what is pending as a crash when the instance is stopped', async () => {
    const clock = createManualClock();
    const executor = createFakeExecutor({ clock, invoke: () => okInvoke('1', 5, 1000) });
    await executor.startInstance(spec('a-1', []));
    const answer = executor.invoke('a-1', request);
    executor.stopInstance('a-1');
    executor.stopInstance('a-1');
    expect(await answer).toMatchObject({
      kind: 'crash',
      error: { errorType: 'Runtime.ExitError' },
    });
    expect(executor.stopped).toEqual(['a-1']);
    expect(executor.live()).toEqual([]);
    expect(clock.pendingTimers()).toBe(0);
  });
});
