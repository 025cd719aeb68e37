// The Monitor region: the Lambda console's Monitor tab for the session's traffic. Closed by
// default, and its charts draw only while open and on screen, so it never slows the stage.
import { lazy, Suspense, useId, useState } from 'react';
import './monitor.css';

const MonitorCharts = lazy(() => import('./MonitorCharts'));

export function MonitorPanel() {
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  return (
    <section className="panel monitor" aria-label="Monitor">
      <div className="panel-title">
        <h2>Monitor</h2>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide metrics' : 'Show metrics'}
        </button>
      </div>
      <div id={bodyId}>
        {open ? (
          <Suspense fallback={<p className="hint">Loading the charts…</p>}>
            <MonitorCharts />
          </Suspense>
        ) : (
          <p className="hint">
            Invocations, duration percentiles, errors, throttles, concurrency and cold starts over
            simulated time.
          </p>
        )}
      </div>
    </section>
  );
}
