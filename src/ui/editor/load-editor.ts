// Fetches the editor's chunk (Monaco and its setup, ≈ 4 MB) apart from the app shell.

export const loadEditor = () => import('./MonacoCodeEditor');

/** Call after the first paint so the editor is ready by the time the learner looks. */
export function preloadEditor(): void {
  // A failed fetch surfaces where the editor renders; nobody waits for this one.
  loadEditor().catch(() => undefined);
}
