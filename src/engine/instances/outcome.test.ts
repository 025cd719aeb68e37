import { describe, expect, it } from 'vitest';
import { settleInitFailure, settleInvoke } from './outcome';
import { testConfig } from '../testing/platform-fixture';

const ID = 'req-1';
const config = testConfig({ memoryMB: 256, timeoutSec: 3 });
const boom = {
  errorType: 'TypeError',
  errorMessage: 'boom',
  trace: ['TypeError: boom', '    at h'],
};

describe('settleInvoke', () => {
  it('passes a success through and bills the cold start', () => {
    const outcome = {
      kind: 'ok' as const,
      payload: '{"sum":3}',
      durationMs: 2.5,
      maxMemoryUsedMB: 70,
    };
    expect(settleInvoke(outcome, ID, config, 100.2)).toEqual({
      status: 'ok',
      payload: '{"sum":3}',
      report: {
        requestId: ID,
        durationMs: 2.5,
        billedDurationMs: 103,
        memorySizeMB: 256,
        maxMemoryUsedMB: 70,
        initDurationMs: 100.2,
      },
      fate: 'idle',
    });
  });

  it('returns a handler error as Lambda JSON, keeps the instance, and leaves the REPORT plain', () => {
    const outcome = {
      kind: 'error' as const,
      error: boom,
      durationMs: 4,
      maxMemoryUsedMB: null,
      fatal: false,
    };
    const settlement = settleInvoke(outcome, ID, config);
    expect(settlement.payload).toBe(
      '{"errorType":"TypeError","errorMessage":"boom","trace":["TypeError: boom","    at h"]}',
    );
    expect(settlement.fate).toBe('idle');
    expect(settlement.report.status).toBeUndefined();
  });

  it('ends the instance on a fatal error, reported as the runtime exiting', () => {
    const outcome = {
      kind: 'error' as const,
      error: boom,
      durationMs: 4,
      maxMemoryUsedMB: null,
      fatal: true,
    };
    const settlement = settleInvoke(outcome, ID, config);
    expect(settlement.fate).toBe('crashed');
    expect(settlement.report).toMatchObject({ status: 'error', errorType: 'Runtime.ExitError' });
    // The runtime reported its own error before it died: that is the answer, trace and all.
    expect(settlement.payload).toBe(
      '{"errorType":"TypeError","errorMessage":"boom","trace":["TypeError: boom","    at h"]}',
    );
  });

  it('answers process.exit as the platform does: Runtime.ExitError with no trace', () => {
    const exit = {
      errorType: 'Runtime.ExitError',
      errorMessage: 'RequestId: req-1 Error: Runtime exited with error: exit status 2',
      trace: [],
    };
    const outcome = { kind: 'error' as const, error: exit, durationMs: 4, maxMemoryUsedMB: null };
    expect(settleInvoke({ ...outcome, fatal: true }, ID, config).payload).toBe(
      '{"errorType":"Runtime.ExitError","errorMessage":"RequestId: req-1 Error: Runtime exited with error: exit status 2"}',
    );
  });

  it('answers a timeout with Sandbox.Timedout and the timeout to two decimals', () => {
    const settlement = settleInvoke(
      { kind: 'timeout', durationMs: 3000, maxMemoryUsedMB: null },
      ID,
      config,
    );
    expect(settlement).toMatchObject({ status: 'timeout', fate: 'timed-out' });
    expect(settlement.payload).toBe(
      '{"errorType":"Sandbox.Timedout","errorMessage":"RequestId: req-1 Error: Task timed out after 3.00 seconds"}',
    );
    expect(settlement.report).toMatchObject({
      durationMs: 3000,
      billedDurationMs: 3000,
      status: 'timeout',
    });
  });

  it('reports a crash with the runtime error and no trace', () => {
    const exit = {
      errorType: 'Runtime.ExitError',
      errorMessage: 'RequestId: req-1 Error: Runtime exited with error: exit status 1',
      trace: [],
    };
    const settlement = settleInvoke(
      { kind: 'crash', error: exit, durationMs: 9, maxMemoryUsedMB: null },
      ID,
      config,
    );
    expect(settlement.status).toBe('crash');
    expect(settlement.fate).toBe('crashed');
    expect(settlement.payload).toBe(
      '{"errorType":"Runtime.ExitError","errorMessage":"RequestId: req-1 Error: Runtime exited with error: exit status 1"}',
    );
    expect(settlement.report).toMatchObject({ status: 'error', errorType: 'Runtime.ExitError' });
  });
});

describe('settleInitFailure', () => {
  it('fails the request with the init error; the retried INIT is its Duration, billed', () => {
    const error = { errorType: 'Runtime.ImportModuleError', errorMessage: 'gone', trace: [] };
    expect(settleInitFailure(error, 40.5, ID, config)).toEqual({
      status: 'error',
      payload: '{"errorType":"Runtime.ImportModuleError","errorMessage":"gone","trace":[]}',
      report: {
        requestId: ID,
        durationMs: 40.5,
        billedDurationMs: 41,
        memorySizeMB: 256,
        maxMemoryUsedMB: null,
        status: 'error',
        errorType: 'Runtime.ImportModuleError',
      },
      fate: 'init-failed',
    });
  });
});
