// The Load tab: a seeded traffic generator that invokes a function at a rate, to watch it scale
// out, reuse warm instances, get throttled, and sleep again once the traffic stops.
import { useMemo } from 'react';
import type { LoadShape } from '../../engine';
import { arrivalsPerSecond, LOAD_SHAPES, loadArrivals, loadPatternProblem } from '../../engine';
import type { LoadDraft, LoadState, LoadTargetKind } from '../../store';
import { loadTargetOf, startLoad, stopLoad, workspaceActions } from '../../store';
import { Field } from '../forms/Field';
import { useLoad, useWorkspace } from '../hooks/use-stores';
import { NumberField } from '../settings/NumberField';
import { LoadPreview } from './LoadPreview';
import { LoadTargetFields } from './LoadTargetFields';

const TARGET_HINTS: Record<LoadTargetKind, string> = {
  invoke: "Each request is a synchronous invoke with the function's test event.",
  http: 'Each request goes through the front door set in the HTTP tab; a 2xx answer counts as succeeded, 429 as throttled.',
  s3: 'Each request puts an object ({n} is its number), and the bucket notifies its functions asynchronously; succeeded means S3 took the put.',
  sns: 'Each request publishes a message ({n} is its number); every subscriber is invoked asynchronously. Succeeded means SNS took it.',
  sqs: 'Each request sends a message ({n} is its number); the queue’s event source mapping polls it in batches. Succeeded means SQS took it.',
};

function Progress({ state }: { state: LoadState }) {
  const { progress, targetLabel } = state;
  if (!progress) return null;
  const { total, sent, inFlight, ok, errors, throttled, finished, stopped } = progress;
  const phase = finished ? (stopped ? 'Stopped' : 'Finished') : stopped ? 'Stopping' : 'Running';
  return (
    <div className="load-progress">
      <progress max={total} value={sent} aria-label="Requests sent" />
      <p role="status" data-testid="load-status">
        {phase}: {sent} of {total} sent to {targetLabel} · {ok} succeeded · {errors} failed ·{' '}
        {throttled} throttled · {inFlight} in flight
      </p>
    </div>
  );
}

export function LoadTab() {
  const load = useWorkspace((s) => s.load);
  const state = useLoad((s) => s);
  const running = state.progress !== null && !state.progress.finished;
  const problem = loadPatternProblem(load.pattern);
  const perSecond = useMemo(
    () => (problem ? [] : arrivalsPerSecond(loadArrivals(load.pattern), load.pattern.durationSec)),
    [load.pattern, problem],
  );
  const set = (change: Partial<LoadDraft>) => workspaceActions.setLoad({ ...load, ...change });
  const setPattern = (change: Partial<LoadDraft['pattern']>) =>
    set({ pattern: { ...load.pattern, ...change } });

  return (
    <div className="load-tab">
      <div className="load-fields">
        <LoadTargetFields load={load} onChange={workspaceActions.setLoad} />
        <Field label="Pattern">
          <select
            value={load.pattern.shape}
            onChange={(e) => setPattern({ shape: e.target.value as LoadShape })}
          >
            {Object.entries(LOAD_SHAPES).map(([shape, label]) => (
              <option key={shape} value={shape}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        <NumberField
          label="Rate"
          value={load.pattern.ratePerSec}
          onChange={(ratePerSec) => setPattern({ ratePerSec })}
        />
        <NumberField
          label="Duration (s)"
          value={load.pattern.durationSec}
          onChange={(durationSec) => setPattern({ durationSec })}
        />
        <NumberField
          label="Seed"
          value={load.pattern.seed}
          onChange={(seed) => setPattern({ seed })}
        />
      </div>
      {problem ? (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      ) : (
        <LoadPreview perSecond={perSecond} />
      )}
      <div className="form-buttons">
        {running ? (
          <button type="button" onClick={stopLoad}>
            Stop load
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            disabled={problem !== null}
            onClick={() => void startLoad()}
          >
            Start load
          </button>
        )}
      </div>
      {state.problem && (
        <p className="field-problem" role="alert">
          {state.problem}
        </p>
      )}
      <Progress state={state} />
      <p className="hint">
        {TARGET_HINTS[loadTargetOf(load).kind]} Rate is requests per simulated second at the
        pattern&apos;s peak: at 10× Speed they arrive ten times as fast in real time, while the
        handler still takes its real time. The same seed replays the same traffic.
      </p>
    </div>
  );
}
