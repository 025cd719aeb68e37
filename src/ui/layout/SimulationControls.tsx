// Speed of simulated time (idle lifetimes, retries, schedules), pause and single step, idle
// lifetime, AWS timing, reset.
import { useState } from 'react';
import type { IdleLifetimeChoice } from '../../store';
import {
  IDLE_LIFETIMES,
  setAwsTiming,
  setIdleLifetime,
  setSpeed,
  SPEEDS,
  stepSimulation,
} from '../../store';
import { Field } from '../forms/Field';
import { useControl } from '../hooks/use-stores';
import { PauseButton } from './PauseButton';
import { ResetButton } from './ResetButton';

export function SimulationControls() {
  const speed = useControl((s) => s.speed);
  const paused = useControl((s) => s.paused);
  const [stepNote, setStepNote] = useState<string | null>(null);
  const idleLifetime = useControl((s) => s.idleLifetime);
  const awsTiming = useControl((s) => s.awsTiming);
  return (
    <div className="sim-controls">
      <Field layout="inline" label="Speed">
        <select
          aria-label="Speed"
          value={speed}
          onChange={(e) => setSpeed(Number(e.target.value))}
          title="How fast simulated time runs: idle lifetimes pass this much faster. Your code always runs at real speed."
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </Field>
      <PauseButton />
      <button
        type="button"
        disabled={!paused}
        onClick={() => setStepNote(stepSimulation() ? null : 'Nothing is scheduled.')}
        title="While paused: jump simulated time to the platform's next decision (a reap, a retry, a schedule, a load arrival, a poll)"
      >
        Step
      </button>
      {stepNote && paused && (
        <span className="hint" role="status">
          {stepNote}
        </span>
      )}
      <Field layout="inline" label="Idle lifetime">
        <select
          aria-label="Idle lifetime"
          value={idleLifetime}
          onChange={(e) => setIdleLifetime(e.target.value as IdleLifetimeChoice)}
        >
          {Object.entries(IDLE_LIFETIMES).map(([key, { label }]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field
        layout="check"
        label="AWS timing"
        title="Cold starts also take the time AWS spends starting the runtime before your init code runs (modeled from published measurements by runtime, architecture and memory), shown apart from the init time measured here; and the handler's computing takes as long as the function's memory would make it on AWS (1,769 MB is one vCPU, 128 MB a fourteenth of one), its waiting as measured. Cold starts change from the next one, durations from the next request."
      >
        <input
          type="checkbox"
          checked={awsTiming}
          onChange={(e) => setAwsTiming(e.target.checked)}
        />
      </Field>
      <ResetButton />
    </div>
  );
}
