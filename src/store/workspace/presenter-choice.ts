// The presenter layout each workspace was last shown in, kept in localStorage so a teacher who
// prepared "Code + Stage" for one lesson and "Cost" for another finds each as they left it.
// Stored as a list of [workspace id, layout] pairs, newest last: a list has no keys to collide
// with an object's own (`__proto__`), and its order says which entries to drop past the cap.
// What the layout names mean is the UI's business (src/ui/layout/presenter-layouts.ts); this
// module keeps text, bounded, and never trusts what it reads back.
import { browserStorage, readJson, writeJson } from '../../workspace/persistence';

const CHOICES_KEY = 'serverless-playground:presenter-layouts:v1';

/** Enough for every workspace a library holds in practice; older choices are forgotten first. */
export const PRESENTER_CHOICE_LIMITS = { entries: 100, textLength: 64 } as const;

export type PresenterChoices = ReadonlyMap<string, string>;

const isList = (value: unknown): value is unknown[] => Array.isArray(value);

function isPair(entry: unknown): entry is [string, string] {
  return (
    Array.isArray(entry) &&
    entry.length === 2 &&
    entry.every(
      (text) => typeof text === 'string' && text.length <= PRESENTER_CHOICE_LIMITS.textLength,
    )
  );
}

/** The choices in a stored value: well-formed pairs only, the newest `entries` of them. */
export function decodePresenterChoices(value: unknown): PresenterChoices {
  const choices = new Map<string, string>();
  if (!isList(value)) return choices;
  for (const entry of value.slice(-PRESENTER_CHOICE_LIMITS.entries)) {
    if (!isPair(entry)) continue;
    choices.delete(entry[0]);
    choices.set(entry[0], entry[1]);
  }
  return choices;
}

/** `choices` with `layout` as the newest choice of `workspaceId`, trimmed to the cap. */
export function withPresenterChoice(
  choices: PresenterChoices,
  workspaceId: string,
  layout: string,
): PresenterChoices {
  const next = new Map(choices);
  next.delete(workspaceId);
  next.set(workspaceId, layout);
  for (const oldest of next.keys()) {
    if (next.size <= PRESENTER_CHOICE_LIMITS.entries) break;
    next.delete(oldest);
  }
  return next;
}

function readChoices(storage: Storage | undefined): PresenterChoices {
  const read = readJson(storage, CHOICES_KEY, isList, 'presenter layouts');
  // A damaged record costs only the layouts' memory: presenter mode starts from its default.
  return read.ok ? decodePresenterChoices(read.value) : new Map();
}

/** The layout `workspaceId` was last presented in, or null when none was chosen. */
export function savedPresenterChoice(
  workspaceId: string,
  storage: Storage | undefined = browserStorage(),
): string | null {
  return readChoices(storage).get(workspaceId) ?? null;
}

/** Remembers `layout` for `workspaceId`; returns why it could not be kept, or null. */
export function savePresenterChoice(
  workspaceId: string,
  layout: string,
  storage: Storage | undefined = browserStorage(),
): string | null {
  if (workspaceId.length > PRESENTER_CHOICE_LIMITS.textLength)
    return 'The workspace id is too long.';
  const next = withPresenterChoice(readChoices(storage), workspaceId, layout);
  return writeJson(storage, CHOICES_KEY, [...next]);
}
