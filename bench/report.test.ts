import { describe, expect, it } from 'vitest';
import type { Machine } from './machine';
import { judge } from './figures';
import { buildReport, formatNumber, formatTable, targetText } from './report';

const MACHINE: Machine = {
  cpu: 'Test CPU',
  cores: 2,
  memoryGB: 24,
  os: 'Linux 6',
  node: 'v20.20.2',
  chromium: '156.0',
  loadAverage: 0.12,
};

const report = () =>
  buildReport({
    mode: 'quick',
    date: new Date('2026-11-27T12:00:00Z'),
    machine: MACHINE,
    figures: {
      'raw.workerSpawnMs': { p50: 12, p95: 15.2, n: 60 },
      coldInvokeMs: { p50: 6, p95: 9.12, n: 60 },
      'raw.throughputPerSec': { p50: 40_000, p95: 41_000, n: 6 },
      'throughput.invocationsPerSec': { p50: 9_000, p95: 9_500, n: 6 },
    },
    errors: ['first load 1: timed out'],
  });

describe('formatNumber', () => {
  it('keeps about three significant digits and groups thousands', () => {
    expect([0.1049, 2.5, 12.34, 456.7, 41_230.4].map(formatNumber)).toEqual([
      '0.105',
      '2.50',
      '12.3',
      '457',
      '41,230',
    ]);
  });
});

describe('targetText', () => {
  it('shows a fixed amount added to a scaled bound, and the limit once it is known', () => {
    const verdict = judge({ 'raw.rttMs': { p50: 0.05, p95: 0.2, n: 500 } }).find(
      (v) => v.target.name === 'sdk.callMs',
    );
    expect(verdict && targetText(verdict)).toBe('≤ 5.00 × raw.rttMs + 20.0 = 20.3');
  });
});

describe('buildReport', () => {
  it('names every figure and ratio, null where nothing was measured', () => {
    const built = report();
    expect(built.figures['raw.rttMs']).toBeNull();
    expect(built.figures.coldInvokeMs).toEqual({ p50: 6, p95: 9.12, n: 60 });
    expect(built.ratios).toEqual({
      'coldInvokeMs / raw.workerSpawnMs': { p50: 0.5, p95: 9.12 / 15.2 },
      'warmInvokeMs / raw.rttMs': null,
      'rebuildMs / raw.esbuildBuildMs': null,
      'coldInvokeMs / online.coldInvokeMs': null,
      'warmInvokeMs / online.warmInvokeMs': null,
      'spawnToReadyMs / online.spawnToReadyMs': null,
      'python.coldInvokeMs / raw.pyodideBootMs': null,
      'python.warmInvokeMs / raw.rttMs': null,
    });
    expect(built.targets[6]).toEqual({
      name: 'throughput.invocationsPerSec',
      target: '≥ 0.250 × raw.throughputPerSec = 10,000',
      value: 9_000,
      limit: 10_000,
      pass: false,
    });
    expect(built.errors).toEqual(['first load 1: timed out']);
  });
});

describe('formatTable', () => {
  it('prints the machine, each figure against its target, and what was not measured', () => {
    const lines = formatTable(report()).split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'Serverless Playground benchmark (quick), 2026-11-27T12:00:00.000Z',
      'Machine: Test CPU, 2 cores, 24 GB · Linux 6 · Node v20.20.2 · Chromium 156.0 (headless) · load 0.12 at start',
    ]);
    expect(lines[3]).toBe(
      'figure                                      p50     p95   n  target (on p50)                          result',
    );
    expect(lines[4]).toBe('raw.workerSpawnMs                          12.0    15.2  60');
    expect(lines[9]).toBe('raw.pyodideBootMs                             —       —');
    expect(lines[14]).toBe('python.coldInvokeMs                           —       —');
    expect(lines[23]).toBe(
      'throughput.invocationsPerSec              9,000   9,500   6  ≥ 0.250 × raw.throughputPerSec = 10,000  ✗ MISS',
    );
    expect(lines[29]).toBe(
      'sdk.callMs                                    —       —      ≤ 5.00 × raw.rttMs + 20.0                – not measured',
    );
    expect(lines[32]).toBe(
      'scale.peakInstances                           —       —      ≤ 1.25 × scale.expectedPeak              – not measured',
    );
    expect(lines[35]).toBe(
      'coldInvokeMs / raw.workerSpawnMs          0.500   0.600      ≤ 1.00                                   ✓ pass',
    );
    expect(lines[36]).toBe(
      'warmInvokeMs / raw.rttMs                      —       —      ≤ 3.00                                   – not measured',
    );
    expect(lines[38]).toBe('coldInvokeMs / online.coldInvokeMs            —       —');
    expect(lines[41]).toBe(
      'python.coldInvokeMs / raw.pyodideBootMs       —       —      ≤ 0.100                                  – not measured',
    );
    expect(lines.slice(-2)).toEqual([
      '1 of 15 targets met, 1 missed.',
      'Not measured: first load 1: timed out',
    ]);
  });
});
