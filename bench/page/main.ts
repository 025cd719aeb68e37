// bench.html's script: puts the raw and playground measurements on `window.bench`.
import {
  builds,
  coldInvoke,
  prepareIdleInstances,
  pythonColdInvoke,
  pythonWarmInvoke,
  startIdleInstances,
  warmInvoke,
} from './playground';
import { pyodideBoot } from './raw-pyodide';
import { firstReady, spawnToReady } from './instance-workers';
import { rawThroughput, roundTrip, spawnBareWorkers, workerSpawn } from './raw-workers';

window.bench = {
  workerSpawn,
  roundTrip,
  rawThroughput,
  builds,
  coldInvoke,
  warmInvoke,
  pyodideBoot,
  pythonColdInvoke,
  pythonWarmInvoke,
  spawnToReady,
  firstReady,
  spawnBareWorkers,
  prepareIdleInstances,
  startIdleInstances,
};
