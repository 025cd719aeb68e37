// Whether a value read back from storage is a workspace the app can open.
import type { Workspace } from './model';

/** null when `value` has a saved workspace's shape, else what is wrong with it. */
export function savedWorkspaceProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'not an object';
  const candidate = value as Partial<Workspace>;
  if (!Array.isArray(candidate.functions) || candidate.functions.length === 0) {
    return 'no functions';
  }
  if (typeof candidate.selectedId !== 'string') return 'no selected function';
  const fine = candidate.functions.every(
    (fn) =>
      typeof fn?.id === 'string' &&
      typeof fn.config?.name === 'string' &&
      typeof fn.files === 'object' &&
      fn.files !== null &&
      typeof fn.testEvent === 'string',
  );
  return fine ? null : 'a function is damaged';
}
