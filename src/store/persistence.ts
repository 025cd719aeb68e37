// Saves the workspace in localStorage so an edit survives a reload; reports, never hides, failures.
import type { SavedWorkspace, Workspace } from './workspace-model';

const KEY = 'serverless-playground:workspace:v1';

export type LoadResult =
  | { ok: true; workspace: SavedWorkspace | null }
  | { ok: false; message: string; raw: string | null };

function looksLikeWorkspace(value: unknown): value is SavedWorkspace {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Workspace>;
  return (
    Array.isArray(candidate.functions) &&
    candidate.functions.length > 0 &&
    typeof candidate.selectedId === 'string' &&
    candidate.functions.every(
      (fn) =>
        typeof fn?.id === 'string' &&
        typeof fn.config?.name === 'string' &&
        typeof fn.files === 'object' &&
        fn.files !== null &&
        typeof fn.testEvent === 'string',
    )
  );
}

export function loadWorkspace(storage: Storage | undefined = globalThis.localStorage): LoadResult {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(KEY) ?? null;
    if (raw === null) return { ok: true, workspace: null };
    const parsed: unknown = JSON.parse(raw);
    if (looksLikeWorkspace(parsed)) return { ok: true, workspace: parsed };
    return { ok: false, message: 'The saved workspace is damaged; a fresh one was opened.', raw };
  } catch (error) {
    return { ok: false, message: `Could not read the saved workspace: ${String(error)}`, raw };
  }
}

/** null when saved, else what went wrong (storage full, disabled, private mode…). */
export function saveWorkspace(
  workspace: Workspace,
  storage: Storage | undefined = globalThis.localStorage,
): string | null {
  try {
    if (!storage) return 'This browser offers no storage: changes will be lost on reload.';
    storage.setItem(KEY, JSON.stringify(workspace));
    return null;
  } catch (error) {
    const full = error instanceof DOMException && error.name === 'QuotaExceededError';
    return full
      ? 'Browser storage is full: your latest changes are not saved. Free space or export your code.'
      : `Saving failed: ${String(error)}`;
  }
}

/** Keeps an unreadable save under a side key before a fresh workspace replaces it. */
export function backupDamagedSave(
  raw: string,
  storage: Storage | undefined = globalThis.localStorage,
): void {
  try {
    storage?.setItem(`${KEY}:damaged`, raw);
  } catch {
    // Nothing more can be done without storage; the message already told the learner.
  }
}
