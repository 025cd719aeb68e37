// Opening share links through the store: a link runs nothing until the learner says so, one that
// arrives while the page is open waits to be asked for, and one storage refuses is not called saved.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeScenario } from '../../share';
import type { LinkScenario } from '../../share';
import type { MemoryStorage } from '../../workspace/testing/memory-storage';
import { memoryStorage } from '../../workspace/testing/memory-storage';

vi.mock('../platform/playground', () => ({ resetPlatform: vi.fn() }));
// No platform has started: the clock's controls only set the control store.
vi.mock('../platform/platform-world', () => ({ liveWorld: () => null, world: vi.fn() }));

/** The share store and the library loaded afresh over `storage`, as a page load does. */
async function boot(storage: MemoryStorage) {
  vi.resetModules();
  vi.stubGlobal('localStorage', storage);
  const share = await import('./library-share');
  const library = await import('./library');
  const state = await import('./library-state');
  const { runHoldStore } = await import('../platform/run-hold');
  const { controlStore } = await import('../platform/control-store');
  const { workspaceStore } = await import('./workspace-store');
  (await import('../start-app')).openSavedWork();
  const clock = () => {
    const { speed, paused } = controlStore.getState();
    return { speed, paused };
  };
  const names = () => library.workspaceLibraryStore.getState().entries.map((e) => e.name);
  return {
    ...share,
    ...library,
    ...state,
    runHoldStore,
    controlStore,
    workspaceStore,
    clock,
    names,
  };
}

/** What a security review sent: 100×, and a schedule every simulated minute. */
const RUNAWAY: LinkScenario = {
  functions: [{ id: 'fn-1', config: { name: 'spinner', timeoutSec: 900 } }],
  schedules: [
    {
      id: 'rule-1',
      name: 'every-minute',
      expression: 'rate(1 minute)',
      functionId: 'fn-1',
      enabled: true,
    },
  ],
  speed: 100,
};
const hashOf = (scenario: LinkScenario) => `#share=${encodeScenario(scenario)}`;

let storage: MemoryStorage;

beforeEach(() => {
  storage = memoryStorage();
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('openShareFragment', () => {
  it('opens a link held: paused at 1×, its speed and schedule offered, not applied', async () => {
    const app = await boot(storage);
    app.controlStore.setState({ speed: 5 });
    expect(await app.openShareFragment(hashOf(RUNAWAY))).toBe('saved');
    expect(app.names()).toEqual(['My workspace', 'Shared: spinner']);
    expect(app.runHoldStore.getState().hold).toEqual({
      source: 'link',
      speed: 100,
      schedules: 1,
      pollers: 0,
      started: false,
    });
    expect(app.clock()).toEqual({ speed: 1, paused: true });

    app.runThisScenario();
    expect(app.runHoldStore.getState().hold).toBeNull();
    expect(app.clock()).toEqual({ speed: 100, paused: false });
  });

  it('holds a kept link again on every later visit, until the learner runs it in that visit', async () => {
    const app = await boot(storage);
    await app.openShareFragment(hashOf(RUNAWAY));
    app.runThisScenario();
    app.keepSharedWorkspace();
    vi.runAllTimers();

    const revisit = await boot(storage);
    expect(revisit.currentEntry()?.name).toBe('Shared: spinner');
    expect(revisit.runHoldStore.getState().hold).toMatchObject({
      source: 'kept-link',
      schedules: 1,
    });
    expect(revisit.clock()).toEqual({ speed: 1, paused: true });
    const own = revisit.workspaceLibraryStore.getState().entries.find((e) => !e.origin)!;
    const shared = revisit.currentEntry()!.id;
    revisit.switchWorkspace(own.id);
    expect(revisit.runHoldStore.getState().hold).toBeNull();
    revisit.switchWorkspace(shared);
    expect(revisit.runHoldStore.getState().hold).not.toBeNull();
    revisit.runThisScenario();
    revisit.switchWorkspace(own.id);
    revisit.switchWorkspace(shared);
    expect(revisit.runHoldStore.getState().hold).toBeNull();
  });

  it('keeps a copy of a kept link held too', async () => {
    const app = await boot(storage);
    await app.openShareFragment(hashOf(RUNAWAY));
    app.runThisScenario();
    app.duplicateWorkspace(app.currentEntry()!.id);
    expect(app.currentEntry()).toMatchObject({ name: 'Shared: spinner (copy)', origin: 'link' });
    expect(app.runHoldStore.getState().hold).toMatchObject({ source: 'kept-link' });
  });

  it('Discard goes back to the learner’s workspace and clock', async () => {
    const app = await boot(storage);
    app.controlStore.setState({ speed: 5 });
    await app.openShareFragment(hashOf(RUNAWAY));
    app.discardSharedWorkspace();
    expect(app.names()).toEqual(['My workspace']);
    expect(app.runHoldStore.getState().hold).toBeNull();
    expect(app.clock()).toEqual({ speed: 5, paused: false });
  });

  it('opens a lesson link held as well', async () => {
    const app = await boot(storage);
    await app.openShareFragment(hashOf({ ...RUNAWAY, lesson: 2 }));
    expect(app.runHoldStore.getState().hold).toMatchObject({ source: 'link', speed: 100 });
  });

  it('says a link storage refused is not saved, and saves it once storage has room', async () => {
    const app = await boot(storage);
    storage.options.failWrites = 'full';
    expect(await app.openShareFragment(hashOf(RUNAWAY))).toBe('unsaved');
    const opened = app.shareStore.getState().opened!;
    expect(opened.saved).toBe(false);
    expect(app.isSavedWorkspace(opened.id)).toBe(false);
    // Replace current would delete the learner's only saved copy of their own workspace.
    app.replaceWithSharedWorkspace();
    expect(app.names()).toEqual(['My workspace', 'Shared: spinner']);

    storage.options.failWrites = undefined;
    app.saveSharedAgain();
    expect(app.shareStore.getState().opened?.saved).toBe(true);
    expect(app.isSavedWorkspace(opened.id)).toBe(true);
  });

  it('Discard of a link storage refused leaves no trace of it', async () => {
    const app = await boot(storage);
    storage.options.failWrites = 'full';
    await app.openShareFragment(hashOf(RUNAWAY));
    app.discardSharedWorkspace();
    expect(app.names()).toEqual(['My workspace']);
    expect(app.currentEntry()?.name).toBe('My workspace');
  });
});

describe('linkArrived', () => {
  it('keeps only the newest link that arrives, and opens nothing until asked', async () => {
    const app = await boot(storage);
    const links = [1, 2, 3].map((n) =>
      hashOf({ functions: [{ id: 'fn-1', config: { name: `pushed-${n}` } }] }),
    );
    for (const hash of links) expect(app.linkArrived(hash)).toBe(true);
    expect(app.linkArrived('#lesson/2')).toBe(false);
    expect(app.shareStore.getState().arrived).toBe(links[2]);
    expect(app.names()).toEqual(['My workspace']);

    expect(await app.openArrivedLink()).toBe('saved');
    expect(app.names()).toEqual(['My workspace', 'Shared: pushed-3']);
    expect(app.shareStore.getState().arrived).toBeNull();
    expect(await app.openArrivedLink()).toBe('none');
  });

  it('forgets an ignored link', async () => {
    const app = await boot(storage);
    app.linkArrived(hashOf(RUNAWAY));
    app.ignoreArrivedLink();
    expect(app.shareStore.getState().arrived).toBeNull();
    expect(app.names()).toEqual(['My workspace']);
  });
});

describe('showShareFragmentUnsaved', () => {
  it('shows an embed’s link held, saving nothing', async () => {
    const app = await boot(storage);
    await app.showShareFragmentUnsaved(hashOf(RUNAWAY));
    expect(app.workspaceStore.getState().functions[0]!.config.name).toBe('spinner');
    expect(app.runHoldStore.getState().hold).toMatchObject({ source: 'embed', speed: 100 });
    expect(app.names()).toEqual(['My workspace']);
    app.runThisScenario();
    expect(app.clock()).toEqual({ speed: 100, paused: false });
  });
});
