// Fetches the editor's chunk (Monaco and its setup) apart from the app shell.
import { editorReady } from './editor-ready';

export const loadEditor = () => import('./MonacoCodeEditor');

/**
 * Call after the first paint so the editor is ready by the time the learner looks. Settles once the
 * editor accepts typing (see editorReady), or when its code failed to arrive (that surfaces where
 * the editor renders): what the app loads next then no longer competes with the editor's start.
 */
export function preloadEditor(): Promise<void> {
  return loadEditor().then(
    () => editorReady,
    () => undefined,
  );
}
