// hostile.framesP95Ms (reported, with no target): the page's frame times while hostile handlers
// run beside it — an endless loop stopped at its timeout (its worker terminated, the spare pool
// paused) and a log flood cut at the log budget — each invoked again as soon as it ends, with the
// stage, logs and cost rendering all of it.
import { invokeFunction, workspaceActions, workspaceStore } from '../../src/store';
import { frameP95PerWindow } from '../stats';
import type { BenchAppApi } from './api';
import { recordFrames } from './frames';

const ENDLESS_LOOP = `export const handler = async () => {
  while (true) {}
};
`;

/** Past the log budget (1,000 lines per request), so the cut and its note are part of the cost. */
const LOG_FLOOD = `export const handler = async () => {
  for (let i = 0; i < 5000; i++) console.log('flood', i);
  return 'flooded';
};
`;

/** A new function with `code`, timing out after a second (Lambda's shortest timeout). */
function hostileFunction(code: string): string {
  const draft = workspaceActions.addFunction();
  workspaceActions.editFile(draft.id, 'index.ts', code);
  workspaceActions.setConfig(draft.id, { ...draft.config, timeoutSec: 1 });
  return draft.id;
}

export const hostile: BenchAppApi['hostile'] = async ({ windows, windowMs }) => {
  const ids = [hostileFunction(ENDLESS_LOOP), hostileFunction(LOG_FLOOD)];
  // Built and started once before the windows: the figure is about running them, not bundling.
  await Promise.all(ids.map((id) => invokeFunction(id)));
  const start = performance.now();
  const end = start + windows * windowMs;
  const frames = recordFrames();
  const chain = async (id: string) => {
    while (performance.now() < end) await invokeFunction(id);
  };
  await Promise.all(ids.map(chain));
  const stamps = frames.stop();
  // Leave the page as the load figure found it: the hostile functions go.
  for (const id of ids) workspaceActions.removeFunction(id);
  workspaceActions.selectFunction(workspaceStore.getState().functions[0]!.id);
  return frameP95PerWindow(stamps, { start, end, windowMs });
};
