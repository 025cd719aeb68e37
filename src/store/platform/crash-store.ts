// After the browser ended this tab mid-run, what was running, for the notice the page shows on
// reload (running-marker.ts); and the marker that keeps that note while functions run.
import { createStore } from 'zustand/vanilla';
import type { PlatformEvent } from '../../engine';
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

/** What the last page left running when the browser ended it, read as the page starts. */
export const crashStore = createStore<{ crashed: CrashedRun | null }>(() => ({ crashed: null }));

export function dismissCrash(): void {
  crashStore.setState({ crashed: null });
}

const noMarker: RunningMarker = { record: () => undefined, leave: () => undefined };

/** Notes what is running while the page lives; none until the page starts keeping the note. */
let marker: RunningMarker = noMarker;

/** The platform's events go to the marker the page keeps (see platform-world.ts). */
export function recordRunning(event: PlatformEvent): void {
  marker.record(event);
}

/**
 * As the page starts: reads the note the last page left (before any request could write a new
 * one), then keeps this page's note until `pagehide`. Returns the function that stops keeping it.
 */
export function keepRunningMarker(storage: MarkerStorage | null = tabStorage()): () => void {
  crashStore.setState({ crashed: storage ? takeCrashedRun(storage) : null });
  if (!storage) return () => undefined;
  const kept = createRunningMarker(storage, {
    now: () => performance.now(),
    // Called through an object, the global itself would throw "Illegal invocation".
    setTimeout: (callback, ms) => setTimeout(callback, ms),
  });
  marker = kept;
  const leave = () => kept.leave();
  if (typeof addEventListener === 'function') addEventListener('pagehide', leave);
  return () => {
    if (typeof removeEventListener === 'function') removeEventListener('pagehide', leave);
    if (marker === kept) marker = noMarker;
  };
}
