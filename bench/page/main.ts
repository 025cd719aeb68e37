// bench.html's script: puts the raw and playground measurements on `window.bench`.
import {
  builds,
  coldInvoke,
  prepareIdleInstances,
  startIdleInstances,
  warmInvoke,
} from './playground';
import { firstReady, spawnToReady } from './instance-workers';
import { rawThroughput, roundTrip, spawnBareWorkers, workerSpawn } from './raw-workers';

window.bench = {
  workerSpawn,
  roundTrip,
  rawThroughput,
  builds,
  coldInvoke,
  warmInvoke,
  spawnToReady,
  firstReady,
  spawnBareWorkers,
  prepareIdleInstances,
  startIdleInstances,
};
