// Reads and writes JSON in Web Storage; reports, never hides, failures (full, disabled, damaged).

export type ReadResult<T> =
  { ok: true; value: T | null } | { ok: false; message: string; raw: string | null };

/**
 * The page's localStorage, or undefined where there is none: reading the property itself throws a
 * SecurityError when storage is blocked (cookies off, some sandboxed iframes).
 */
export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The value under `key` if it passes `check`; `what` names it in the learner's words. */
export function readJson<T>(
  storage: Storage | undefined,
  key: string,
  check: (value: unknown) => value is T,
  what: string,
): ReadResult<T> {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(key) ?? null;
    if (raw === null) return { ok: true, value: null };
    const parsed: unknown = JSON.parse(raw);
    if (check(parsed)) return { ok: true, value: parsed };
    return { ok: false, message: `The saved ${what} is damaged.`, raw };
  } catch (error) {
    return { ok: false, message: `Could not read the saved ${what}: ${String(error)}`, raw };
  }
}

/** What a failed write means for the learner, in words they can act on. */
export function storageFailureMessage(error: unknown): string {
  const full = error instanceof DOMException && error.name === 'QuotaExceededError';
  return full
    ? 'Browser storage is full: your latest changes are not saved. Delete a workspace you no longer need, or share or export your code.'
    : `Saving failed: ${String(error)}`;
}

/** null when written, else what went wrong (storage full, disabled, private mode…). */
export function writeJson(
  storage: Storage | undefined,
  key: string,
  value: unknown,
): string | null {
  try {
    if (!storage) return 'This browser offers no storage: changes will be lost on reload.';
    storage.setItem(key, JSON.stringify(value));
    return null;
  } catch (error) {
    return storageFailureMessage(error);
  }
}

export function removeKey(storage: Storage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Removing only frees space; a storage that refuses it keeps what it had, which is harmless.
  }
}

/** Keeps unreadable text under a side key before anything replaces it. */
export function backupDamaged(storage: Storage | undefined, key: string, raw: string): void {
  try {
    storage?.setItem(`${key}:damaged`, raw);
  } catch {
    // Nothing more can be done without storage; the message already told the learner.
  }
}
