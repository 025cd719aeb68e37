import { describe, expect, it } from 'vitest';
import { cpuBoundOutcome, cpuStretch, modeledDurationMs, vcpusFor } from './cpu-share';

describe(cpuStretch, () => {
  it('stretches computing by 1,769 / memory below one vCPU', () => {
    expect(vcpusFor(1769)).toBe(1);
    expect(cpuStretch(128)).toBeCloseTo(13.8203, 4);
    expect(cpuStretch(1024)).toBeCloseTo(1.7275, 4);
    expect(cpuStretch(1769)).toBe(1);
  });

  it('never speeds a single thread up past one vCPU', () => {
    expect(cpuStretch(3538)).toBe(1);
    expect(cpuStretch(10_240)).toBe(1);
  });

  it('takes another reference machine when asked', () => {
    // A core worth two vCPUs: 128 MB is 27.6 times slower than it, and 3,538 MB matches it.
    expect(cpuStretch(128, 2)).toBeCloseTo(27.6406, 4);
    expect(cpuStretch(3538, 2)).toBe(1);
  });
});

describe(modeledDurationMs, () => {
  it('stretches the computing part only, and keeps the waiting as measured', () => {
    // 50 ms computing + 200 ms waiting at 128 MB: 200 + 50 × 1769/128.
    expect(modeledDurationMs(250, 50, 128)).toBeCloseTo(200 + 691.015625, 9);
    expect(modeledDurationMs(250, 50, 1769)).toBe(250);
    expect(modeledDurationMs(250, 0, 128)).toBe(250);
  });

  it('never counts more computing than the whole Duration', () => {
    expect(modeledDurationMs(10, 12, 1769 / 2)).toBe(20);
    expect(modeledDurationMs(10, -1, 128)).toBe(10);
  });
});

describe(cpuBoundOutcome, () => {
  const ok = {
    kind: 'ok',
    payload: '1',
    durationMs: 60,
    cpuMs: 50,
    maxMemoryUsedMB: null,
  } as const;

  it('models Duration and keeps what was measured', () => {
    const modeled = cpuBoundOutcome(ok, 128, 3000);
    expect(modeled?.measured).toEqual({ durationMs: 60, cpuMs: 50 });
    expect(modeled?.outcome).toMatchObject({ kind: 'ok', payload: '1', cpuMs: 50 });
    expect(modeled?.outcome.durationMs).toBeCloseTo(10 + 50 * (1769 / 128), 9);
  });

  it('turns a handler that would not finish within its timeout on AWS into a timeout', () => {
    // 300 ms of computing at 128 MB is 4,146 ms: past a 3 s timeout.
    const slow = { ...ok, durationMs: 310, cpuMs: 300 };
    expect(cpuBoundOutcome(slow, 128, 3000)).toEqual({
      outcome: { kind: 'timeout', durationMs: 3000, maxMemoryUsedMB: null },
      measured: { durationMs: 310, cpuMs: 300 },
    });
    expect(cpuBoundOutcome(slow, 1769, 3000)?.outcome.kind).toBe('ok');
  });

  it('leaves alone what it cannot model: no CPU figure, a timeout, a crash', () => {
    expect(cpuBoundOutcome({ ...ok, cpuMs: undefined }, 128, 3000)).toBeNull();
    const timeout = { kind: 'timeout', durationMs: 3000, maxMemoryUsedMB: null } as const;
    expect(cpuBoundOutcome(timeout, 128, 3000)).toBeNull();
    const error = { errorType: 'Runtime.Unknown', errorMessage: 'gone', trace: [] };
    const crash = { kind: 'crash', error, durationMs: 40, maxMemoryUsedMB: null } as const;
    expect(cpuBoundOutcome(crash, 128, 3000)).toBeNull();
  });
});
