// Speed of simulated time (idle lifetimes, retries, schedules), pause and single step, idle
// lifetime, Lambda's scaling rate, AWS timing, reset.
import type { ReactNode } from 'react';
import { useState } from 'react';
import type { IdleLifetimeChoice } from '../../store';
import {
  IDLE_LIFETIMES,
  SCALING_RATES,
  setAwsTiming,
  setIdleLifetime,
  setScalingRate,
  setSpeed,
  SPEEDS,
  stepSimulation,
} from '../../store';
import { Field } from '../forms/Field';
import { useControl } from '../hooks/use-stores';
import { PauseButton } from './PauseButton';
import { ResetButton } from './ResetButton';
import { useNarrowScreen } from './use-narrow-screen';

/**
 * The controls one sets up before a class rather than during it: presenter mode hides them
 * (modes.css), and on a narrow screen they fold under "Simulation settings" in the header's
 * Menu, leaving the phone's first screen to the code rather than to rows of header.
 */
function SetupControls({ children }: { children: ReactNode }) {
  const narrow = useNarrowScreen();
  if (!narrow) return <div className="sim-setup">{children}</div>;
  return (
    <details className="sim-setup-folded">
      <summary>Simulation settings</summary>
      <div className="sim-setup-fields">{children}</div>
    </details>
  );
}

/** Idle lifetime, scaling rate and AWS timing: in the header's row when wide, in its menu when narrow. */
export function SimulationSetup() {
  const idleLifetime = useControl((s) => s.idleLifetime);
  const awsTiming = useControl((s) => s.awsTiming);
  const scalingRate = useControl((s) => s.scalingRatePer10s);
  return (
    <SetupControls>
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
      <Field layout="inline" label="Scaling rate">
        <select
          aria-label="Scaling rate"
          value={scalingRate}
          onChange={(e) => setScalingRate(Number(e.target.value))}
          title="How many new execution environments each function may start per 10 seconds, refilled continuously; a request that needs one past it is throttled (429). AWS's rate is 1,000: lower it to watch a burst meet the limit."
        >
          {SCALING_RATES.map((rate) => (
            <option key={rate} value={rate}>
              {rate.toLocaleString('en-US')} new per 10 s{rate === 1000 ? ' (AWS)' : ''}
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
    </SetupControls>
  );
}

/** The controls used during a class: speed, pause, single step and reset. */
export function SimulationControls() {
  const speed = useControl((s) => s.speed);
  const paused = useControl((s) => s.paused);
  const [stepNote, setStepNote] = useState<string | null>(null);
  const narrow = useNarrowScreen();
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
      {!narrow && <SimulationSetup />}
      <ResetButton />
    </div>
  );
}
