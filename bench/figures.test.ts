import { describe, expect, it } from 'vitest';
import type { Figures } from './figures';
import { judge, ratios } from './figures';

const at = (p50: number, p95 = p50) => ({ p50, p95, n: 10 });

describe('ratios', () => {
  it('divides p50 by p50 and p95 by p95, only where both sides were measured', () => {
    const figures: Figures = {
      coldInvokeMs: at(6, 12),
      'raw.workerSpawnMs': at(12, 16),
      warmInvokeMs: at(1),
    };
    expect(ratios(figures)).toEqual({
      'coldInvokeMs / raw.workerSpawnMs': { p50: 0.5, p95: 0.75 },
    });
  });

  it('sets Python’s cold start against a bare Pyodide start, its warm invoke against a bare trip', () => {
    const figures: Figures = {
      'python.coldInvokeMs': at(40, 80),
      'raw.pyodideBootMs': at(4000, 8000),
      'python.warmInvokeMs': at(0.3, 0.6),
      'raw.rttMs': at(0.1, 0.2),
    };
    expect(ratios(figures)).toEqual({
      'python.coldInvokeMs / raw.pyodideBootMs': { p50: 0.01, p95: 0.01 },
      'python.warmInvokeMs / raw.rttMs': { p50: 0.3 / 0.1, p95: 0.6 / 0.2 },
    });
  });
});

describe('judge', () => {
  it('holds each p50 to its bound, scaled by another figure where the target says so', () => {
    const figures: Figures = {
      coldInvokeMs: at(13),
      'raw.workerSpawnMs': at(12),
      'throughput.invocationsPerSec': at(10_000),
      'raw.throughputPerSec': at(40_000),
      'engine.invocationsPerSec': at(400_000),
      'firstLoad.interactiveMs': at(900, 2000),
    };
    const verdicts = Object.fromEntries(
      judge(figures).map((v) => [v.target.name, { value: v.value, limit: v.limit, pass: v.pass }]),
    );
    expect(verdicts).toEqual({
      'coldInvokeMs / raw.workerSpawnMs': { value: 13 / 12, limit: 1, pass: false },
      'warmInvokeMs / raw.rttMs': { value: null, limit: 3, pass: null },
      'rebuildMs / raw.esbuildBuildMs': { value: null, limit: 1.5, pass: null },
      'python.coldInvokeMs / raw.pyodideBootMs': { value: null, limit: 0.1, pass: null },
      'python.warmInvokeMs / raw.rttMs': { value: null, limit: 6, pass: null },
      'firstLoad.interactiveMs': { value: 900, limit: 1500, pass: true },
      'throughput.invocationsPerSec': { value: 10_000, limit: 10_000, pass: true },
      'frames.p95Ms': { value: null, limit: 20, pass: null },
      'stage.framesP95Ms': { value: null, limit: 20, pass: null },
      'memory.perInstanceMB': { value: null, limit: null, pass: null },
      'engine.invocationsPerSec': { value: 400_000, limit: 500_000, pass: false },
      'sdk.callMs': { value: null, limit: null, pass: null },
      'scale.peakInstances': { value: null, limit: null, pass: null },
      'scale.hogged.peakInstances': { value: null, limit: null, pass: null },
      'scale.longestFrameMs': { value: null, limit: 1000, pass: null },
    });
  });

  it('holds the environments a load needs, idle or beside CPU hogs, to 1.25 × the engine’s count', () => {
    const figures: Figures = {
      'scale.expectedPeak': at(8),
      'scale.peakInstances': at(10),
      'scale.hogged.peakInstances': at(11),
    };
    const verdicts = judge(figures).filter((v) => v.target.name.endsWith('peakInstances'));
    expect(verdicts.map((v) => [v.target.name, v.limit, v.pass])).toEqual([
      ['scale.peakInstances', 10, true],
      ['scale.hogged.peakInstances', 10, false],
    ]);
  });

  it('holds a warm SDK call to five bare round trips plus the modeled S3 latency (20 ms)', () => {
    const sdkVerdict = (callMs: number) => {
      const figures: Figures = { 'sdk.callMs': at(callMs), 'raw.rttMs': at(0.05) };
      const verdict = judge(figures).find((v) => v.target.name === 'sdk.callMs');
      return { value: verdict?.value, limit: verdict?.limit, pass: verdict?.pass };
    };
    expect(sdkVerdict(20.2)).toEqual({ value: 20.2, limit: 20.25, pass: true });
    expect(sdkVerdict(20.3)).toEqual({ value: 20.3, limit: 20.25, pass: false });
  });
});
