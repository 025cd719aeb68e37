// The selected function's code: the editor on its active file, and the build's problems below it.
import { invokeSelectedFunction, NO_BUILD, selectedFunction, workspaceActions } from '../../store';
import { CodeEditor, ProblemsList } from '../editor';
import { useControl, useWorkspace } from '../hooks/use-stores';

export function EditorPane() {
  const fn = useWorkspace((s) => selectedFunction(s));
  const build = useControl((s) => s.builds.get(fn.id) ?? NO_BUILD);
  return (
    <section className="editor-pane" aria-label="Editor">
      <CodeEditor
        functionId={fn.id}
        files={fn.files}
        activePath={fn.activeFile}
        onChange={(path, text) => workspaceActions.editFile(fn.id, path, text)}
        diagnostics={build.diagnostics}
        onRun={invokeSelectedFunction}
        ariaLabel={`Code of ${fn.config.name}, file ${fn.activeFile}`}
      />
      <ProblemsList
        diagnostics={build.diagnostics}
        onOpenFile={(path) => workspaceActions.openFile(fn.id, path)}
      />
    </section>
  );
}
