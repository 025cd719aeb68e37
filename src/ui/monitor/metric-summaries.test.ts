import { describe, expect, it } from 'vitest';
import { METRIC_PERIODS } from '../../store';
import {
  coldStartsSummary,
  concurrencySummary,
  durationSummary,
  errorsSummary,
  invocationsSummary,
  percentText,
  throttlesSummary,
} from './metric-summaries';
import { sampleView } from './testing/sample-view';

const SECONDS = METRIC_PERIODS['1s'];

describe('invocationsSummary', () => {
  it('gives the window total and the period under way', () => {
    expect(invocationsSummary(sampleView(), SECONDS)).toBe(
      '3 in the last 5 min · 0 in the latest second',
    );
  });
});

describe('throttlesSummary', () => {
  it('counts the 429s in the window and in the latest minute', () => {
    expect(throttlesSummary(sampleView(), METRIC_PERIODS['1m'])).toBe(
      '3 in the last 1 hour · 1 in the latest minute',
    );
  });
});

describe('durationSummary', () => {
  it('reads the percentiles of the latest period that had invocations', () => {
    expect(durationSummary(sampleView(), SECONDS)).toBe(
      'p50 7.50 ms · p95 7.50 ms · p99 7.50 ms in the latest second with invocations',
    );
  });

  it('says so when nothing ran', () => {
    const view = sampleView({ p50: [null, null, null] });
    expect(durationSummary(view, SECONDS)).toBe('No invocations in the last 5 min');
  });
});

describe('errorsSummary', () => {
  it('adds the success rate', () => {
    expect(errorsSummary(sampleView(), SECONDS)).toBe('1 in the last 5 min · success rate 66.7 %');
  });

  it('has no rate without invocations', () => {
    const view = sampleView({ invocations: [0, 0, 0], errors: [0, 0, 0] });
    expect(errorsSummary(view, SECONDS)).toBe('0 in the last 5 min');
  });
});

describe('concurrencySummary', () => {
  it('gives the highest period and the level now', () => {
    expect(concurrencySummary(sampleView({ concurrencyNow: 1 }), SECONDS)).toBe(
      'max 2 in the last 5 min · 1 now',
    );
  });
});

describe('coldStartsSummary', () => {
  it('gives the share of the invocations that started cold', () => {
    expect(coldStartsSummary(sampleView(), SECONDS)).toBe(
      '1 in the last 5 min · 33.3 % of 3 invocations',
    );
    const one = sampleView({ invocations: [1, 0, 0] });
    expect(coldStartsSummary(one, SECONDS)).toBe('1 in the last 5 min · 100 % of 1 invocation');
  });
});

describe('percentText', () => {
  it('keeps at most one decimal', () => {
    expect([percentText(1, 5), percentText(2, 3), percentText(0, 4)]).toEqual([
      '20 %',
      '66.7 %',
      '0 %',
    ]);
  });
});
