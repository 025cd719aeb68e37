// The one platform of the page (engine + worker executor + scaled clock), created on first use:
// creating it spawns the spare workers, which belongs to the app's start-up, not to an import.
import type { Platform, ScaledClock } from '../../engine';
import { createPlatform, createScaledClock } from '../../engine';
import { createBrowserExecutor } from '../../runtime';
import type { WorkerExecutor } from '../../runtime';
import { controlStore } from './control-store';
import { recordRunning } from './crash-store';
import { createEventShapes } from './event-shapes';
import { receiveDeliveryEvent } from '../live/deliveries/deliveries-store';
import { receivePlatformEvent } from '../live/session/session-store';
import { receiveStageEvent } from '../live/stage-feed/stage-feed';
import { receiveTimelineEvent } from '../live/timeline/timeline-store';
import { awsApi } from '../services/aws-api';

export interface World {
  clock: ScaledClock;
  platform: Platform;
  executor: WorkerExecutor;
}

let live: World | null = null;

/** The platform if it has started, without starting it. */
export function liveWorld(): World | null {
  return live;
}

export function world(): World {
  if (!live) {
    const { speed, paused } = controlStore.getState();
    const clock = createScaledClock({ speed });
    // A scenario held before the platform started (see run-hold.ts) starts with its time stopped.
    if (paused) clock.pause();
    const executor = createBrowserExecutor();
    const { awsTiming, scalingRatePer10s } = controlStore.getState();
    const settings = { awsTiming, scalingRatePer10s };
    const platform = createPlatform({
      clock,
      executor,
      settings,
      shapes: createEventShapes(),
      services: awsApi,
    });
    platform.subscribe(receivePlatformEvent);
    platform.subscribe(receiveDeliveryEvent);
    platform.subscribe(receiveTimelineEvent);
    platform.subscribe(receiveStageEvent);
    platform.subscribe(recordRunning);
    live = { clock, platform, executor };
  }
  return live;
}
