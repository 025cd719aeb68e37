// Compile problems as Monaco markers: the squiggles under the learner's code.
import type { editor, MarkerSeverity } from 'monaco-editor/editor/editor.api';
import type { Diagnostic } from '../../bundler';

/** The owner Monaco files these markers under, apart from TypeScript's own. */
export const MARKER_OWNER = 'esbuild';

/** Monaco's severities are passed in so this stays testable without a DOM. */
export interface Severities {
  Error: MarkerSeverity;
  Warning: MarkerSeverity;
}

export function markersFor(
  diagnostics: readonly Diagnostic[],
  path: string,
  severities: Severities,
): editor.IMarkerData[] {
  return diagnostics
    .filter((diagnostic) => diagnostic.file === path)
    .map((diagnostic) => ({
      startLineNumber: diagnostic.line,
      startColumn: diagnostic.column,
      endLineNumber: diagnostic.endLine,
      endColumn: diagnostic.endColumn,
      message: diagnostic.message,
      severity: diagnostic.severity === 'error' ? severities.Error : severities.Warning,
      source: MARKER_OWNER,
    }));
}
