// The Monitor's body, loaded only once it is first opened (uPlot stays out of the first page
// load): a function and a period to look at, then the console's charts for them.
import { useMemo, useRef, useState } from 'react';
import type { MetricPeriod } from '../../store';
import { METRIC_PERIODS, periodForSpeed } from '../../store';
import { Field } from '../forms/Field';
import { useOnScreen } from '../hooks/use-on-screen';
import { useControl, useWorkspace } from '../hooks/use-stores';
import { CHARTS, chartColumns } from './chart-specs';
import { MetricChart } from './MetricChart';
import { useMetricsView } from './use-metrics-view';

/** The picker's value for every function at once. */
const ALL = '';

export default function MonitorCharts() {
  const names = useWorkspace((s) => s.functions.map((fn) => fn.config.name).join('\n'));
  const speed = useControl((s) => s.speed);
  const [picked, setPicked] = useState(ALL);
  const functions = names === '' ? [] : names.split('\n');
  // A function renamed or removed since it was picked falls back to all of them.
  const shown = functions.includes(picked) ? picked : ALL;
  // The period suits the speed the charts were opened at; the learner may pick the other one.
  const [period, setPeriod] = useState<MetricPeriod>(() => periodForSpeed(speed));
  const body = useRef<HTMLDivElement>(null);
  const onScreen = useOnScreen(body);
  const view = useMetricsView(shown === ALL ? null : shown, period, onScreen);
  const spec = METRIC_PERIODS[period];
  const columns = useMemo(() => CHARTS.map((chart) => chartColumns(chart, view)), [view]);

  return (
    <div ref={body} className="monitor-body">
      <div className="monitor-controls">
        <Field layout="inline" label="Metrics for">
          <select value={shown} onChange={(e) => setPicked(e.target.value)}>
            <option value={ALL}>All functions</option>
            {functions.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </Field>
        <Field layout="inline" label="Period">
          <select value={period} onChange={(e) => setPeriod(e.target.value as MetricPeriod)}>
            {(Object.keys(METRIC_PERIODS) as MetricPeriod[]).map((key) => (
              <option key={key} value={key}>
                1 {METRIC_PERIODS[key].unit}, last {METRIC_PERIODS[key].window}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <p className="hint">
        Simulated time, as CloudWatch would chart it: each invocation counts in the {spec.unit} it
        started.
      </p>
      <div className="metric-grid">
        {CHARTS.map((chart, i) => (
          <MetricChart
            key={chart.id}
            chart={chart}
            columns={columns[i]!}
            summary={chart.summary(view, spec)}
          />
        ))}
      </div>
    </div>
  );
}
