// Keeps a note, in this tab's sessionStorage, of which functions are running, so that a tab the
// browser ended mid-run can say so once it is reloaded. A handler that allocates without bound
// takes the whole tab down: no page can cap a worker's memory (README, "Hostile handlers"), and a
// tab's sessionStorage outlives its crash.
import type { PlatformEvent } from '../../engine';

export const RUNNING_KEY = 'serverless-playground:running';

/** The note is dropped this long after the last request ended, so steady load writes nothing. */
export const QUIET_MS = 2000;

export type MarkerStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface MarkerTimers {
  now: () => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
}

/** What was running when the tab last ended without closing normally. */
export interface CrashedRun {
  functions: string[];
}

export interface RunningMarker {
  /** Follows requests starting and ending (a platform subscriber). */
  record(event: PlatformEvent): void;
  /** The page is closing or reloading normally (`pagehide`): nothing was cut short. */
  leave(): void;
}

/** Storage that throws (full, blocked) only costs the note, never the request. */
function attempt(write: () => void): void {
  try {
    write();
  } catch {
    // The note is a courtesy; the run goes on without it.
  }
}

export function createRunningMarker(storage: MarkerStorage, timers: MarkerTimers): RunningMarker {
  const inFlight = new Map<string, number>();
  const noted = new Set<string>();
  let idleSince = NaN;
  let checking = false;

  const forget = () => {
    noted.clear();
    attempt(() => storage.removeItem(RUNNING_KEY));
  };
  // One timer at a time, re-armed for what is left of the quiet period: no timer per request.
  const check = () => {
    checking = false;
    if (inFlight.size > 0 || noted.size === 0) return;
    const left = idleSince + QUIET_MS - timers.now();
    if (left > 0) arm(left);
    else forget();
  };
  const arm = (ms: number) => {
    checking = true;
    timers.setTimeout(check, ms);
  };

  return {
    record(event) {
      if (event.type === 'invoke-start') {
        const name = event.functionName;
        inFlight.set(name, (inFlight.get(name) ?? 0) + 1);
        if (noted.has(name)) return;
        noted.add(name);
        const note = JSON.stringify({ functions: [...noted] } satisfies CrashedRun);
        attempt(() => storage.setItem(RUNNING_KEY, note));
      } else if (event.type === 'invoke-end') {
        const name = event.functionName;
        const left = (inFlight.get(name) ?? 1) - 1;
        if (left > 0) inFlight.set(name, left);
        else inFlight.delete(name);
        if (inFlight.size > 0) return;
        idleSince = timers.now();
        if (!checking) arm(QUIET_MS);
      }
    },
    leave: forget,
  };
}

function takeNote(storage: MarkerStorage): string | null {
  try {
    const text = storage.getItem(RUNNING_KEY);
    storage.removeItem(RUNNING_KEY);
    return text;
  } catch {
    return null;
  }
}

/** Reads and removes the note a tab left when it ended mid-run; null when there is none. */
export function takeCrashedRun(storage: MarkerStorage): CrashedRun | null {
  const text = takeNote(storage);
  if (text === null) return null;
  try {
    const functions = (JSON.parse(text) as Partial<CrashedRun> | null)?.functions;
    const valid = Array.isArray(functions) && functions.every((name) => typeof name === 'string');
    return valid && functions.length > 0 ? { functions } : null;
  } catch {
    return null;
  }
}
