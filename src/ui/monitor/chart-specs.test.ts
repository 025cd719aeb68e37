import { describe, expect, it } from 'vitest';
import { CHARTS, chartColumns } from './chart-specs';
import { sampleView } from './testing/sample-view';

function chart(id: string) {
  const found = CHARTS.find((spec) => spec.id === id);
  if (!found) throw new Error(`no chart ${id}`);
  return found;
}

describe('chartColumns', () => {
  it('puts the period starts in seconds first, then each line', () => {
    expect(chartColumns(chart('duration'), sampleView())).toEqual([
      [1, 2, 3],
      [5, 7.5, null],
      [12, 7.5, null],
      [12, 7.5, null],
    ]);
  });

  it('plots the success rate only where something ran', () => {
    expect(chartColumns(chart('errors'), sampleView())).toEqual([
      [1, 2, 3],
      [1, 0, 0],
      [50, 100, null],
    ]);
  });

  it('plots the cold-start share of each period', () => {
    expect(chartColumns(chart('cold-starts'), sampleView()).slice(1)).toEqual([
      [1, 0, 0],
      [50, 0, null],
    ]);
  });
});

describe('CHARTS', () => {
  it('has the six charts of the Monitor tab, each with its own test id', () => {
    expect(CHARTS.map((spec) => spec.id)).toEqual([
      'invocations',
      'duration',
      'errors',
      'throttles',
      'concurrency',
      'cold-starts',
    ]);
  });
});
