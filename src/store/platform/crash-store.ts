// After the browser ended this tab mid-run, what was running, for the notice the page shows on
// reload (running-marker.ts); and the marker that keeps that note while functions run.
import { createStore } from 'zustand/vanilla';
import type { CrashedRun, MarkerStorage, RunningMarker } from './running-marker';
import { createRunningMarker, takeCrashedRun } from './running-marker';

/** This tab's sessionStorage, or null where the page may not use it (a sandboxed embed). */
function tabStorage(): MarkerStorage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

const storage = tabStorage();

/** Read once, as the page starts, before any request could write a new note. */
export const crashStore = createStore<{ crashed: CrashedRun | null }>(() => ({
  crashed: storage ? takeCrashedRun(storage) : null,
}));

export function dismissCrash(): void {
  crashStore.setState({ crashed: null });
}

const noMarker: RunningMarker = { record: () => undefined, leave: () => undefined };

export const runningMarker: RunningMarker = storage
  ? createRunningMarker(storage, {
      now: () => performance.now(),
      // Called through an object, the global itself would throw "Illegal invocation".
      setTimeout: (callback, ms) => setTimeout(callback, ms),
    })
  : noMarker;

if (typeof addEventListener === 'function') addEventListener('pagehide', runningMarker.leave);
