// Everything the playground keeps in this browser, as one file the learner can save: the way out
// when a workspace will not open, so no saved work is ever only reachable through the app.

/** Every key the app writes starts with this (workspaces, damaged copies, lessons, the last open). */
const APP_PREFIX = 'serverless-playground:';

export const BACKUP_FORMAT = 'serverless-playground-backup';

export interface BackupItem {
  key: string;
  /** The stored text exactly as it is, damaged or not: a backup never drops what it cannot read. */
  value: string;
}

/** The app's stored items, by key; none where storage is missing or cannot be listed. */
export function storedItems(storage: Storage | undefined): BackupItem[] {
  const items: BackupItem[] = [];
  try {
    for (let i = 0; i < (storage?.length ?? 0); i += 1) {
      const key = storage!.key(i);
      const value = key === null ? null : storage!.getItem(key);
      if (key !== null && value !== null && key.startsWith(APP_PREFIX)) items.push({ key, value });
    }
  } catch {
    // What could be listed before the failure is still worth saving.
  }
  return items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The backup file's text: a versioned envelope around the raw stored items. */
export function backupText(storage: Storage | undefined, now: Date): string {
  const backup = {
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    items: storedItems(storage),
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** `serverless-playground-backup-2026-12-06.json`. */
export function backupFileName(now: Date): string {
  return `${BACKUP_FORMAT}-${now.toISOString().slice(0, 10)}.json`;
}
