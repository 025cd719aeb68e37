// The page's one start-up. Importing the store does nothing: this opens the saved work, adds the
// page's listeners, and — once the shell has painted — creates the platform and connects what
// follows it. The returned function undoes all of it.
import { keepRunningMarker } from './platform/crash-store';
import { startPlatform } from './platform/playground';
import { watchBuilds } from './platform/watch-builds';
import { watchSettings } from './platform/watch-settings';
import { loadLessonProgress, watchLessons } from './lessons/lessons-store';
import { watchCostMeter } from './live/cost-meter/cost-meter-store';
import { watchMetrics } from './live/metrics/metrics-store';
import { watchArchitecture } from './live/architecture/architecture-store';
import { watchEventBuses } from './sources/eventbridge/eventbridge-sync';
import { watchPubSub } from './sources/pubsub/pubsub-actions';
import { connectTableStore, watchTables } from './sources/dynamodb/tables-actions';
import { tableItemsPort, watchTableStreams } from './services/dynamodb-service';
import { watchS3DestinationRecords } from './sources/s3/s3-destination-records';
import { watchBuckets } from './sources/s3/s3-actions';
import { watchSchedules } from './sources/schedules/schedules-sync';
import { startAutosave } from './workspace/library-autosave';
import { openWorkspaceLibrary } from './workspace/library-state';

export interface AppStart {
  /** Runs once the platform exists, after the first paint (the page loads the editor then). */
  afterPlatformStart?: () => void;
}

type Stop = () => void;

/**
 * The saved work, read as the page starts and saved from then on: the workspace library (with
 * autosave and the other tabs' changes) and the course's progress, from `storage`.
 */
export function openSavedWork(storage?: Storage): Stop {
  openWorkspaceLibrary(storage);
  loadLessonProgress(storage);
  return startAutosave();
}

export function startApp({ afterPlatformStart }: AppStart = {}): Stop {
  const stops: Stop[] = [keepRunningMarker(), openSavedWork(), watchBuilds(), watchSettings()];
  // The platform spawns its spare workers (and the network sandbox's iframe): after the shell's
  // first paint, so they do not delay it. A timeout set now could run before React has rendered
  // at all; one set from the next animation frame runs after that frame is painted. A hidden tab
  // paints no frames (and has no paint to delay): there the timeout is set at once.
  let afterPaint: ReturnType<typeof setTimeout> | undefined;
  const begin = () => {
    afterPaint = setTimeout(() => {
      startPlatform();
      // The DynamoDB tab's items and the tables' streams come from the app's table store.
      connectTableStore(tableItemsPort);
      stops.push(
        watchSchedules(),
        watchBuckets(),
        watchPubSub(),
        watchTables(),
        watchTableStreams(),
        watchEventBuses(),
        watchS3DestinationRecords(),
        watchCostMeter(),
        watchMetrics(),
        watchArchitecture(),
        watchLessons(),
      );
      afterPlatformStart?.();
    }, 0);
  };
  let nextFrame = 0;
  if (document.visibilityState === 'visible') nextFrame = requestAnimationFrame(begin);
  else begin();
  return () => {
    cancelAnimationFrame(nextFrame);
    clearTimeout(afterPaint);
    for (const stop of stops.reverse()) stop();
  };
}
