// The library's state in this tab: which saved workspaces exist, which one is open, and the save
// of the open one, which never overwrites a newer save made by another tab.
import { createStore } from 'zustand/vanilla';
import { browserStorage } from '../../workspace/persistence';
import { resetPlatform } from '../platform/playground';
import { holdOnOpen } from '../platform/run-hold';
import type { SavedRecord, WorkspaceEntry } from '../../workspace/library-storage';
import {
  byName,
  listEntries,
  openLibrary,
  originOf,
  readRecord,
  rememberCurrent,
  writeRecord,
} from '../../workspace/library-storage';
import type { SavedWorkspace, Workspace } from '../../workspace/model';
import { completeWorkspace } from '../../workspace/model';
import { workspaceStore } from './workspace-store';

export interface WorkspaceLibraryState {
  /** Saved workspaces, most recently saved first. */
  entries: WorkspaceEntry[];
  /** The workspace open in this tab. */
  currentId: string;
  /** What went wrong with storage (full, unavailable, damaged), until the next clean save. */
  message: string | null;
  /** Another tab saved the open workspace since this tab last read or wrote it. */
  conflict: boolean;
  /** The workspace deleted last, while it can still be brought back. */
  deleted: WorkspaceEntry | null;
}

/** Where the library lives: the page's localStorage once opened (none: nothing is kept). */
export let storage: Storage | undefined;

export function newWorkspaceId(): string {
  return `ws-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export const workspaceLibraryStore = createStore<WorkspaceLibraryState>()(() => ({
  entries: [],
  currentId: '',
  message: null,
  conflict: false,
  deleted: null,
}));

/** The revision of the open workspace that this tab last read or wrote. */
let knownRevision = 0;
/** This tab changed the open workspace since it last read or wrote it. */
let unsaved = false;
let saveTimer: ReturnType<typeof setTimeout> | undefined;
/** The page shows a workspace it never saves (see showUnsavedWorkspace). */
let viewOnly = false;

/**
 * Opens the library kept in `from` (the page's localStorage by default) as the page starts: lists
 * the saved workspaces and shows the one open last (held when it came from a link or an import).
 */
export function openWorkspaceLibrary(from: Storage | undefined = browserStorage()): void {
  storage = from;
  clearTimeout(saveTimer);
  saveTimer = undefined;
  unsaved = false;
  viewOnly = false;
  const opened = openLibrary(from, Date.now(), newWorkspaceId);
  knownRevision = opened.revision;
  workspaceLibraryStore.setState({
    entries: opened.entries,
    currentId: opened.currentId,
    message: opened.message,
    conflict: false,
    deleted: null,
  });
  workspaceStore.setState(opened.workspace);
  holdOnOpen(opened.currentId, opened.origin, opened.workspace);
}

/** Another tab wrote the open workspace's record: flag it if that tab saved past this one. */
export function noticeOtherTab(): void {
  if (viewOnly) return;
  const stored = readRecord(storage, workspaceLibraryStore.getState().currentId);
  if (stored.ok && stored.value && stored.value.revision > knownRevision) {
    workspaceLibraryStore.setState({ conflict: true });
  }
}

// Saving on every keystroke would serialize the whole workspace per key; a short pause is enough.
export function scheduleSave(): void {
  if (viewOnly) return;
  unsaved = true;
  clearTimeout(saveTimer);
  saveTimer = setTimeout(flushSave, 250);
}

/** Saves now what is waiting for the pause (a reload, a switch); nothing if nothing waits. */
export function flushSave(): void {
  if (saveTimer === undefined) return;
  clearTimeout(saveTimer);
  saveTimer = undefined;
  saveCurrent();
}

export function currentEntry(): WorkspaceEntry | undefined {
  const { entries, currentId } = workspaceLibraryStore.getState();
  return entries.find((entry) => entry.id === currentId);
}

/** The open workspace as the store holds it, without anything added to the store's state. */
export function currentWorkspace(): Workspace {
  const { functions, selectedId, http, schedules, buckets, topics, queues, load } =
    workspaceStore.getState();
  const { services = [], selectedServiceId = null } = workspaceStore.getState();
  return {
    ...{ functions, selectedId, http, schedules, buckets, topics, queues, load },
    // Only a workspace with web apps saves them: one without is saved as before they existed.
    ...(services.length > 0 && { services }),
    ...(selectedServiceId !== null && { selectedServiceId }),
  };
}

/** Re-reads the list (another tab may have added, renamed or deleted workspaces). */
export function refreshEntries(): void {
  const { entries } = listEntries(storage);
  const current = currentEntry();
  // The open workspace stays listed even if its save failed or another tab deleted it.
  const listed =
    current && !entries.some((e) => e.id === current.id)
      ? [...entries, current].sort(byName)
      : entries;
  workspaceLibraryStore.setState({ entries: listed });
}

/** Updates an entry where it is listed, or adds it. */
function upsertEntry(entry: WorkspaceEntry): void {
  workspaceLibraryStore.setState(({ entries }) => ({
    entries: [...entries.filter((e) => e.id !== entry.id), entry].sort(byName),
  }));
}

/**
 * Saves the open workspace unless another tab saved it since (then flags the conflict and writes
 * nothing). `force`: the learner chose to keep this tab's version over the other tab's.
 */
export function saveCurrent(force = false): void {
  const entry = currentEntry();
  if (!entry || viewOnly) return;
  const stored = readRecord(storage, entry.id);
  const storedRevision = stored.ok ? (stored.value?.revision ?? 0) : 0;
  if (!force && storedRevision > knownRevision) {
    workspaceLibraryStore.setState({ conflict: true });
    return;
  }
  const revision = Math.max(storedRevision, knownRevision) + 1;
  const saved = { ...entry, updatedAt: Date.now() };
  const failure = writeRecord(storage, entry.id, {
    name: saved.name,
    updatedAt: saved.updatedAt,
    ...(entry.origin && { origin: entry.origin }),
    revision,
    workspace: currentWorkspace(),
  });
  if (failure === null) {
    knownRevision = revision;
    unsaved = false;
    upsertEntry(saved);
  }
  workspaceLibraryStore.setState({ message: failure, conflict: false });
}

/**
 * Opens a workspace in this tab: the store holds it, and the platform runs it from a clean slate
 * (held first when it came from a link or an import).
 */
export function showWorkspace(
  id: string,
  record: Pick<SavedRecord, 'revision' | 'workspace' | 'origin'>,
): void {
  knownRevision = record.revision;
  workspaceLibraryStore.setState({ currentId: id, conflict: false });
  rememberCurrent(storage, id);
  holdOnOpen(id, originOf(record), record.workspace);
  // What was just read is saved already: the change it makes to the store is not written back.
  loadWithoutSaving(record.workspace);
}

/**
 * Shows `workspace` and saves nothing from then on in this page: the saved workspaces, and which
 * one is open, stay as they were. For an embed's link: each view of a tutorial would otherwise add
 * a workspace to the reader's library. (Edits leave the embed through its link to the full app.)
 */
export function showUnsavedWorkspace(workspace: Workspace): void {
  flushSave();
  viewOnly = true;
  loadWithoutSaving(workspace);
}

/** The page shows an embed's scenario, which belongs to no saved workspace. */
export function isViewOnly(): boolean {
  return viewOnly;
}

function loadWithoutSaving(workspace: SavedWorkspace): void {
  workspaceStore.setState(completeWorkspace(workspace));
  clearTimeout(saveTimer);
  saveTimer = undefined;
  unsaved = false;
  // Instances of the last workspace's functions must not answer for this one's.
  resetPlatform();
}

/** Writes a new record and lists it; null when written, else why not. */
export function createRecord(entry: WorkspaceEntry, workspace: Workspace): string | null {
  const failure = writeRecord(storage, entry.id, { ...entry, revision: 1, workspace });
  upsertEntry(entry);
  workspaceLibraryStore.setState({ message: failure });
  return failure;
}

/**
 * Before the open workspace goes (a switch, a closed tab): saves it, or, when another tab saved it
 * since, keeps this tab's unsaved version as a copy, so neither tab's work is lost.
 */
export function leaveCurrent(): void {
  flushSave();
  const entry = currentEntry();
  if (!entry || !unsaved || !workspaceLibraryStore.getState().conflict) return;
  const copy = {
    ...entry,
    id: newWorkspaceId(),
    name: `${entry.name} (this tab)`,
    updatedAt: Date.now(),
  };
  if (createRecord(copy, currentWorkspace()) === null) unsaved = false;
}

/**
 * Edits this tab holds that are not in storage (the last save failed: storage full or missing).
 * Not in a view-only embed, which never saves, nor in a conflict, where leaving keeps a copy.
 */
export function hasUnsavedEdits(): boolean {
  return unsaved && !viewOnly && !workspaceLibraryStore.getState().conflict;
}

/** Whether storage holds a record for `id` (a just-made workspace's first write may have failed). */
export function isSavedWorkspace(id: string): boolean {
  const read = readRecord(storage, id);
  return read.ok && read.value !== null;
}
