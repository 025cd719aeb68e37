// uPlot's options for one Monitor chart: the theme's colours, a zero-based count scale on the left,
// and the percent scale (when the chart has one) on the right.
import uPlot from 'uplot';
import { themeColor } from '../theme/theme-color';
import type { ChartLine, ChartScale, ChartSpec } from './chart-specs';

export const CHART_HEIGHT = 130;

/** From zero, and never flat: an empty window still shows a 0–1 axis. */
const fromZero: uPlot.Range.Function = (_plot, _min, max) => [
  0,
  Number.isFinite(max) && max > 0 ? max * 1.1 : 1,
];

const SCALES: Record<ChartScale, uPlot.Scale> = {
  count: { range: fromZero },
  ms: { range: fromZero },
  '%': { range: [0, 100] },
};

const AXIS_SUFFIX: Record<ChartScale, string> = { count: '', ms: ' ms', '%': ' %' };

function seriesOf(line: ChartLine, color: (name: string) => string): uPlot.Series {
  const stroke = color(line.color);
  const bars = line.style === 'bars';
  return {
    label: line.label,
    scale: line.scale,
    stroke,
    width: bars ? 0 : 1.5,
    fill: bars ? stroke : undefined,
    paths: bars ? uPlot.paths.bars?.({ size: [0.8, 24], align: 1 }) : undefined,
    // Durations and rates have gaps (periods without invocations): a lone period is a dot.
    points: { show: !bars && line.scale !== 'count', size: 4, width: 0, fill: stroke },
    spanGaps: false,
  };
}

export function chartOptions(chart: ChartSpec, width: number, themed: Element): uPlot.Options {
  const color = (name: string) => themeColor(themed, name);
  const [muted, grid] = [color('muted'), color('border')];
  const scales = [...new Set(chart.lines.map((line) => line.scale))];
  return {
    width,
    height: CHART_HEIGHT,
    legend: { show: chart.lines.length > 1 },
    // Drawn at once, never animated: uPlot has no transitions, which suits reduced motion as is.
    cursor: { drag: { x: false, y: false } },
    scales: Object.fromEntries([['x', { time: true }], ...scales.map((s) => [s, SCALES[s]])]),
    axes: [
      { stroke: muted, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid } },
      ...scales.map((scale, i): uPlot.Axis => ({
        scale,
        side: i === 0 ? 3 : 1,
        stroke: muted,
        grid: { show: i === 0, stroke: grid, width: 1 },
        ticks: { stroke: grid },
        values: (_plot, ticks) => ticks.map((tick) => `${tick}${AXIS_SUFFIX[scale]}`),
      })),
    ],
    series: [{}, ...chart.lines.map((line) => seriesOf(line, color))],
  };
}
