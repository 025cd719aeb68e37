// Runs the workspace's load test against the platform: the seeded arrivals play on the simulated
// clock, each one a synchronous invoke with the target function's test event.
import { createStore } from 'zustand/vanilla';
import type { LoadProgress, LoadRun } from '../engine';
import { loadArrivals, loadOutcomeOf, loadPatternProblem, startLoadRun } from '../engine';
import { readyToRun } from './deploy';
import { jsonProblem } from './json-problem';
import { world } from './platform-world';
import { workspaceStore } from './workspace-store';

export interface LoadState {
  /** The current or last run's counts; null before the first run. */
  progress: LoadProgress | null;
  /** The function the current or last run invoked. */
  functionName: string | null;
  /** Why the last Start did not start. */
  problem: string | null;
}

export const loadStore = createStore<LoadState>()(() => ({
  progress: null,
  functionName: null,
  problem: null,
}));

/** The counts reach the UI at most this often: a 1,000/s run changes them every millisecond. */
const REFRESH_MS = 100;

let run: LoadRun | null = null;
/** Bumped by every Start and Stop, so a Start still deploying knows it was overtaken. */
let generation = 0;
let refreshTimer: ReturnType<typeof setTimeout> | null = null;

function refresh(): void {
  refreshTimer = null;
  if (run) loadStore.setState({ progress: run.progress() });
}

function onRunChange(): void {
  if (run?.progress().finished) {
    if (refreshTimer !== null) clearTimeout(refreshTimer);
    refresh();
  } else if (refreshTimer === null) {
    refreshTimer = setTimeout(refresh, REFRESH_MS);
  }
}

/** Starts the workspace's load test, stopping any that is running. */
export async function startLoad(): Promise<void> {
  stopLoad();
  const mine = generation;
  const { load, functions } = workspaceStore.getState();
  const draft = functions.find((fn) => fn.id === load.functionId);
  const eventProblem = draft && jsonProblem(draft.testEvent);
  const problem =
    loadPatternProblem(load.pattern) ??
    (draft ? null : 'Choose the function to load.') ??
    (eventProblem ? `The function's test event is not valid JSON: ${eventProblem}` : null);
  if (problem || !draft) {
    loadStore.setState({ problem });
    return;
  }
  const functionName = await readyToRun(draft.id);
  if (mine !== generation) return;
  if (!functionName) {
    loadStore.setState({ problem: 'The function is not deployed: see its Result panel.' });
    return;
  }
  const { clock, platform } = world();
  const event = draft.testEvent;
  loadStore.setState({ problem: null, functionName });
  run = startLoadRun({
    clock,
    arrivals: loadArrivals(load.pattern),
    send: () => platform.invoke(functionName, event).then(loadOutcomeOf),
    onChange: onRunChange,
  });
}

export function stopLoad(): void {
  generation += 1;
  run?.stop();
}
