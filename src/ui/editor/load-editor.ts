// Fetches the editor's chunk (Monaco and its setup, ≈ 4 MB) apart from the app shell.

export const loadEditor = () => import('./MonacoCodeEditor');

/**
 * Call after the first paint so the editor is ready by the time the learner looks. Settles when
 * the editor's code has arrived (or failed to: that surfaces where the editor renders).
 */
export function preloadEditor(): Promise<void> {
  return loadEditor().then(
    () => undefined,
    () => undefined,
  );
}
