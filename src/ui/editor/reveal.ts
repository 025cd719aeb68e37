// Carries "show this problem" from the Problems list to the code editor, which may first have to
// switch files; kept outside React so the list needs no editor (nor Monaco) to be loaded.
import type { Diagnostic } from '../../bundler';

let pending: Diagnostic | null = null;
const listeners = new Set<() => void>();

/** Asks the editor to select the diagnostic's range once its file is the one shown. */
export function revealDiagnostic(diagnostic: Diagnostic): void {
  pending = diagnostic;
  for (const listener of listeners) listener();
}

/** The pending request if it is for `path`; taking it clears it. */
export function takeReveal(path: string): Diagnostic | null {
  if (pending?.file !== path) return null;
  const taken = pending;
  pending = null;
  return taken;
}

export function onRevealRequest(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
