// State of the controls around the platform: builds and their problems, notices, speed.
import { createStore } from 'zustand/vanilla';
import type { Diagnostic } from '../../bundler';
import type { InvocationType } from '../../engine';

export interface BuildView {
  status: 'idle' | 'building' | 'failed' | 'ok';
  diagnostics: Diagnostic[];
  /** The version the platform runs now, if any was deployed. */
  deployedVersion: number | null;
}

export interface ControlState {
  /** Each function's build, by function id. */
  builds: ReadonlyMap<string, BuildView>;
  /** A message about the last Invoke of each function that the Result region shows (by id). */
  notices: ReadonlyMap<string, string>;
  speed: number;
  paused: boolean;
  idleLifetime: IdleLifetimeChoice;
  /** How the Test tab invokes: synchronously, or as an event (202, retried on failure). */
  invocationType: InvocationType;
  /** Cold starts add AWS's modeled platform init (engine/instances/cold-start-model.ts) to what was measured. */
  awsTiming: boolean;
  /** New execution environments each function may start per 10 s (Lambda's scaling rate). */
  scalingRatePer10s: number;
}

/**
 * Scaling rates the learner can pick: AWS's 1,000 new environments per 10 s first
 * (docs/aws-lambda.md#scaling-rate), then lower ones that make a burst's throttles visible.
 */
export const SCALING_RATES: readonly number[] = [1000, 100, 10, 1];

/**
 * Idle lifetimes the learner can pick; the first follows measurements on AWS
 * (docs/aws-lambda.md#idle-lifetime).
 */
export const IDLE_LIFETIMES = {
  aws: { label: '5–7 min (as measured on AWS)', min: 300_000, max: 420_000 },
  '10m': { label: '10 min', min: 600_000, max: 600_000 },
  '1m': { label: '1 min', min: 60_000, max: 60_000 },
  '30s': { label: '30 s', min: 30_000, max: 30_000 },
} as const;
export type IdleLifetimeChoice = keyof typeof IDLE_LIFETIMES;

export const NO_BUILD: BuildView = { status: 'idle', diagnostics: [], deployedVersion: null };

export const controlStore = createStore<ControlState>()(() => ({
  builds: new Map(),
  notices: new Map(),
  speed: 1,
  paused: false,
  idleLifetime: 'aws',
  invocationType: 'RequestResponse',
  // On by default, so the stage and the bill look like AWS's; the figures still show the split.
  awsTiming: true,
  scalingRatePer10s: 1000,
}));

export function setBuild(functionId: string, change: Partial<BuildView>): void {
  // Every invoke reports its deployed version; an unchanged build must not re-render the editor.
  const current = controlStore.getState().builds.get(functionId) ?? NO_BUILD;
  const keys = Object.keys(change) as Array<keyof BuildView>;
  if (keys.every((key) => current[key] === change[key])) return;
  controlStore.setState((state) => ({
    builds: new Map(state.builds).set(functionId, {
      ...(state.builds.get(functionId) ?? NO_BUILD),
      ...change,
    }),
  }));
}

export function setNotice(functionId: string, message: string | null): void {
  if ((controlStore.getState().notices.get(functionId) ?? null) === message) return;
  controlStore.setState((state) => {
    const notices = new Map(state.notices);
    if (message === null) notices.delete(functionId);
    else notices.set(functionId, message);
    return { notices };
  });
}
