// stage.framesP95Ms: the page's frame times while the Load tab runs at its top rate into the trivial
// handler, sent as the Start button sends it (the store's startLoad), so the animated stage draws
// thousands of requests a second, environments scaling out and 429s bouncing.
import { LOAD_LIMITS } from '../../src/engine';
import {
  loadStore,
  selectedFunction,
  startLoad,
  stopLoad,
  workspaceActions,
} from '../../src/store';
import { frameP95PerWindow } from '../stats';
import type { BenchAppApi } from './api';
import { recordFrames } from './frames';

/** The run's first second is its scale-out, not the stage's steady work: it is not measured. */
const RAMP_MS = 1000;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const stageLoad: BenchAppApi['stageLoad'] = async ({ windows, windowMs }) => {
  const fn = selectedFunction();
  const measuredMs = windows * windowMs;
  const durationSec = Math.ceil((RAMP_MS + measuredMs) / 1000) + 1;
  const pattern = {
    shape: 'constant' as const,
    ratePerSec: LOAD_LIMITS.maxRatePerSec,
    durationSec,
    seed: 1,
  };
  workspaceActions.setLoad({ pattern, functionId: fn.id });
  await startLoad();
  const { problem } = loadStore.getState();
  if (problem) throw new Error(`the load did not start: ${problem}`);
  try {
    await wait(RAMP_MS);
    const frames = recordFrames();
    const start = performance.now();
    await wait(measuredMs);
    const end = performance.now();
    const stamps = frames.stop();
    return frameP95PerWindow(stamps, { start, end, windowMs });
  } finally {
    stopLoad();
  }
};
