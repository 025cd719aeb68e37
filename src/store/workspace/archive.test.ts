import { strToU8 } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../../workspace/testing/memory-storage';
import type { PickedFile } from '../../workspace/picked-files';

// Opening a workspace resets the page's platform, which needs workers; here it only has to be called.
vi.mock('../platform/playground', () => ({ resetPlatform: vi.fn() }));

/** The archive module over a fresh library, as a page load has it. */
async function boot() {
  vi.resetModules();
  vi.stubGlobal('localStorage', memoryStorage());
  const archive = await import('./archive');
  const { workspaceStore, workspaceActions } = await import('./workspace-store');
  const { workspaceLibraryStore } = await import('./library');
  const { runHoldStore } = await import('../platform/run-hold');
  (await import('../start-app')).openSavedWork();
  return { ...archive, workspaceStore, workspaceActions, workspaceLibraryStore, runHoldStore };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A picked file as the file input gives it: its size known, its bytes read on demand. */
function picked(path: string, bytes: Uint8Array): PickedFile {
  return { path, size: bytes.length, read: async () => bytes };
}

/** A picked file that must never be read: only its size may be looked at. */
function unreadable(path: string, size: number): PickedFile {
  return {
    path,
    size,
    read: () => Promise.reject(new Error(`${path} was read`)),
  };
}

describe('importPickedFiles', () => {
  it('opens an exported zip as a new workspace and keeps the one it came from', async () => {
    const app = await boot();
    app.workspaceActions.editFile('fn-1', 'index.ts', 'export const handler = async () => 42;\n');
    const exported = await app.exportWorkspaceArchive();
    expect(exported.fileName).toBe('my-workspace-sam.zip');
    app.workspaceActions.editFile('fn-1', 'index.ts', 'changed after export');

    const outcome = await app.importPickedFiles([picked(exported.fileName, exported.bytes)]);

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
      picked('resize/index.mjs', strToU8('export const handler = async () => 1;')),
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
    const outcome = await app.importPickedFiles([picked('x.zip', strToU8('not a zip'))]);
    expect(outcome).toEqual({
      ok: false,
      message: 'Nothing was imported: This file is not a zip archive, or it is damaged.',
    });
    expect(app.workspaceStore.getState().functions).toBe(before);
    expect(app.workspaceLibraryStore.getState().entries).toHaveLength(1);
  });

  it('refuses files past the limits by their sizes, before reading a byte', async () => {
    const app = await boot();
    const MB = 1024 * 1024;
    const cases: Array<[PickedFile[], string]> = [
      [[unreadable('big.zip', 50 * MB + 1)], 'The zip is larger than 50 MB.'],
      [
        [unreadable('fn/index.js', 10), unreadable('fn/vendor.js', 2 * MB + 1)],
        'fn/vendor.js is larger than 2 MB, the most one file may hold.',
      ],
      [
        [1, 2, 3, 4, 5].map((n) => unreadable(`fn/part${n}.js`, 1.9 * MB)),
        'The files come to more than 8 MB in all, the most an import may hold.',
      ],
    ];
    for (const [files, message] of cases) {
      expect(await app.importPickedFiles(files)).toEqual({
        ok: false,
        message: `Nothing was imported: ${message}`,
      });
    }
    expect(app.workspaceLibraryStore.getState().entries).toHaveLength(1);
  });

  it('never reads a picked folder’s node_modules, and opens what is left held', async () => {
    const app = await boot();
    const outcome = await app.importPickedFiles([
      picked('resize/index.mjs', strToU8('export const handler = async () => 1;')),
      unreadable('resize/node_modules/sharp/lib/huge.js', 500 * 1024 * 1024),
    ]);
    expect(outcome).toEqual({ ok: true, name: 'resize', notes: [] });
    expect(app.workspaceStore.getState().functions[0]!.files).toEqual({
      'index.mjs': 'export const handler = async () => 1;',
    });
    expect(app.runHoldStore.getState().hold).toMatchObject({ source: 'import', started: false });
  });
});
