// Runs the workspace's load test against the platform: the seeded arrivals play on the simulated
// clock, each one sent to the test's target (a function, the HTTP front door, a bucket, a topic or
// a queue).
import { createStore } from 'zustand/vanilla';
import type { LoadProgress, LoadRun } from '../../../engine';
import { loadArrivals, loadPatternProblem, startLoadRun } from '../../../engine';
import { prepareLoadSender } from './load-senders';
import { loadTargetProblem } from '../../../workspace/load-targets';
import { world } from '../../platform/platform-world';
import { startedByLearner } from '../../platform/run-hold';
import { workspaceStore } from '../../workspace/workspace-store';

export interface LoadState {
  /** The current or last run's counts; null before the first run. */
  progress: LoadProgress | null;
  /** What the current or last run sent to: a function's name, `GET /`, a bucket, topic or queue. */
  targetLabel: string | null;
  /** Why the last Start did not start. */
  problem: string | null;
}

export const loadStore = createStore<LoadState>()(() => ({
  progress: null,
  targetLabel: null,
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
  startedByLearner();
  const mine = generation;
  const workspace = workspaceStore.getState();
  const { load } = workspace;
  const problem = loadPatternProblem(load.pattern) ?? loadTargetProblem(load, workspace);
  if (problem) {
    loadStore.setState({ problem });
    return;
  }
  const sender = await prepareLoadSender(load, workspace);
  if (mine !== generation) return;
  if (!sender.ok) {
    loadStore.setState({ problem: sender.problem });
    return;
  }
  loadStore.setState({ problem: null, targetLabel: sender.label });
  run = startLoadRun({
    clock: world().clock,
    arrivals: loadArrivals(load.pattern),
    send: sender.send,
    onChange: onRunChange,
  });
}

export function stopLoad(): void {
  generation += 1;
  run?.stop();
}
