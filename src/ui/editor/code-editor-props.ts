// What the app hands the code editor; shared by the lazy shell and the Monaco component.
import type { Diagnostic } from '../../bundler';

export interface CodeEditorProps {
  /** Models are per function: switching functions swaps the whole set. */
  functionId: string;
  /** The function's files by relative path; an outside change is applied to the open models. */
  files: Readonly<Record<string, string>>;
  /** The file shown; must be a key of `files`. */
  activePath: string;
  /** Every edit the learner makes, with the file's whole new text. */
  onChange: (path: string, text: string) => void;
  /** Shown as squiggles in their files (for the Problems list, see ProblemsList). */
  diagnostics: readonly Diagnostic[];
  /** Ctrl/Cmd+Enter inside the editor. */
  onRun: () => void;
  /** The accessible name of the editor's text area. */
  ariaLabel: string;
}
