// For the S3 store's tests: the real engine with the real event shapes, on a manual clock with a
// fake executor, behind the same S3Port the page uses; readyToRun deploys a fixed bundle.
import type { CodeBundle, PlatformEvent } from '../../../../engine';
import {
  createFakeExecutor,
  createManualClock,
  createPlatform,
  sequentialIds,
} from '../../../../engine';
import { createEventShapes } from '../../../platform/event-shapes';
import { createObjectActions } from '../s3-objects';
import type { S3Port } from '../s3-port';
import { createBucketSync } from '../s3-sync';
import { workspaceStore } from '../../../workspace/workspace-store';

/** 2026-11-27T12:00:00.000Z. */
export const T0 = Date.UTC(2026, 10, 27, 12, 0, 0);

const BUNDLE: CodeBundle = {
  format: 'cjs',
  code: 'exports.handler = async () => null;',
  hash: 'v1',
  entryModule: 'index',
  entryFile: 'index.js',
};

export function s3TestWorld() {
  const clock = createManualClock(T0);
  const executor = createFakeExecutor({ clock });
  const platform = createPlatform({
    clock,
    executor,
    ids: sequentialIds(),
    random: () => 0.5,
    wallClock: () => clock.now(),
    shapes: createEventShapes(),
  });
  const events: PlatformEvent[] = [];
  platform.subscribe((event) => events.push(event));
  const readied: string[] = [];
  const port: S3Port = {
    platform: () => platform,
    async readyToRun(functionId) {
      const draft = workspaceStore.getState().functions.find((fn) => fn.id === functionId);
      if (!draft) return null;
      readied.push(functionId);
      platform.deploy(draft.config, BUNDLE);
      return draft.config.name;
    },
    now: () => clock.now(),
  };
  const sync = createBucketSync(port);
  /** Lets everything due now happen: queued async attempts and the fake executor's answers. */
  async function settle(): Promise<void> {
    for (let seen = -1; seen !== events.length;) {
      seen = events.length;
      await new Promise((resolve) => setTimeout(resolve, 0));
      clock.advance(0);
    }
  }
  /** The events the function received, parsed. */
  const received = () => executor.invoked.map(({ request }) => JSON.parse(request.eventJson));
  const actions = createObjectActions(port, sync);
  return { clock, executor, platform, events, readied, sync, settle, received, ...actions };
}
