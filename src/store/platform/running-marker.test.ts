import { describe, expect, it } from 'vitest';
import type { PlatformEvent } from '../../engine';
import {
  createRunningMarker,
  QUIET_MS,
  RUNNING_KEY,
  takeCrashedRun,
  type MarkerStorage,
} from './running-marker';

class MemoryStorage implements MarkerStorage {
  readonly items = new Map<string, string>();
  writes = 0;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.writes += 1;
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** Timers on a hand-moved clock. */
function manualTimers() {
  let now = 0;
  let pending: Array<{ at: number; callback: () => void }> = [];
  return {
    now: () => now,
    setTimeout: (callback: () => void, ms: number) => pending.push({ at: now + ms, callback }),
    advance(ms: number) {
      now += ms;
      const due = pending.filter((timer) => timer.at <= now);
      pending = pending.filter((timer) => timer.at > now);
      for (const timer of due) timer.callback();
    },
    count: () => pending.length,
  };
}

const start = (functionName: string, requestId = 'r') =>
  ({ type: 'invoke-start', functionName, requestId }) as PlatformEvent;
const end = (functionName: string, requestId = 'r') =>
  ({ type: 'invoke-end', functionName, requestId }) as PlatformEvent;

function setup() {
  const storage = new MemoryStorage();
  const timers = manualTimers();
  return { storage, timers, marker: createRunningMarker(storage, timers) };
}

describe(createRunningMarker, () => {
  it('notes each running function once, and drops the note a quiet period after the last end', () => {
    const { storage, timers, marker } = setup();
    marker.record(start('hog'));
    marker.record(start('hog'));
    marker.record(start('other'));
    expect(storage.getItem(RUNNING_KEY)).toBe('{"functions":["hog","other"]}');
    expect(storage.writes).toBe(2);
    marker.record(end('hog'));
    marker.record(end('other'));
    timers.advance(QUIET_MS);
    expect(storage.getItem(RUNNING_KEY)).not.toBeNull();
    marker.record(end('hog'));
    timers.advance(QUIET_MS - 1);
    expect(storage.getItem(RUNNING_KEY)).not.toBeNull();
    timers.advance(1);
    expect(storage.getItem(RUNNING_KEY)).toBeNull();
  });

  it('writes nothing and keeps one timer under back-to-back requests', () => {
    const { storage, timers, marker } = setup();
    for (let i = 0; i < 1000; i++) {
      marker.record(start('api'));
      marker.record(end('api'));
      timers.advance(1);
    }
    expect(storage.writes).toBe(1);
    expect(timers.count()).toBe(1);
    expect(storage.getItem(RUNNING_KEY)).toBe('{"functions":["api"]}');
  });

  it('forgets the note when the page closes normally', () => {
    const { storage, marker } = setup();
    marker.record(start('hog'));
    marker.leave();
    expect(storage.getItem(RUNNING_KEY)).toBeNull();
  });

  it('ignores storage that throws', () => {
    const storage: MarkerStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const marker = createRunningMarker(storage, manualTimers());
    expect(() => marker.record(start('hog'))).not.toThrow();
  });
});

describe(takeCrashedRun, () => {
  it('hands back what was running and removes the note', () => {
    const storage = new MemoryStorage();
    storage.setItem(RUNNING_KEY, '{"functions":["hog"]}');
    expect(takeCrashedRun(storage)).toEqual({ functions: ['hog'] });
    expect(takeCrashedRun(storage)).toBeNull();
  });

  it('treats a damaged note as none', () => {
    const storage = new MemoryStorage();
    for (const text of ['{', 'null', '{"functions":[1]}', '{"functions":[]}']) {
      storage.setItem(RUNNING_KEY, text);
      expect(takeCrashedRun(storage)).toBeNull();
      expect(storage.getItem(RUNNING_KEY)).toBeNull();
    }
  });
});
