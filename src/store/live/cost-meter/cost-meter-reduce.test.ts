import { describe, expect, it } from 'vitest';
import type { PlatformEvent } from '../../../engine';
import { defaultFunctionConfig, invocationCost } from '../../../engine';
import { emptyMeter, RECEIPTS_KEPT } from './cost-meter-model';
import { reduceCostMeter } from './cost-meter-reduce';

function deployed(name: string, architecture: 'x86_64' | 'arm64'): PlatformEvent {
  const config = { ...defaultFunctionConfig(name), architecture };
  return { type: 'deployed', time: 0, functionName: name, version: 1, config };
}

function invokeEnd(
  name: string,
  requestId: string,
  memoryMB: number,
  billedDurationMs: number,
  initDurationMs?: number,
): PlatformEvent {
  return {
    type: 'invoke-end',
    time: 0,
    functionName: name,
    requestId,
    instanceId: 'i-1',
    status: 'ok',
    payload: 'null',
    report: {
      requestId,
      durationMs: billedDurationMs - (initDurationMs ?? 0) - 0.5,
      billedDurationMs,
      memorySizeMB: memoryMB,
      maxMemoryUsedMB: null,
      ...(initDurationMs !== undefined && { initDurationMs }),
    },
    cost: invocationCost({ memoryMB, architecture: 'x86_64' }, billedDurationMs),
  };
}

describe('reduceCostMeter', () => {
  it('adds each invocation’s requests, GB-seconds (init included) and total', () => {
    const meter = reduceCostMeter(emptyMeter(1000), [
      deployed('fn', 'x86_64'),
      invokeEnd('fn', 'r1', 128, 300, 200),
      invokeEnd('fn', 'r2', 1024, 5),
    ]);
    expect(meter.usage.requests).toBe(2);
    // 0.125 GB × 0.3 s + 1 GB × 0.005 s
    expect(meter.usage.gbSeconds.x86_64).toBeCloseTo(0.0425, 15);
    expect(meter.usage.gbSeconds.arm64).toBe(0);
    expect(meter.initGbSeconds).toBe(0.025);
    expect(meter.totalUsd).toBeCloseTo(0.0000004 + 0.0425 * 0.0000166667, 18);
    expect(meter.receipts.map((r) => r.requestId)).toEqual(['r2', 'r1']);
    expect(meter.receipts[1]).toMatchObject({ billedDurationMs: 300, initDurationMs: 200 });
    expect(meter.startedAt).toBe(1000);
  });

  it('keeps the measured Duration beside a modeled one, and bills the modeled one', () => {
    const modeled = invokeEnd('fn', 'r1', 128, 702);
    if (modeled.type !== 'invoke-end') throw new Error(modeled.type);
    modeled.report.measured = { durationMs: 60, cpuMs: 50 };
    const meter = reduceCostMeter(emptyMeter(0), [modeled, invokeEnd('fn', 'r2', 128, 5)]);
    expect(meter.receipts[1]).toMatchObject({ billedDurationMs: 702, measuredDurationMs: 60 });
    expect(meter.receipts[0]).not.toHaveProperty('measuredDurationMs');
    expect(meter.usage.gbSeconds.x86_64).toBeCloseTo(0.125 * 0.707, 15);
  });

  it('counts GB-seconds under the architecture the function was deployed with', () => {
    const meter = reduceCostMeter(emptyMeter(0), [
      deployed('arm', 'arm64'),
      invokeEnd('arm', 'r1', 512, 1000),
    ]);
    expect(meter.usage.gbSeconds).toEqual({ x86_64: 0, arm64: 0.5 });
    expect(meter.receipts[0]!.architecture).toBe('arm64');
  });

  it('keeps the newest receipts only', () => {
    const ends = Array.from({ length: RECEIPTS_KEPT + 2 }, (_, i) =>
      invokeEnd('fn', `r${i}`, 128, 1),
    );
    const meter = reduceCostMeter(emptyMeter(0), ends);
    expect(meter.receipts).toHaveLength(RECEIPTS_KEPT);
    expect(meter.receipts[0]!.requestId).toBe(`r${RECEIPTS_KEPT + 1}`);
    expect(meter.usage.requests).toBe(RECEIPTS_KEPT + 2);
  });

  it('returns the same meter when no billing event came', () => {
    const meter = emptyMeter(0);
    const log: PlatformEvent = {
      type: 'log',
      time: 0,
      functionName: 'fn',
      instanceId: 'i-1',
      entry: { kind: 'platform', time: 0, text: 'START' },
    };
    expect(reduceCostMeter(meter, [log])).toBe(meter);
  });
});
