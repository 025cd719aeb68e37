// The code editor as the app places it: a stable container for tests (`data-testid="code-editor"`)
// that shows a placeholder until Monaco's chunk has arrived.
import { lazy, Suspense } from 'react';
import type { CodeEditorProps } from './code-editor-props';
import './editor.css';
import { loadEditor } from './load-editor';

const MonacoCodeEditor = lazy(loadEditor);

export function CodeEditor(props: CodeEditorProps) {
  return (
    <div className="code-editor" data-testid="code-editor">
      <Suspense
        fallback={
          <p className="code-editor-loading" role="status">
            Loading the code editor…
          </p>
        }
      >
        <MonacoCodeEditor {...props} />
      </Suspense>
    </div>
  );
}
