// Importing the store does nothing; the page's start-up is the one place that reads saved work and
// adds the page's listeners, and its stop takes them away again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../workspace/testing/memory-storage';

function watchedPage() {
  const local = memoryStorage();
  const session = memoryStorage();
  const reads = { local: vi.spyOn(local, 'getItem'), session: vi.spyOn(session, 'getItem') };
  const listening = new Map<string, number>();
  const add = vi.fn((type: string) => listening.set(type, (listening.get(type) ?? 0) + 1));
  const remove = vi.fn((type: string) => listening.set(type, (listening.get(type) ?? 0) - 1));
  vi.stubGlobal('localStorage', local);
  vi.stubGlobal('sessionStorage', session);
  vi.stubGlobal('addEventListener', add);
  vi.stubGlobal('removeEventListener', remove);
  const listeners = () => [...listening].filter(([, n]) => n > 0).map(([type]) => type);
  return { reads, add, listeners };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('importing the store', () => {
  it('reads no storage and adds no listener', async () => {
    const page = watchedPage();
    vi.resetModules();
    const store = await import('./index');
    expect(page.reads.local).not.toHaveBeenCalled();
    expect(page.reads.session).not.toHaveBeenCalled();
    expect(page.add).not.toHaveBeenCalled();
    expect(store.workspaceLibraryStore.getState().entries).toEqual([]);
  });

  it('lets a view read the simulated clock without creating the platform', async () => {
    vi.resetModules();
    const store = await import('./index');
    const { liveWorld } = await import('./platform/platform-world');
    expect(store.simulatedNow()).toBeNull();
    expect(liveWorld()).toBeNull();
  });
});

describe('openSavedWork', () => {
  it('opens the library and the course’s progress, and its stop removes every listener', async () => {
    const page = watchedPage();
    vi.resetModules();
    const { openSavedWork } = await import('./start-app');
    const store = await import('./index');
    const stop = openSavedWork();
    expect(page.reads.local).toHaveBeenCalled();
    expect(store.workspaceLibraryStore.getState().entries.map((e) => e.name)).toEqual([
      'My workspace',
    ]);
    expect(store.workspaceStore.getState().functions.length).toBeGreaterThan(0);
    expect(page.listeners().sort()).toEqual(['beforeunload', 'pagehide', 'storage']);
    stop();
    expect(page.listeners()).toEqual([]);
  });
});
