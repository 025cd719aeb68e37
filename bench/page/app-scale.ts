// scale.peakInstances: the Load tab's default run — constant 20 requests/s for 10 s, seeded — into a
// handler that awaits 300 ms, sent as the Start button sends it (the store's startLoad), with AWS
// timing on at 1×, as a learner first tries it. The figure is how many execution environments were
// alive at once, as the stage counts them; the engine's count for the same load is the expectation.
import { DEFAULT_LOAD_PATTERN } from '../../src/engine';
import { loadStore, selectedFunction, startLoad, workspaceActions } from '../../src/store';
import { world } from '../../src/store/platform/platform-world';
import { SCALE_HANDLER_MS } from '../scale-scenario';
import type { BenchAppApi } from './api';
import { recordFrames } from './frames';

const SCALE_HANDLER = `export const handler = async () => {
  await new Promise((resolve) => setTimeout(resolve, ${SCALE_HANDLER_MS}));
  return 'done';
};
`;

/** A run this far past the handler's 300 ms (platform ms) should have answered on any computer. */
const OVERDUE_MARGIN_MS = 50;

/** The run's 10 s plus its stragglers; a computer too busy to finish by then fails the figure. */
const RUN_LIMIT_MS = 120_000;

export const scaleOut: BenchAppApi['scaleOut'] = async () => {
  const fn = selectedFunction();
  workspaceActions.editFile(fn.id, 'index.ts', SCALE_HANDLER);
  workspaceActions.setLoad({ pattern: DEFAULT_LOAD_PATTERN, functionId: fn.id });
  const { platform } = world();
  let peakInstances = 0;
  let hostWaits = 0;
  let longestWaitMs = 0;
  const inits: number[] = [];
  /** Platform ms from invoke-start to invoke-end beyond the handler's Duration: the page's lag. */
  const lags: number[] = [];
  const starts = new Map<string, number>();
  /** Per environment, when its current run started (platform ms); absent while it is not busy. */
  const runningSince = new Map<string, number>();
  /** Environments that started while another one's answer was overdue by the model. */
  let startedBesideOverdue = 0;
  const durations: number[] = [];
  const startTrace: string[] = [];
  /** When the first environment started: the trace's times count from it. */
  let firstStart: number | null = null;
  const unsubscribe = platform.subscribe((event) => {
    if (event.type === 'init' && event.outcome.ok) inits.push(event.outcome.initDurationMs);
    if (event.type === 'invoke-start') {
      starts.set(event.requestId, event.time);
      runningSince.set(event.instanceId, event.time);
    }
    if (event.type === 'invoke-end' && starts.has(event.requestId)) {
      const spanMs = event.time - starts.get(event.requestId)!;
      lags.push(spanMs - event.report.durationMs);
      durations.push(event.report.durationMs);
    }
    if (event.type === 'instance' && event.state !== 'busy') runningSince.delete(event.instanceId);
    // The count can only grow as one starts; the snapshot is the stage's own count.
    if (event.type === 'instance' && event.state === 'starting') {
      const { instances } = platform.snapshot();
      peakInstances = Math.max(peakInstances, instances.length);
      // What the new one started beside: each busy run's age, and how many were still starting.
      const ages = [...runningSince.values()].map((since) => Math.round(event.time - since));
      const starting = instances.filter((instance) => instance.state === 'starting').length;
      firstStart ??= event.time;
      const at = Math.round(event.time - firstStart);
      startTrace.push(
        `${at} ms: #${instances.length} beside ${starting - 1} starting, busy ${ages.sort((a, b) => b - a).join(' ') || 'none'}`,
      );
      const overdueBefore = event.time - SCALE_HANDLER_MS - OVERDUE_MARGIN_MS;
      if ([...runningSince.values()].some((since) => since < overdueBefore)) {
        startedBesideOverdue += 1;
      }
    } else if (event.type === 'host-wait') {
      hostWaits += 1;
      longestWaitMs = Math.max(longestWaitMs, event.waitedMs);
    }
  });
  const frames = recordFrames();
  try {
    await startLoad();
    const deadline = performance.now() + RUN_LIMIT_MS;
    for (;;) {
      const { progress, problem } = loadStore.getState();
      if (problem) throw new Error(`the load did not start: ${problem}`);
      if (progress?.finished) {
        if (progress.ok !== progress.total) {
          throw new Error(`${progress.ok} of ${progress.total} requests succeeded`);
        }
        break;
      }
      if (performance.now() > deadline) throw new Error('the load did not finish in 2 minutes');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    unsubscribe();
  }
  const stamps = frames.stop();
  const longestFrameMs = Math.max(...stamps.slice(1).map((at, i) => at - stamps[i]!));
  return {
    peakInstances,
    hostWaits,
    longestWaitMs,
    inits,
    lags,
    longestFrameMs,
    startedBesideOverdue,
    durations,
    startTrace,
  };
};
