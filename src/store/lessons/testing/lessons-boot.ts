// Test support: the lessons store and the workspace library loaded afresh over a storage, as a page
// load does, and a workspace's saved content read back from that storage. Tests that use it mock
// './playground' (the page's platform needs workers).
import { vi } from 'vitest';
import type { MemoryStorage } from '../../../workspace/testing/memory-storage';
import type { SavedWorkspace } from '../../../workspace/model';
import { readRecord } from '../../../workspace/library-storage';

export async function bootLessons(storage: MemoryStorage) {
  vi.resetModules();
  vi.stubGlobal('localStorage', storage);
  const lessons = await import('../lessons-store');
  const share = await import('../../workspace/library-share');
  const library = await import('../../workspace/library');
  const { currentWorkspace } = await import('../../workspace/library-state');
  const { workspaceStore } = await import('../../workspace/workspace-store');
  (await import('../../start-app')).openSavedWork();
  return { ...lessons, ...share, ...library, currentWorkspace, workspaceStore };
}

export type BootedLessons = Awaited<ReturnType<typeof bootLessons>>;

/** What `storage` holds for the workspace `id`, or undefined when nothing readable is saved. */
export function savedWorkspace(storage: Storage, id: string): SavedWorkspace | undefined {
  const read = readRecord(storage, id);
  return read.ok ? (read.value?.workspace ?? undefined) : undefined;
}

/** The open workspace with its first function's `index.ts` set to `code`, as the editor would. */
export function typeCode(app: BootedLessons, code: string): void {
  const [first, ...others] = app.workspaceStore.getState().functions;
  const files = { ...first!.files, 'index.ts': code };
  app.workspaceStore.setState({ functions: [{ ...first!, files }, ...others] });
}
