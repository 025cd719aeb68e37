// The code open for editing: the selected function's, or the selected web app's, on its active
// file, and the build's problems below it.
import type { FunctionDraft, ServiceDraft } from '../../store';
import {
  deployService,
  invokeSelectedFunction,
  NO_BUILD,
  selectedFunction,
  selectedService,
  workspaceActions,
} from '../../store';
import { CodeEditor, ProblemsList } from '../editor';
import { useControl, useWorkspace } from '../hooks/use-stores';

function FunctionEditor({ fn }: { fn: FunctionDraft }) {
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

/** A web app's program, in the same editor; Ctrl/⌘+Enter deploys its service. */
function ServiceEditor({ app }: { app: ServiceDraft }) {
  const build = useControl((s) => s.builds.get(app.id) ?? NO_BUILD);
  return (
    <section className="editor-pane" aria-label="Editor">
      <CodeEditor
        functionId={app.id}
        files={app.files}
        activePath={app.activeFile}
        onChange={(path, text) => workspaceActions.editServiceFile(app.id, path, text)}
        diagnostics={build.diagnostics}
        onRun={() => void deployService(app.id)}
        ariaLabel={`Code of web app ${app.name}, file ${app.activeFile}`}
      />
      <ProblemsList diagnostics={build.diagnostics} onOpenFile={() => undefined} />
    </section>
  );
}

export function EditorPane() {
  const app = useWorkspace((s) => selectedService(s));
  const fn = useWorkspace((s) => selectedFunction(s));
  return app ? <ServiceEditor app={app} /> : <FunctionEditor fn={fn} />;
}
