import { strToU8 } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from './memory-storage';

// Opening a workspace resets the page's platform, which needs workers; here it only has to be called.
vi.mock('./playground', () => ({ resetPlatform: vi.fn() }));

/** The archive module over a fresh library, as a page load has it. */
async function boot() {
  vi.resetModules();
  vi.stubGlobal('localStorage', memoryStorage());
  const archive = await import('./workspace-archive');
  const { workspaceStore, workspaceActions } = await import('./workspace-store');
  const { workspaceLibraryStore } = await import('./workspace-library');
  return { ...archive, workspaceStore, workspaceActions, workspaceLibraryStore };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('importPickedFiles', () => {
  it('opens an exported zip as a new workspace and keeps the one it came from', async () => {
    const app = await boot();
    app.workspaceActions.editFile('fn-1', 'index.ts', 'export const handler = async () => 42;\n');
    const exported = await app.exportWorkspaceArchive();
    expect(exported.fileName).toBe('my-workspace-sam.zip');
    app.workspaceActions.editFile('fn-1', 'index.ts', 'changed after export');

    const outcome = await app.importPickedFiles([
      { path: exported.fileName, bytes: exported.bytes },
    ]);

    expect(outcome).toEqual({ ok: true, name: 'my-workspace', notes: [] });
    expect(app.workspaceStore.getState().functions[0]!.files).toEqual({
      'index.ts': 'export const handler = async () => 42;\n',
    });
    expect(
      app.workspaceLibraryStore
        .getState()
        .entries.map((e) => e.name)
        .sort(),
    ).toEqual(['My workspace', 'my-workspace']);
  });

  it('opens a picked folder of handler files as a function named after the folder', async () => {
    const app = await boot();
    const outcome = await app.importPickedFiles([
      { path: 'resize/index.mjs', bytes: strToU8('export const handler = async () => 1;') },
    ]);
    expect(outcome).toEqual({ ok: true, name: 'resize', notes: [] });
    const fn = app.workspaceStore.getState().functions[0]!;
    expect([fn.config.name, fn.config.handler, fn.activeFile]).toEqual([
      'resize',
      'index.handler',
      'index.mjs',
    ]);
  });

  it('says why a damaged zip opens nothing, and leaves the workspace as it was', async () => {
    const app = await boot();
    const before = app.workspaceStore.getState().functions;
    const outcome = await app.importPickedFiles([{ path: 'x.zip', bytes: strToU8('not a zip') }]);
    expect(outcome).toEqual({
      ok: false,
      message: 'Nothing was imported: This file is not a zip archive, or it is damaged.',
    });
    expect(app.workspaceStore.getState().functions).toBe(before);
    expect(app.workspaceLibraryStore.getState().entries).toHaveLength(1);
  });
});
