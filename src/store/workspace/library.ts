// The learner's saved workspaces: open one, make one (new, from a link, a copy), rename, delete
// with undo, and choose between two tabs' versions of the same one.
import { resetPlatform } from '../platform/playground';
import { backupFileName, backupText } from '../../workspace/backup';
import type { SavedRecord, WorkspaceOrigin } from '../../workspace/library-storage';
import { originOf, readRecord, removeRecord, writeRecord } from '../../workspace/library-storage';
import {
  createRecord,
  currentEntry,
  currentWorkspace,
  flushSave,
  leaveCurrent,
  newWorkspaceId,
  refreshEntries,
  saveCurrent,
  showWorkspace,
  storage,
  workspaceLibraryStore,
} from './library-state';
import type { Workspace } from '../../workspace/model';
import { completeWorkspace, defaultWorkspace } from '../../workspace/model';
import { workspaceStore } from './workspace-store';

export { workspaceLibraryStore } from './library-state';
export type { WorkspaceLibraryState } from './library-state';
export type { WorkspaceEntry } from '../../workspace/library-storage';

/** The record a deleted workspace had, so Undo can write it back. */
let deletedRecord: { record: SavedRecord; wasCurrent: boolean } | null = null;

function setMessage(message: string | null): void {
  workspaceLibraryStore.setState({ message });
}

/** A saved workspace's record; null (after saying why) when it cannot be read. */
function readSaved(id: string): SavedRecord | null {
  const read = readRecord(storage, id);
  if (read.ok && read.value) return read.value;
  setMessage(
    read.ok ? 'That workspace is no longer saved (deleted in another tab?).' : read.message,
  );
  refreshEntries();
  return null;
}

/** `base`, or `base 2`, `base 3`… whichever no saved workspace is called yet. */
export function freeWorkspaceName(base: string): string {
  const taken = new Set(workspaceLibraryStore.getState().entries.map((entry) => entry.name));
  let name = base;
  for (let n = 2; taken.has(name); n += 1) name = `${base} ${n}`;
  return name;
}

/**
 * Saves the open workspace, then creates, saves and opens a new one holding `workspace`; `origin`
 * when it came from a share link or an import (it then opens held: run-hold.ts).
 */
export function openAsNewWorkspace(
  workspace: Workspace,
  name: string,
  origin?: WorkspaceOrigin,
): string {
  leaveCurrent();
  const entry = {
    id: newWorkspaceId(),
    name: freeWorkspaceName(name),
    updatedAt: Date.now(),
    ...(origin && { origin }),
  };
  createRecord(entry, workspace);
  showWorkspace(entry.id, { revision: 1, workspace, origin });
  return entry.id;
}

export function createWorkspace(): string {
  return openAsNewWorkspace(defaultWorkspace(), 'Untitled workspace');
}

export function switchWorkspace(id: string): void {
  if (id === workspaceLibraryStore.getState().currentId) return;
  leaveCurrent();
  const record = readSaved(id);
  if (record) showWorkspace(id, record);
}

/** Puts new content into a saved workspace (a lesson's reset); the open one shows it at once. */
export function replaceWorkspaceContent(id: string, workspace: Workspace): void {
  if (id === workspaceLibraryStore.getState().currentId) {
    workspaceStore.setState(completeWorkspace(workspace));
    resetPlatform();
    flushSave();
    return;
  }
  const record = readSaved(id);
  if (!record) return;
  const updatedAt = Date.now();
  const failure = writeRecord(storage, id, {
    ...record,
    revision: record.revision + 1,
    updatedAt,
    workspace,
  });
  setMessage(failure);
  if (failure === null) refreshEntries();
}

export function renameWorkspace(id: string, name: string): void {
  const trimmed = name.trim();
  if (trimmed === '') return;
  if (id === workspaceLibraryStore.getState().currentId) {
    workspaceLibraryStore.setState(({ entries }) => ({
      entries: entries.map((entry) => (entry.id === id ? { ...entry, name: trimmed } : entry)),
    }));
    saveCurrent();
    return;
  }
  const record = readSaved(id);
  if (!record) return;
  setMessage(writeRecord(storage, id, { ...record, name: trimmed, revision: record.revision + 1 }));
  refreshEntries();
}

/** Opens a copy of a workspace under a new name; a copy of someone else's code stays theirs. */
export function duplicateWorkspace(id: string): string | null {
  const isCurrent = id === workspaceLibraryStore.getState().currentId;
  const source = isCurrent ? null : readSaved(id);
  const workspace = isCurrent ? currentWorkspace() : source && completeWorkspace(source.workspace);
  const name = isCurrent ? currentEntry()?.name : source?.name;
  const origin = isCurrent ? currentEntry()?.origin : source && originOf(source);
  if (!workspace || name === undefined) return null;
  return openAsNewWorkspace(workspace, `${name} (copy)`, origin ?? undefined);
}

/** Deletes a saved workspace (never the last one); `undoDelete` brings it back. */
export function deleteWorkspace(id: string): void {
  const { entries, currentId } = workspaceLibraryStore.getState();
  const entry = entries.find((e) => e.id === id);
  const next = entries.find((e) => e.id !== id);
  if (!entry || !next) return;
  const wasCurrent = id === currentId;
  if (wasCurrent) switchWorkspace(next.id);
  if (workspaceLibraryStore.getState().currentId === id) return;
  const record = readSaved(id);
  if (!record) return;
  removeRecord(storage, id);
  deletedRecord = { record, wasCurrent };
  workspaceLibraryStore.setState((state) => ({
    entries: state.entries.filter((e) => e.id !== id),
    deleted: entry,
  }));
}

export function undoDelete(): void {
  const { deleted } = workspaceLibraryStore.getState();
  if (!deleted || !deletedRecord) return;
  const { record, wasCurrent } = deletedRecord;
  const failure = writeRecord(storage, deleted.id, record);
  setMessage(failure);
  if (failure !== null) return;
  deletedRecord = null;
  workspaceLibraryStore.setState({ deleted: null });
  refreshEntries();
  if (wasCurrent) switchWorkspace(deleted.id);
}

/** The learner's answer when another tab saved the open workspace: take theirs or keep this one. */
export function resolveConflict(choice: 'theirs' | 'mine'): void {
  if (choice === 'mine') {
    saveCurrent(true);
    return;
  }
  const { currentId } = workspaceLibraryStore.getState();
  const record = readSaved(currentId);
  if (record) showWorkspace(currentId, record);
}

/** The deleted workspace is gone for good: its Undo is no longer offered. */
export function forgetDeleted(): void {
  deletedRecord = null;
  workspaceLibraryStore.setState({ deleted: null });
}

export function dismissLibraryMessage(): void {
  setMessage(null);
}

/** Everything saved in this browser as one file, after saving what waits: nothing is left out. */
export function backupOfAllWork(now = new Date()): { fileName: string; text: string } {
  flushSave();
  return { fileName: backupFileName(now), text: backupText(storage, now) };
}
