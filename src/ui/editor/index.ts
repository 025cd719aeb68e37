// The code editor's public face: the lazily loaded Monaco editor and the Problems list.
export { CodeEditor } from './CodeEditor';
export type { CodeEditorProps } from './code-editor-props';
export { preloadEditor } from './load-editor';
export { problemLocation } from './problem-location';
export { ProblemsList } from './ProblemsList';
export type { ProblemsListProps } from './ProblemsList';
export { revealDiagnostic } from './reveal';
