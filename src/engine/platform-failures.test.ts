import { describe, expect, it } from 'vitest';
import { okInit, okInvoke } from './testing/fake-executor';
import { requestIdOf, setupPlatform, testBundle, testConfig } from './testing/platform-fixture';
import type { LambdaError } from './types';

const boom: LambdaError = { errorType: 'Error', errorMessage: 'boom', trace: ['Error: boom'] };

function deployed() {
  const setup = setupPlatform();
  setup.platform.deploy(testConfig(), testBundle());
  return setup;
}

describe('createPlatform failures', () => {
  it('answers a timeout with Sandbox.Timedout and resets the instance in place', async () => {
    const { platform, executor, states, logTexts } = deployed();
    executor.script.invoke = () => ({
      outcome: { kind: 'timeout', durationMs: 3000, maxMemoryUsedMB: null },
    });
    const result = await platform.invoke('add', '{}');
    expect(result).toMatchObject({
      status: 'timeout',
      statusCode: 200,
      functionError: 'Unhandled',
      payload: `{"errorType":"Sandbox.Timedout","errorMessage":"RequestId: ${requestIdOf(1)} Error: Task timed out after 3.00 seconds"}`,
    });
    expect(logTexts().at(-1)).toBe(
      `REPORT RequestId: ${requestIdOf(1)}\tDuration: 3000.00 ms\tBilled Duration: 3100 ms\tMemory Size: 128 MB\tMax Memory Used: — MB\tInit Duration: 100.00 ms\tStatus: timeout`,
    );
    expect(states()).toEqual({ 'add-1': 'timed-out' });
    executor.script.invoke = () => okInvoke();
    await platform.invoke('add', '{}');
    // INIT again, in the same environment (reset.test.ts follows the reset through).
    expect(executor.started.map((spec) => spec.instanceId)).toEqual(['add-1', 'add-1']);
    expect(states()).toEqual({ 'add-1': 'idle' });
  });

  it('keeps the instance after a handler error, with a plain REPORT', async () => {
    const { platform, executor, states, logTexts } = deployed();
    executor.script.invoke = () => ({
      outcome: { kind: 'error', error: boom, durationMs: 3, maxMemoryUsedMB: 60, fatal: false },
    });
    const result = await platform.invoke('add', '{}');
    expect(result).toMatchObject({
      status: 'error',
      functionError: 'Unhandled',
      payload: '{"errorType":"Error","errorMessage":"boom","trace":["Error: boom"]}',
    });
    expect(logTexts().at(-1)).not.toContain('Status');
    expect(states()).toEqual({ 'add-1': 'idle' });
  });

  it('resets the instance after a fatal error: it waits, crashed, for the next request', async () => {
    const { platform, executor, events, states } = deployed();
    executor.script.invoke = () => ({
      outcome: { kind: 'error', error: boom, durationMs: 3, maxMemoryUsedMB: null, fatal: true },
    });
    const result = await platform.invoke('add', '{}');
    expect(result.status === 'error' && result.report).toMatchObject({
      status: 'error',
      errorType: 'Runtime.ExitError',
    });
    expect(events.at(-1)).toMatchObject({
      type: 'instance',
      instanceId: 'add-1',
      state: 'crashed',
    });
    expect(states()).toEqual({ 'add-1': 'crashed' });
    expect(executor.stopped).toEqual(['add-1']);
  });

  it('reports a crash and forgets the instance', async () => {
    const { platform, executor, events } = deployed();
    const exit = { errorType: 'Runtime.OutOfMemory', errorMessage: 'out of memory', trace: [] };
    executor.script.invoke = () => ({
      outcome: { kind: 'crash', error: exit, durationMs: 7, maxMemoryUsedMB: 128 },
    });
    const result = await platform.invoke('add', '{}');
    expect(result).toMatchObject({
      status: 'crash',
      functionError: 'Unhandled',
      payload: '{"errorType":"Runtime.OutOfMemory","errorMessage":"out of memory"}',
    });
    expect(events.at(-1)).toMatchObject({ type: 'instance', state: 'crashed' });
  });

  it('retries a failed INIT inside the invoke, fails the request with its error, then starts afresh', async () => {
    const { platform, executor, events, logTexts, states } = deployed();
    const importError: LambdaError = {
      errorType: 'Runtime.ImportModuleError',
      errorMessage: "Error: Cannot find module 'index'",
      trace: ["Runtime.ImportModuleError: Error: Cannot find module 'index'"],
    };
    executor.script.init = () => ({
      outcome: { ok: false, initDurationMs: 40.25, error: importError },
    });
    const failed = await platform.invoke('add', '{}');
    expect(failed).toMatchObject({
      status: 'error',
      functionError: 'Unhandled',
      payload: JSON.stringify(importError),
      report: { durationMs: 40.25, billedDurationMs: 41 },
    });
    expect(failed.status === 'error' && 'initDurationMs' in failed.report).toBe(false);
    const id = requestIdOf(1);
    const uncaught = `Uncaught Exception \t{"errorType":"Runtime.ImportModuleError","errorMessage":"Error: Cannot find module 'index'","stack":["Runtime.ImportModuleError: Error: Cannot find module 'index'"]}`;
    expect(logTexts().slice(1)).toEqual([
      uncaught,
      'INIT_REPORT Init Duration: 40.25 ms\tPhase: init\tStatus: error\tError Type: Runtime.ImportModuleError',
      uncaught,
      'INIT_REPORT Init Duration: 40.25 ms\tPhase: invoke\tStatus: error\tError Type: Runtime.ImportModuleError',
      `START RequestId: ${id} Version: $LATEST`,
      `END RequestId: ${id}`,
      `REPORT RequestId: ${id}\tDuration: 40.25 ms\tBilled Duration: 41 ms\tMemory Size: 128 MB\tMax Memory Used: — MB\tStatus: error\tError Type: Runtime.ImportModuleError`,
    ]);
    expect(executor.started.map((spec) => [spec.instanceId, spec.initTimeoutMs])).toEqual([
      ['add-1', undefined],
      ['add-1', 3000],
    ]);
    expect(events.at(-1)).toMatchObject({
      type: 'instance',
      state: 'reaped',
      reason: 'init-failed',
    });
    expect(states()).toEqual({});

    executor.script.init = () => okInit(20);
    const recovered = await platform.invoke('add', '{}');
    expect(recovered.status === 'ok' && recovered.report.initDurationMs).toBe(20);
    expect(states()).toEqual({ 'add-2': 'idle' });
  });

  it('treats an executor that rejects as a failure, not an exception', async () => {
    const { platform, executor } = deployed();
    executor.script.invoke = () => {
      throw new Error('worker vanished');
    };
    const result = await platform.invoke('add', '{}');
    expect(result).toMatchObject({
      status: 'crash',
      payload: '{"errorType":"Runtime.Unknown","errorMessage":"worker vanished"}',
    });
  });
});
