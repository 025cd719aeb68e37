// The saved workspaces in localStorage: one record per workspace (name, revision, content), the
// id last opened, and the move of the single save of earlier versions into this library.
//
// Why localStorage and not IndexedDB: a write made in `pagehide` must land before the page goes,
// and only a synchronous one is sure to (an IndexedDB transaction started there may never commit);
// the `storage` event also tells the other tabs of each write, which is how two tabs on one
// workspace notice each other. Its 5 MiB per origin (MDN, "Storage quotas and eviction criteria")
// holds hundreds of handler-sized workspaces.
import { backupDamaged, readJson, removeKey, writeJson } from './persistence';
import { savedWorkspaceProblem } from './check';
import type { SavedWorkspace, Workspace } from './model';
import { completeWorkspace, defaultWorkspace } from './model';

/** One record per workspace, so two tabs writing two workspaces never touch the same key. */
const RECORD_PREFIX = 'serverless-playground:library:v1:';
const CURRENT_KEY = 'serverless-playground:current-workspace:v1';
/** Where versions before the library kept their one workspace. */
export const LEGACY_KEY = 'serverless-playground:workspace:v1';

export const FIRST_WORKSPACE_NAME = 'My workspace';

/**
 * Where a workspace came from when it was not made here: a share link or an imported project.
 * Such a workspace is someone else's code, and each page session opens it held (run-hold.ts).
 */
export type WorkspaceOrigin = 'link' | 'import';

/** A record's origin; one this version does not know (a newer version's) counts as foreign too. */
export function originOf(record: Pick<SavedRecord, 'origin'>): WorkspaceOrigin | undefined {
  if (record.origin === undefined) return undefined;
  return record.origin === 'import' ? 'import' : 'link';
}

export interface WorkspaceEntry {
  id: string;
  name: string;
  /** Epoch ms of the last save. */
  updatedAt: number;
  origin?: WorkspaceOrigin;
}

export interface SavedRecord {
  name: string;
  updatedAt: number;
  /** Absent for workspaces made here (and for every record written before origins were kept). */
  origin?: WorkspaceOrigin;
  /** Goes up by one per save: a tab that finds a revision it did not write knows another tab saved. */
  revision: number;
  workspace: SavedWorkspace;
}

function isRecord(value: unknown): value is SavedRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<SavedRecord>;
  return (
    typeof record.name === 'string' &&
    typeof record.updatedAt === 'number' &&
    typeof record.revision === 'number' &&
    (record.origin === undefined || typeof record.origin === 'string') &&
    savedWorkspaceProblem(record.workspace) === null
  );
}

export const recordKey = (id: string): string => `${RECORD_PREFIX}${id}`;

export function isRecordKey(key: string | null): boolean {
  return key !== null && key.startsWith(RECORD_PREFIX) && !key.endsWith(':damaged');
}

export function readRecord(storage: Storage | undefined, id: string) {
  return readJson(storage, recordKey(id), isRecord, 'workspace');
}

export function writeRecord(
  storage: Storage | undefined,
  id: string,
  record: SavedRecord,
): string | null {
  return writeJson(storage, recordKey(id), record);
}

export function removeRecord(storage: Storage | undefined, id: string): void {
  removeKey(storage, recordKey(id));
}

export function rememberCurrent(storage: Storage | undefined, id: string): void {
  // Only a convenience for the next visit: failing to note it loses no work.
  writeJson(storage, CURRENT_KEY, id);
}

function storedIds(storage: Storage | undefined): string[] {
  const ids: string[] = [];
  try {
    for (let i = 0; i < (storage?.length ?? 0); i += 1) {
      const key = storage!.key(i);
      if (isRecordKey(key)) ids.push(key!.slice(RECORD_PREFIX.length));
    }
  } catch {
    // A storage that cannot list its keys lists nothing; the boot then says storage is unusable.
  }
  return ids;
}

/** The switcher's order: by name, so a list that other tabs change never jumps about. */
export function byName(a: WorkspaceEntry, b: WorkspaceEntry): number {
  return a.name.localeCompare(b.name, 'en', { numeric: true }) || a.id.localeCompare(b.id);
}

/** Every readable record's entry, by name, and how many records could not be read. */
export function listEntries(storage: Storage | undefined): {
  entries: WorkspaceEntry[];
  unreadable: number;
} {
  const entries: WorkspaceEntry[] = [];
  let unreadable = 0;
  for (const id of storedIds(storage)) {
    const read = readRecord(storage, id);
    if (read.ok && read.value) {
      const { name, updatedAt } = read.value;
      const origin = originOf(read.value);
      entries.push({ id, name, updatedAt, ...(origin && { origin }) });
    } else unreadable += 1;
  }
  entries.sort(byName);
  return { entries, unreadable };
}

export interface LibraryBoot {
  entries: WorkspaceEntry[];
  currentId: string;
  origin?: WorkspaceOrigin;
  workspace: Workspace;
  revision: number;
  message: string | null;
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/** Brings the single save of earlier versions into the library; the old key goes once copied. */
function migrateLegacy(storage: Storage | undefined, id: string, now: number): string | null {
  const legacy = readJson(
    storage,
    LEGACY_KEY,
    (v): v is SavedWorkspace => savedWorkspaceProblem(v) === null,
    'workspace',
  );
  if (!legacy.ok) {
    if (legacy.raw !== null) backupDamaged(storage, LEGACY_KEY, legacy.raw);
    return `${legacy.message} It was kept aside; a fresh workspace was opened.`;
  }
  if (!legacy.value) return null;
  const record = {
    name: FIRST_WORKSPACE_NAME,
    updatedAt: now,
    revision: 1,
    workspace: legacy.value,
  };
  const failure = writeRecord(storage, id, record);
  // Until the copy is written the old key is the only one holding the learner's work.
  if (failure === null) removeKey(storage, LEGACY_KEY);
  return failure;
}

/** Opens the library: the workspace last opened (or the newest), creating the first if none. */
export function openLibrary(
  storage: Storage | undefined,
  now: number,
  newId: () => string,
): LibraryBoot {
  const messages: string[] = [];
  let listed = listEntries(storage);
  if (listed.entries.length === 0 && listed.unreadable === 0) {
    const failure = migrateLegacy(storage, newId(), now);
    if (failure) messages.push(failure);
    listed = listEntries(storage);
  }
  if (listed.unreadable > 0) {
    messages.push(
      `${listed.unreadable} saved workspace(s) could not be read; they were left untouched.`,
    );
  }
  const wanted = readJson(storage, CURRENT_KEY, isString, 'choice');
  const ordered = listed.entries;
  const newest = ordered.reduce<WorkspaceEntry | undefined>(
    (best, e) => (best && best.updatedAt >= e.updatedAt ? best : e),
    undefined,
  );
  const pick = ordered.find((e) => wanted.ok && e.id === wanted.value) ?? newest;
  const read = pick ? readRecord(storage, pick.id) : null;
  if (pick && read?.ok && read.value) {
    return {
      entries: ordered,
      currentId: pick.id,
      origin: originOf(read.value),
      workspace: completeWorkspace(read.value.workspace),
      revision: read.value.revision,
      message: messages.join(' ') || null,
    };
  }
  const entry = { id: newId(), name: FIRST_WORKSPACE_NAME, updatedAt: now };
  const workspace = defaultWorkspace();
  const failure = writeRecord(storage, entry.id, { ...entry, revision: 1, workspace });
  if (failure) messages.push(failure);
  return {
    entries: failure ? [entry] : listEntries(storage).entries,
    currentId: entry.id,
    workspace,
    revision: 1,
    message: messages.join(' ') || null,
  };
}
