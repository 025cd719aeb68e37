// Drives the real app's Invoke path (the store's invokeFunction, as the Invoke button does) from
// many chains at once while the whole app renders, and records frame times meanwhile.
import { invokeFunction, selectedFunction, sessionStore, workspaceActions } from '../../src/store';
import { world } from '../../src/store/platform/platform-world';
import { frameP95PerWindow, ratePerWindow } from '../stats';
import type { BenchAppApi } from './api';
import { recordFrames } from './frames';
import { TRIVIAL_HANDLER } from './trivial-handler';

/** Each chain's untimed invokes before the windows begin: its cold start, then a warm one. */
const WARM_UP_INVOKES = 2;
const WARM_UP_LIMIT_MS = 60_000;

/** Resolves once `ready()` holds, checking every 20 ms; rejects after `limitMs`. */
async function until(ready: () => boolean, limitMs: number): Promise<void> {
  const deadline = performance.now() + limitMs;
  while (!ready()) {
    if (performance.now() > deadline) throw new Error(`not ready after ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Lets the session store's per-frame batch (and its fallback timer) flush. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 200));

export const deployTrivial: BenchAppApi['deployTrivial'] = async () => {
  const functionId = selectedFunction().id;
  workspaceActions.editFile(functionId, 'index.ts', TRIVIAL_HANDLER);
  await invokeFunction(functionId);
  await settle();
};

export const load: BenchAppApi['load'] = async ({ inFlight, warmUpMs, windows, windowMs }) => {
  const functionId = selectedFunction().id;
  const warmUpEnd = performance.now() + warmUpMs;
  const requestsBefore = sessionStore.getState().requests;
  let end = Infinity;
  const done: number[] = [];
  const finished = new Array<number>(inFlight).fill(0);
  const chain = async (index: number) => {
    while (performance.now() < end) {
      await invokeFunction(functionId);
      done.push(performance.now());
      finished[index]! += 1;
    }
  };
  const chains = Promise.all(finished.map((_, index) => chain(index)));
  // The windows open once the function has scaled out to one warm instance per chain and the
  // load has run for `warmUpMs`.
  try {
    await until(
      () => finished.every((count) => count >= WARM_UP_INVOKES) && performance.now() >= warmUpEnd,
      WARM_UP_LIMIT_MS,
    );
  } catch (error) {
    end = 0;
    await chains;
    throw error;
  }
  let coldStarts = 0;
  const unsubscribe = world().platform.subscribe((event) => {
    if (event.type === 'instance' && event.state === 'starting') coldStarts += 1;
  });
  const start = performance.now();
  end = start + windows * windowMs;
  const frames = recordFrames();
  await chains;
  const stamps = frames.stop();
  unsubscribe();
  await settle();
  const span = { start, end, windowMs };
  return {
    rates: ratePerWindow(done, span),
    frameP95s: frameP95PerWindow(stamps, span),
    requestsSeen: sessionStore.getState().requests - requestsBefore,
    invocations: done.length,
    coldStarts,
  };
};
