import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MemoryStorage } from '../../workspace/testing/memory-storage';
import { memoryStorage } from '../../workspace/testing/memory-storage';
import { defaultWorkspace } from '../../workspace/model';
import type { Workspace } from '../../workspace/model';

// Switching resets the page's platform, which needs workers; here it only has to be called.
vi.mock('../platform/playground', () => ({ resetPlatform: vi.fn() }));

const LEGACY_KEY = 'serverless-playground:workspace:v1';
const RECORD_PREFIX = 'serverless-playground:library:v1:';

let storage: MemoryStorage;

/** Loads the library afresh, as a page load does, over `storage`. */
async function boot() {
  vi.resetModules();
  vi.stubGlobal('localStorage', storage);
  const library = await import('./library');
  (await import('../start-app')).openSavedWork();
  const { workspaceStore } = await import('./workspace-store');
  const { resetPlatform } = await import('../platform/playground');
  return { ...library, workspaceStore, resetPlatform };
}

function withCode(code: string): Workspace {
  const workspace = defaultWorkspace();
  const fn = workspace.functions[0]!;
  return { ...workspace, functions: [{ ...fn, files: { 'index.ts': code } }] };
}

function records(): Record<string, { name: string; revision: number; workspace: Workspace }> {
  const found: Record<string, { name: string; revision: number; workspace: Workspace }> = {};
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i)!;
    if (key.startsWith(RECORD_PREFIX))
      found[key.slice(RECORD_PREFIX.length)] = JSON.parse(storage.getItem(key)!);
  }
  return found;
}

beforeEach(() => {
  vi.clearAllMocks();
  storage = memoryStorage();
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('openLibrary (first load)', () => {
  it('moves the single save of earlier versions into the library', async () => {
    storage.setItem(LEGACY_KEY, JSON.stringify(withCode('old work')));
    const { workspaceLibraryStore, workspaceStore } = await boot();
    const { entries, currentId, message } = workspaceLibraryStore.getState();
    expect(entries.map((e) => e.name)).toEqual(['My workspace']);
    expect(currentId).toBe(entries[0]!.id);
    expect(message).toBeNull();
    expect(workspaceStore.getState().functions[0]!.files).toEqual({ 'index.ts': 'old work' });
    expect(storage.getItem(LEGACY_KEY)).toBeNull();
    expect(records()[currentId]!.workspace.functions[0]!.files).toEqual({ 'index.ts': 'old work' });
  });

  it('keeps the old save where it is when the copy cannot be written', async () => {
    const old = JSON.stringify(withCode('old work'));
    storage.setItem(LEGACY_KEY, old);
    storage.options.failWrites = 'full';
    const { workspaceLibraryStore } = await boot();
    expect(storage.getItem(LEGACY_KEY)).toBe(old);
    expect(workspaceLibraryStore.getState().message).toMatch(/^Browser storage is full/);
  });

  it('opens a fresh workspace without storage, and says changes will not be kept', async () => {
    vi.resetModules();
    vi.stubGlobal('localStorage', undefined);
    const { workspaceLibraryStore } = await import('./library');
    (await import('../start-app')).openSavedWork();
    expect(workspaceLibraryStore.getState().message).toBe(
      'This browser offers no storage: changes will be lost on reload.',
    );
    expect(workspaceLibraryStore.getState().entries.map((e) => e.name)).toEqual(['My workspace']);
  });
});

describe('autosave', () => {
  it('saves an edit after the pause, and a reload opens it', async () => {
    const first = await boot();
    first.workspaceStore.setState(withCode('edited'));
    vi.advanceTimersByTime(250);
    const again = await boot();
    expect(again.workspaceStore.getState().functions[0]!.files).toEqual({ 'index.ts': 'edited' });
  });

  it('a full storage says so and leaves the last save as it was', async () => {
    const { workspaceStore, workspaceLibraryStore } = await boot();
    const before = JSON.stringify(records());
    storage.options.failWrites = 'full';
    workspaceStore.setState(withCode('too much'));
    vi.advanceTimersByTime(250);
    expect(workspaceLibraryStore.getState().message).toMatch(/^Browser storage is full/);
    expect(JSON.stringify(records())).toBe(before);
  });

  it('counts edits as unsaved (for the leave-page warning) only while storage refuses them', async () => {
    const app = await boot();
    const { hasUnsavedEdits, flushSave } = await import('./library-state');
    app.workspaceStore.setState(withCode('saved in time'));
    flushSave();
    expect(hasUnsavedEdits()).toBe(false);
    storage.options.failWrites = 'full';
    app.workspaceStore.setState(withCode('not saved'));
    flushSave();
    expect(hasUnsavedEdits()).toBe(true);
    storage.options.failWrites = undefined;
    app.workspaceStore.setState(withCode('saved at last'));
    flushSave();
    expect(hasUnsavedEdits()).toBe(false);
  });
});

describe('showUnsavedWorkspace (an embed of a link)', () => {
  it('shows the workspace and saves nothing: not it, not its edits, not the one open before', async () => {
    const { workspaceStore, workspaceLibraryStore } = await boot();
    workspaceStore.setState(withCode('mine'));
    const { leaveCurrent, showUnsavedWorkspace } = await import('./library-state');
    showUnsavedWorkspace(withCode('tutorial'));
    const library = workspaceLibraryStore.getState();
    const saved = JSON.stringify(records());
    expect(Object.values(records()).map((r) => r.workspace.functions[0]!.files)).toEqual([
      { 'index.ts': 'mine' },
    ]);

    workspaceStore.setState(withCode('edited in the embed'));
    vi.advanceTimersByTime(1_000);
    leaveCurrent(); // what the page does when it goes
    expect(workspaceStore.getState().functions[0]!.files).toEqual({
      'index.ts': 'edited in the embed',
    });
    expect(JSON.stringify(records())).toBe(saved);
    expect(workspaceLibraryStore.getState()).toEqual(library);
  });
});

describe('openAsNewWorkspace', () => {
  it('saves the open workspace, then opens the new one under a free name', async () => {
    const { workspaceStore, workspaceLibraryStore, openAsNewWorkspace, resetPlatform } =
      await boot();
    const firstId = workspaceLibraryStore.getState().currentId;
    workspaceStore.setState(withCode('mine'));
    const id = openAsNewWorkspace(withCode('shared'), 'My workspace');
    expect(workspaceLibraryStore.getState().currentId).toBe(id);
    expect(workspaceLibraryStore.getState().entries.map((e) => e.name)).toEqual([
      'My workspace',
      'My workspace 2',
    ]);
    expect(workspaceStore.getState().functions[0]!.files).toEqual({ 'index.ts': 'shared' });
    expect(records()[firstId]!.workspace.functions[0]!.files).toEqual({ 'index.ts': 'mine' });
    expect(resetPlatform).toHaveBeenCalledTimes(1);
  });
});

describe('switchWorkspace', () => {
  it('brings back each workspace as it was left', async () => {
    const lib = await boot();
    const a = lib.workspaceLibraryStore.getState().currentId;
    const b = lib.createWorkspace();
    lib.workspaceStore.setState(withCode('in b'));
    lib.switchWorkspace(a);
    expect(lib.workspaceStore.getState().functions[0]!.files['index.ts']).toMatch(/^export const/);
    lib.switchWorkspace(b);
    expect(lib.workspaceStore.getState().functions[0]!.files).toEqual({ 'index.ts': 'in b' });
    // The next page load opens the workspace open last.
    const again = await boot();
    expect(again.workspaceLibraryStore.getState().currentId).toBe(b);
  });
});

describe('renameWorkspace and duplicateWorkspace', () => {
  it('renames the open one and another one, and copies under "(copy)"', async () => {
    const lib = await boot();
    const a = lib.workspaceLibraryStore.getState().currentId;
    const b = lib.createWorkspace();
    lib.renameWorkspace(b, '  Lesson 1 ');
    lib.renameWorkspace(a, 'Scratch');
    const copy = lib.duplicateWorkspace(a)!;
    const names = Object.fromEntries(Object.entries(records()).map(([id, r]) => [id, r.name]));
    expect(names).toEqual({ [a]: 'Scratch', [b]: 'Lesson 1', [copy]: 'Scratch (copy)' });
    expect(lib.workspaceLibraryStore.getState().currentId).toBe(copy);
  });
});

describe('deleteWorkspace and undoDelete', () => {
  it('deletes the open workspace, opens another, and Undo brings it back as it was', async () => {
    const lib = await boot();
    const a = lib.workspaceLibraryStore.getState().currentId;
    const b = lib.createWorkspace();
    lib.workspaceStore.setState(withCode('keep me'));
    lib.deleteWorkspace(b);
    expect(lib.workspaceLibraryStore.getState().currentId).toBe(a);
    expect(Object.keys(records())).toEqual([a]);
    expect(lib.workspaceLibraryStore.getState().deleted?.id).toBe(b);
    lib.undoDelete();
    expect(lib.workspaceLibraryStore.getState().currentId).toBe(b);
    expect(lib.workspaceStore.getState().functions[0]!.files).toEqual({ 'index.ts': 'keep me' });
    expect(lib.workspaceLibraryStore.getState().deleted).toBeNull();
  });

  it('never deletes the last workspace', async () => {
    const lib = await boot();
    const a = lib.workspaceLibraryStore.getState().currentId;
    lib.deleteWorkspace(a);
    expect(Object.keys(records())).toEqual([a]);
  });
});

describe('replaceWorkspaceContent', () => {
  it('replaces a workspace that is not open without opening it', async () => {
    const lib = await boot();
    const a = lib.workspaceLibraryStore.getState().currentId;
    const b = lib.createWorkspace();
    lib.replaceWorkspaceContent(a, withCode('reset'));
    expect(lib.workspaceLibraryStore.getState().currentId).toBe(b);
    expect(records()[a]!.workspace.functions[0]!.files).toEqual({ 'index.ts': 'reset' });
  });

  it('shows and saves at once new content for the open workspace', async () => {
    const lib = await boot();
    const a = lib.workspaceLibraryStore.getState().currentId;
    lib.replaceWorkspaceContent(a, withCode('reset'));
    expect(lib.workspaceStore.getState().functions[0]!.files).toEqual({ 'index.ts': 'reset' });
    expect(records()[a]!.workspace.functions[0]!.files).toEqual({ 'index.ts': 'reset' });
  });
});

describe('two tabs on one workspace', () => {
  /** What another tab does: saves the workspace with a higher revision. */
  function otherTabSaves(id: string, code: string): void {
    const record = records()[id]!;
    storage.setItem(
      `${RECORD_PREFIX}${id}`,
      JSON.stringify({ ...record, revision: record.revision + 1, workspace: withCode(code) }),
    );
  }

  it('does not overwrite the other tab: it flags the conflict and writes nothing', async () => {
    const lib = await boot();
    const a = lib.workspaceLibraryStore.getState().currentId;
    otherTabSaves(a, 'theirs');
    lib.workspaceStore.setState(withCode('mine'));
    vi.advanceTimersByTime(250);
    expect(lib.workspaceLibraryStore.getState().conflict).toBe(true);
    expect(records()[a]!.workspace.functions[0]!.files).toEqual({ 'index.ts': 'theirs' });
  });

  it('"Reload theirs" shows the other tab\'s save; "Keep mine" writes over it', async () => {
    const lib = await boot();
    const a = lib.workspaceLibraryStore.getState().currentId;
    otherTabSaves(a, 'theirs');
    lib.workspaceStore.setState(withCode('mine'));
    vi.advanceTimersByTime(250);
    lib.resolveConflict('mine');
    expect(records()[a]!.workspace.functions[0]!.files).toEqual({ 'index.ts': 'mine' });
    otherTabSaves(a, 'theirs again');
    lib.workspaceStore.setState(withCode('mine again'));
    vi.advanceTimersByTime(250);
    lib.resolveConflict('theirs');
    expect(lib.workspaceStore.getState().functions[0]!.files).toEqual({
      'index.ts': 'theirs again',
    });
    expect(lib.workspaceLibraryStore.getState().conflict).toBe(false);
  });

  it("leaving during a conflict keeps this tab's version as a copy", async () => {
    const lib = await boot();
    const a = lib.workspaceLibraryStore.getState().currentId;
    otherTabSaves(a, 'theirs');
    lib.workspaceStore.setState(withCode('mine'));
    lib.createWorkspace();
    const byName = Object.fromEntries(
      Object.values(records()).map((r) => [r.name, r.workspace.functions[0]!.files['index.ts']]),
    );
    expect(byName['My workspace']).toBe('theirs');
    expect(byName['My workspace (this tab)']).toBe('mine');
  });
});
