// One Monitor chart: its title, a uPlot canvas (hidden from assistive technology, which reads the
// summary instead), and its latest figures in words.
import { memo, useEffect, useId, useRef } from 'react';
import { useTheme } from '../theme/use-theme';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { CHART_HEIGHT, chartOptions } from './chart-options';
import type { ChartSpec } from './chart-specs';

interface Props {
  chart: ChartSpec;
  /** uPlot's columns (chartColumns): the x values, then one array per line. */
  columns: (number | null)[][];
  summary: string;
}

/** Memoized: a reading that changed nothing leaves every chart as it is. */
export const MetricChart = memo(function MetricChart({ chart, columns, summary }: Props) {
  const titleId = useId();
  const holder = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const shown = useRef(columns);
  // The canvas holds the colours it was drawn with: a new theme draws the chart anew.
  const theme = useTheme();

  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    const options = chartOptions(chart, element.clientWidth, element);
    const created = new uPlot(options, shown.current as uPlot.AlignedData, element);
    plot.current = created;
    const resize = new ResizeObserver(() => {
      created.setSize({ width: element.clientWidth, height: CHART_HEIGHT });
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      created.destroy();
      plot.current = null;
    };
  }, [chart, theme]);

  useEffect(() => {
    shown.current = columns;
    plot.current?.setData(columns as uPlot.AlignedData);
  }, [columns]);

  return (
    <figure className="metric-chart" aria-labelledby={titleId}>
      <figcaption id={titleId} className="metric-title">
        {chart.title}
      </figcaption>
      <div ref={holder} className="metric-canvas" aria-hidden="true" />
      <p className="metric-summary" data-testid={`metric-${chart.id}`}>
        {summary}
      </p>
    </figure>
  );
});
